package org.newsdrift.clean;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsdrift.config.FieldMapping;
import org.newsdrift.config.IngestConfig;
import org.newsdrift.ingest.IngestStep;
import org.newsdrift.table.Columns;
import org.newsdrift.table.RowBuilder;

/** Small in-memory records shaped as {@link IngestStep}'s output, and the cleaning of them, for the Spark tests. */
public final class IngestRows {
    /** A cleaning config that accepts bodies of 20 characters and more. */
    private static final IngestConfig CONFIG = new IngestConfig(
            List.of(new FieldMapping("t", "text", null, null, null, null, null, "T", null, null, null)),
            20,
            1 << 20,
            10,
            500);

    private IngestRows() {}

    /**
     * An English record of {@code file} read from its metadata, titled after its {@code locator}, published on the ISO
     * {@code day} (none when null).
     */
    public static Row record(String file, String locator, String source, String url, String day, String text) {
        return RowBuilder.of(IngestStep.SCHEMA)
                .set(Columns.INPUT_FILE, file)
                .set(Columns.LOCATOR, locator)
                .set(Columns.SOURCE, source)
                .set(Columns.URL, url)
                .set(Columns.TITLE, "Title " + locator)
                .set(IngestStep.PUBLISHED_DAY, publishedDay(day))
                .set(Columns.DATE_SOURCE, day == null ? "none" : "metadata")
                .set(Columns.LANGUAGE, "en")
                .set(Columns.TEXT, text)
                .set(IngestStep.FORMAT, "record")
                .set(IngestStep.CRAWL_DAY, null)
                .set(IngestStep.REJECT_REASON, null)
                .set(IngestStep.REJECT_DETAIL, null)
                .build();
    }

    /** {@code records} through {@link CleanStep}, rejects included. */
    public static Dataset<Row> cleaned(SparkSession spark, List<Row> records) {
        return CleanStep.run(spark.createDataFrame(records, IngestStep.SCHEMA), CONFIG);
    }

    /** The ISO {@code day} as ingest's schema holds {@link IngestStep#PUBLISHED_DAY}: the one place that knows it. */
    private static Object publishedDay(String day) {
        return day == null ? null : Date.valueOf(day);
    }
}
