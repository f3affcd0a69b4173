package org.newsdrift.table;

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

/** The latest reading of each article: latest night first, then the greatest run id of that night. */
class LatestReadingsTest {
    private static final StructType KEYS = new StructType()
            .add(Columns.ARTICLE_ID, DataTypes.StringType)
            .add(Columns.RUN_DATE, DataTypes.DateType)
            .add(Columns.RUN_ID, DataTypes.StringType)
            .add(Columns.TITLE, DataTypes.StringType);
    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkTestSession.get();
    }

    @Test
    void theLatestNightsReadingHoldsAndColumnsAreKept() {
        Dataset<Row> latest = LatestReadings.of(rows(
                reading("a", "2024-11-11", "run-1", "first"),
                reading("a", "2024-11-12", "run-2", "second"),
                reading("b", "2024-11-11", "run-1", "only")));

        assertThat(latest.columns()).containsExactly(KEYS.fieldNames());
        assertThat(titles(latest)).containsExactlyInAnyOrder("a second", "b only");
    }

    @Test
    void aReRunOfTheSameNightIsChosenByItsRunWhateverTheRowOrder() {
        // Either run could hold a night's rows after a re-run stopped half-way; the choice must not depend on row
        // order.
        List<Row> readings = List.of(
                reading("a", "2024-11-12", "run-2", "second run"),
                reading("a", "2024-11-12", "run-1", "first run"),
                reading("a", "2024-11-11", "run-3", "earlier night"));

        assertThat(titles(LatestReadings.of(rows(readings.toArray(new Row[0])))))
                .containsExactly("a second run");
        assertThat(titles(LatestReadings.of(
                        rows(readings.get(2), readings.get(1), readings.get(0)).repartition(3))))
                .containsExactly("a second run");
    }

    private static Dataset<Row> rows(Row... rows) {
        return spark.createDataFrame(List.of(rows), KEYS);
    }

    private static Row reading(String id, String runDate, String runId, String title) {
        return RowFactory.create(id, Date.valueOf(runDate), runId, title);
    }

    private static List<String> titles(Dataset<Row> latest) {
        return latest.collectAsList().stream()
                .map(row -> row.getString(0) + " " + row.<String>getAs(Columns.TITLE))
                .toList();
    }
}
