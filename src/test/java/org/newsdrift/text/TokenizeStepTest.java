package org.newsdrift.text;

import static org.apache.spark.sql.functions.col;
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
import org.junit.jupiter.api.TestInstance;
import org.newsdrift.SparkTestSession;
import org.newsdrift.TestFiles;
import org.newsdrift.config.ConfigLoader;
import org.newsdrift.config.RunConfig;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenizeStepTest {
    private static final String TITLE = "Putin and Kim Jong Un sign a treaty";
    private static final String TEXT =
            "The leaders of Russia and the DPRK signed a mutual defence treaty in Pyongyang.";
    private static final StructType SCHEMA = new StructType()
            .add("article_id", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("language", DataTypes.StringType)
            .add("terms", DataTypes.createArrayType(DataTypes.StringType))
            .add("terms_analyzer", DataTypes.StringType);

    private SparkSession spark;
    private RunConfig config;

    @BeforeAll
    void start() throws Exception {
        spark = SparkTestSession.get();
        config = ConfigLoader.load(TestFiles.defaultConfig());
    }

    @Test
    void storedTermsAreKeptOnlyWhenTheyCameFromTheSameAnalyzerSettings() throws Exception {
        Dataset<Row> rows = spark.createDataFrame(
                List.of(
                        RowFactory.create("same", TITLE, TEXT, "en", new String[] {"stored"}, "hash-now"),
                        RowFactory.create("other", TITLE, TEXT, "en", new String[] {"stale"}, "hash-before"),
                        RowFactory.create("none", TITLE, TEXT, "en", null, null)),
                SCHEMA);

        List<Row> result = rows.withColumn(
                        "terms", TokenizeStep.storedOrAnalysed(config.job().text(), config.subject(), "hash-now"))
                .orderBy("article_id")
                .select(col("article_id"), col("terms"))
                .collectAsList();

        List<String> analysed;
        try (TermExtractor extractor = new TermExtractor(config.job().text(), config.subject())) {
            analysed = extractor.terms(TITLE, TEXT, "en");
        }
        assertThat(analysed).contains("treati").doesNotContain("stored", "stale");
        assertThat(result.get(0).<String>getAs("article_id")).isEqualTo("none");
        assertThat(result.get(0).getList(1)).isEqualTo(analysed);
        assertThat(result.get(1).<String>getAs("article_id")).isEqualTo("other");
        assertThat(result.get(1).getList(1)).isEqualTo(analysed);
        assertThat(result.get(2).<String>getAs("article_id")).isEqualTo("same");
        assertThat(result.get(2).getList(1)).containsExactly("stored");
    }
}
