package org.newsdrift.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
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

/** topic_examples: the articles of highest weight per topic, and none for a topic no article carries. */
class TopicExamplesStepTest {
    private static final StructType DOC_TOPICS = new StructType()
            .add("article_id", DataTypes.StringType)
            .add("model_version", DataTypes.StringType)
            .add("topic_weights", DataTypes.createArrayType(DataTypes.DoubleType))
            .add("dominant_topic", DataTypes.IntegerType);
    private static final StructType CORPUS = new StructType()
            .add("article_id", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("published_date", DataTypes.DateType);

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkTestSession.get();
    }

    @Test
    void aTopicThatIsNoArticlesDominantTopicHasNoExamples() {
        // Topic ids 10, 11, 12 at indices 0, 1, 2; index 2 (id 12) has weight everywhere but is nobody's main topic.
        Dataset<Row> docTopics = spark.createDataFrame(
                List.of(
                        RowFactory.create("a", "v1", List.of(0.6, 0.1, 0.3), 10),
                        RowFactory.create("b", "v1", List.of(0.2, 0.5, 0.3), 11),
                        RowFactory.create("c", "v1", List.of(0.5, 0.1, 0.4), 10)),
                DOC_TOPICS);
        Dataset<Row> corpus = spark.createDataFrame(
                List.of(
                        RowFactory.create("a", "A", "kcna", Date.valueOf("2024-11-01")),
                        RowFactory.create("b", "B", "kcna", Date.valueOf("2024-11-02")),
                        RowFactory.create("c", "C", "tass", Date.valueOf("2024-11-03"))),
                CORPUS);

        List<Row> rows = TopicExamplesStep.run(docTopics, corpus, new int[] {10, 11, 12})
                .orderBy("topic_id", "rank")
                .collectAsList();

        assertThat(rows)
                .extracting(r -> r.getAs("topic_id") + ":" + r.getAs("rank") + ":" + r.getAs("article_id"))
                .containsExactly("10:1:a", "10:2:c", "10:3:b", "11:1:b", "11:2:a", "11:3:c");
        assertThat(rows.get(0).<String>getAs("title")).isEqualTo("A");
    }
}
