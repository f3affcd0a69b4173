package org.newsdrift.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdrift.SparkTestSession;
import org.newsdrift.config.LdaConfig;
import org.newsdrift.config.TfIdfConfig;

/** A night with a handful of articles, none sharing a term: no model and no weights, and no failure either. */
class TinyCorpusTest {
    private static final StructType DOCS = new StructType()
            .add("article_id", DataTypes.StringType)
            .add("terms", DataTypes.createArrayType(DataTypes.StringType));
    private static SparkSession spark;
    private static Dataset<Row> docs;

    @BeforeAll
    static void startSpark() {
        spark = SparkTestSession.get();
        docs = spark.createDataFrame(
                List.of(
                        RowFactory.create("a", List.of("treati", "sign")),
                        RowFactory.create("b", List.of("grain", "harvest")),
                        RowFactory.create("c", List.of("satellit", "launch"))),
                DOCS);
    }

    @Test
    void noTermInEnoughArticlesFitsNoTopicModel() {
        LdaConfig config = new LdaConfig(2, 5, 1L, "online", 0.5, 3, 1.0, 100, 10, 2, null, null, null, null, null);
        assertThat(TopicModelStep.fit(docs, config, 2, 1L)).isNull();
    }

    @Test
    void noTermInEnoughArticlesGivesNoWeights() {
        TfIdfResult result = TfIdfStep.run(docs, new TfIdfConfig(100, 3, 20, 10, 8, 3));
        assertThat(result.weights().count()).isZero();
        assertThat(result.articleTerms().count()).isZero();
    }
}
