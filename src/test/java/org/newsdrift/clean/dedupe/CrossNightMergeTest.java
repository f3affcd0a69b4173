package org.newsdrift.clean.dedupe;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdrift.SparkTestSession;
import org.newsdrift.clean.CleanStep;
import org.newsdrift.config.FieldMapping;
import org.newsdrift.config.IngestConfig;
import org.newsdrift.config.NearDuplicateConfig;
import org.newsdrift.ingest.IngestStep;
import org.newsdrift.table.Columns;
import org.newsdrift.table.TableWriter;
import org.newsdrift.table.Tables;

/** The cross-night merge on a few literal records over two nights, the first one written as a run writes it. */
class CrossNightMergeTest {
    private static final String STORY =
            "Pyongyang, October 3 -- A delegation left for Moscow to attend a forum on energy.";
    private static final String OTHER = "A different story about the harvest in the north and the rains of the season.";
    private static final Date FIRST = Date.valueOf("2024-10-01");
    private static final Date SECOND = Date.valueOf("2024-10-02");
    private static SparkSession spark;

    @TempDir
    Path root;

    @BeforeAll
    static void startSpark() {
        spark = SparkTestSession.get();
    }

    @Test
    void anEarlierDatedCopyReadTonightRewritesTheNightWhoseCanonicalItWas() {
        TableWriter tables = firstNightWritten();

        try (CrossNightMergeResult merged = merge(
                tables,
                SECOND,
                "file:/c-night2.jsonl",
                record("file:/c-night2.jsonl", "line 1", "B", "https://b/1", "2024-10-03", STORY.toUpperCase()))) {
            assertThat(merged.nights()).containsExactly(SECOND, FIRST);
            assertThat(merged.changedNights()).containsExactly(FIRST);
            Map<String, Row> byUrl = merged.rowsToWrite().orElseThrow().collectAsList().stream()
                    .collect(Collectors.toMap(r -> r.getAs(Columns.URL), r -> r));
            assertThat(byUrl).containsOnlyKeys("https://a/1", "https://b/1", "https://c/9");
            Row canonical = byUrl.get("https://b/1");
            assertThat(canonical.<Date>getAs(Columns.RUN_DATE)).isEqualTo(SECOND);
            assertThat(canonical.<String>getAs(Columns.DUPLICATE_OF)).isNull();
            assertThat(canonical.<Long>getAs(Columns.COPIES)).isEqualTo(2L);
            assertThat(byUrl.get("https://a/1").<String>getAs(Columns.DUPLICATE_OF))
                    .isEqualTo(canonical.getAs(Columns.ARTICLE_ID));
            assertThat(byUrl.get("https://c/9").<String>getAs(Columns.DUPLICATE_OF))
                    .isNull();
            // Tonight's rows are left for relevance scoring; earlier nights' keep the scores they were written with.
            assertThat(canonical.<Boolean>getAs(Columns.RELEVANT)).isNull();
            assertThat(byUrl.get("https://c/9").<Boolean>getAs(Columns.RELEVANT))
                    .isFalse();
        }
    }

    @Test
    void anUnrelatedStoryTonightLeavesEveryEarlierNightAsItIs() {
        TableWriter tables = firstNightWritten();

        try (CrossNightMergeResult merged = merge(
                tables,
                SECOND,
                "file:/d-night2.jsonl",
                record(
                        "file:/d-night2.jsonl",
                        "line 1",
                        "D",
                        "https://d/4",
                        "2024-10-02",
                        "Rice prices rose again in the markets of the capital after a poor autumn harvest."))) {
            assertThat(merged.nights()).containsExactly(SECOND);
            assertThat(merged.changedNights()).isEmpty();
            assertThat(merged.rowsToWrite().orElseThrow().collectAsList())
                    .extracting(r -> r.<String>getAs(Columns.URL))
                    .containsExactly("https://d/4");
        }
    }

    @Test
    void theEmptyResultHasNoRowsAndChangesNoNight() {
        assertThat(CrossNightMergeResult.EMPTY.rowsToWrite()).isEmpty();
        assertThat(CrossNightMergeResult.EMPTY.nights()).isEmpty();
        CrossNightMergeResult.EMPTY.close();
    }

    @Test
    void theRowsANightReplacesAreItsPartitionAndTheEarlierRowsOfItsFiles() {
        assertThat(CrossNightMerge.replacedRows(SECOND, List.of("file:/a.jsonl", "file:/it's.jsonl")))
                .isEqualTo(
                        "`run_date` IN (DATE'2024-10-02') OR `input_file` IN ('file:/a.jsonl', 'file:/it\\'s.jsonl')");
    }

    @Test
    void aNightThatReadNoFileIsRefusedWhenConfigured() {
        assertThatThrownBy(() -> new CrossNightMerge(spark).filesRead(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Cannot merge articles:");
        assertThatThrownBy(() -> new CrossNightMerge(spark).night(FIRST).execute())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Cannot merge articles:");
    }

    /** The first night merged into an empty output and written with relevance filled in, as the job writes it. */
    private TableWriter firstNightWritten() {
        TableWriter tables = new TableWriter(root.toString());
        try (CrossNightMergeResult merged = merge(
                tables,
                FIRST,
                "file:/b-night1.jsonl",
                record("file:/b-night1.jsonl", "line 1", "A", "https://a/1", "2024-10-04", STORY),
                record("file:/b-night1.jsonl", "line 2", "C", "https://c/9", "2024-10-05", OTHER))) {
            assertThat(merged.changedNights()).isEmpty();
            Dataset<Row> scored = merged.rowsToWrite()
                    .orElseThrow()
                    .withColumn(Columns.RELEVANT, lit(false))
                    .withColumn(Columns.RELEVANCE_SCORE, lit(0.0))
                    .withColumn(Columns.MATCHED_TERMS, array().cast("array<string>"))
                    .withColumn(Columns.ARTICLE_KIND, lit("article"));
            tables.replacePartitions(Tables.ARTICLES, Columns.RUN_DATE, merged.nights(), scored);
        }
        return tables;
    }

    private static CrossNightMergeResult merge(TableWriter tables, Date night, String file, Row... records) {
        return new CrossNightMerge(spark)
                .night(night)
                .records(accepted(night, List.of(records)))
                .filesRead(List.of(file))
                .nearDuplicates(NearDuplicateConfig.DEFAULTS)
                .articlesOf(tables)
                .execute();
    }

    /** Records as cleaning accepts them, filed under {@code night}. */
    private static Dataset<Row> accepted(Date night, List<Row> records) {
        IngestConfig config = new IngestConfig(
                List.of(new FieldMapping("t", "text", null, null, null, null, null, "T", null, null, null)),
                20,
                1 << 20,
                10,
                500);
        return CleanStep.run(spark.createDataFrame(records, IngestStep.SCHEMA), config)
                .filter("reject_reason IS NULL")
                .withColumn(Columns.RUN_ID, lit("run-" + night))
                .withColumn(Columns.RUN_DATE, lit(night));
    }

    private static Row record(String file, String locator, String source, String url, String day, String text) {
        return RowFactory.create(
                file,
                locator,
                source,
                url,
                "Title " + locator,
                day == null ? null : Date.valueOf(day),
                "metadata",
                "en",
                text,
                "record",
                null,
                null,
                null);
    }
}
