package org.newsdrift.clean;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdrift.SparkTestSession;

/** Per-source template lines are learned, stripped and reported; small sources and rejects are left alone. */
class TemplateStepTest {
    private static final StructType SCHEMA = new StructType()
            .add("source", DataTypes.StringType)
            .add("input_file", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("reject_reason", DataTypes.StringType);
    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkTestSession.get();
    }

    @Test
    void linesRepeatedAcrossASourcesPagesAreStrippedAndReported() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(RowFactory.create(
                    "Daily",
                    "file:/daily.json",
                    "Daily Herald Online\nStory number " + i + " about the harvest in region " + i
                            + ".\nSubscribe to the Daily Herald",
                    null));
        }
        for (int i = 0; i < 4; i++) {
            rows.add(RowFactory.create(
                    "Small", "file:/small.json", "Small Paper\nItem " + i + " of the small paper.", null));
        }
        rows.add(RowFactory.create("Daily", "file:/daily.json", null, "malformed_json"));

        TemplateStep.Result result = TemplateStep.run(spark.createDataFrame(rows, SCHEMA), 10, 500);

        List<Row> daily = result.rows()
                .filter(col("source").equalTo("Daily").and(col("text").isNotNull()))
                .collectAsList();
        assertThat(daily)
                .hasSize(12)
                .allSatisfy(r -> assertThat(r.<String>getAs("text"))
                        .startsWith("Story number")
                        .doesNotContain("Daily Herald Online")
                        .doesNotContain("Subscribe"));
        assertThat(result.rows().filter(col("source").equalTo("Small")).first().<String>getAs("text"))
                .startsWith("Small Paper");
        assertThat(result.rows().filter(col("reject_reason").isNotNull()).count())
                .isEqualTo(1);

        List<Row> report = result.boilerplate().collectAsList();
        assertThat(report).hasSize(1);
        Row herald = report.get(0);
        assertThat(herald.<String>getAs("source")).isEqualTo("Daily");
        assertThat(herald.<String>getAs("input_file")).isEqualTo("file:/daily.json");
        assertThat(herald.<Integer>getAs("pages")).isEqualTo(12);
        assertThat(herald.<Integer>getAs("template_lines")).isEqualTo(2);
        assertThat(herald.<Double>getAs("boilerplate_share")).isBetween(0.3, 0.7);
        assertThat(herald.getList(herald.fieldIndex("examples")))
                .containsExactly("Daily Herald Online", "Subscribe to the Daily Herald");
    }

    @Test
    void templatesAreLearnedWithinEachFileSoAFilesTextsDoNotDependOnTheOthers() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(RowFactory.create(
                    "Daily",
                    "file:/crawl-1.tar.gz",
                    "Daily Herald Online\nStory " + i + " about the harvest in region " + i + ".",
                    null));
        }
        for (int i = 0; i < 6; i++) {
            rows.add(RowFactory.create(
                    "Daily",
                    "file:/crawl-2.tar.gz",
                    "Daily Herald Online\nLater story " + i + " about the rains in region " + i + ".",
                    null));
        }
        Dataset<Row> both = spark.createDataFrame(rows, SCHEMA);

        TemplateStep.Result together = TemplateStep.run(both, 10, 500);
        TemplateStep.Result alone =
                TemplateStep.run(both.filter(col("input_file").equalTo("file:/crawl-2.tar.gz")), 10, 500);

        List<String> second = together.rows()
                .filter(col("input_file").equalTo("file:/crawl-2.tar.gz"))
                .select("text")
                .orderBy("text")
                .as(Encoders.STRING())
                .collectAsList();
        assertThat(second)
                .hasSize(6)
                .allSatisfy(text -> assertThat(text).startsWith("Daily Herald Online"))
                .isEqualTo(alone.rows()
                        .select("text")
                        .orderBy("text")
                        .as(Encoders.STRING())
                        .collectAsList());
        assertThat(together.rows()
                        .filter(col("input_file").equalTo("file:/crawl-1.tar.gz"))
                        .collectAsList())
                .allSatisfy(r -> assertThat(r.<String>getAs("text")).startsWith("Story"));
        assertThat(together.boilerplate()
                        .select("input_file")
                        .as(Encoders.STRING())
                        .collectAsList())
                .containsExactly("file:/crawl-1.tar.gz");
    }
}
