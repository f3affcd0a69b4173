package org.newsdrift.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;

/** One ingest row per outcome, each value in the column its name says. */
class IngestStepTest {

    @Test
    void anArticleFillsTheArticleColumnsAndLeavesTheRejectOnesNull() {
        RawArticle article = new RawArticle(
                "kcna.kp",
                "https://kcna.kp/1",
                "Title",
                LocalDate.of(2024, 6, 20),
                "metadata",
                "en",
                "Body.",
                RawArticle.HTML,
                LocalDate.of(2024, 6, 21));

        Row row = IngestStep.toRow(new IngestOutcome("file:/in.json", "line 1", article, null, null));

        assertThat(Arrays.asList(IngestStep.SCHEMA.fieldNames()))
                .containsExactly(
                        "input_file",
                        "locator",
                        "source",
                        "url",
                        "title",
                        "published_day",
                        "date_source",
                        "language",
                        "text",
                        "format",
                        "crawl_day",
                        "reject_reason",
                        "reject_detail");
        assertThat(values(row))
                .containsExactly(
                        "file:/in.json",
                        "line 1",
                        "kcna.kp",
                        "https://kcna.kp/1",
                        "Title",
                        Date.valueOf("2024-06-20"),
                        "metadata",
                        "en",
                        "Body.",
                        "html",
                        Date.valueOf("2024-06-21"),
                        null,
                        null);
    }

    @Test
    void aRejectFillsOnlyWhereItWasFoundAndWhy() {
        Row row =
                IngestStep.toRow(IngestOutcome.rejected("file:/in.json", "line 2", RejectReason.MALFORMED_JSON, "bad"));

        assertThat(values(row))
                .containsExactly(
                        "file:/in.json",
                        "line 2",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "malformed_json",
                        "bad");
    }

    @Test
    void theDaysAreDatesSoCleanParsesNoString() {
        assertThat(IngestStep.SCHEMA.apply(IngestStep.PUBLISHED_DAY).dataType()).isEqualTo(DataTypes.DateType);
        assertThat(IngestStep.SCHEMA.apply(IngestStep.CRAWL_DAY).dataType()).isEqualTo(DataTypes.DateType);
    }

    private static Object[] values(Row row) {
        Object[] values = new Object[row.size()];
        for (int i = 0; i < row.size(); i++) {
            values[i] = row.get(i);
        }
        return values;
    }

    @Test
    void aDayOutsideWhatDateTypeHoldsCrossesAsTheNearerBound() {
        assertThat(IngestStep.sqlDate(LocalDate.of(2024, 6, 20))).isEqualTo(Date.valueOf("2024-06-20"));
        assertThat(IngestStep.sqlDate(LocalDate.of(9999, 12, 31))).isEqualTo(Date.valueOf("9999-12-31"));
        // A record dated by Long.MAX_VALUE milliseconds: its day overflows Spark's int day count.
        LocalDate farOff = java.time.Instant.ofEpochMilli(Long.MAX_VALUE)
                .atZone(java.time.ZoneOffset.UTC)
                .toLocalDate();
        assertThat(IngestStep.sqlDate(farOff)).isEqualTo(Date.valueOf("9999-12-31"));
        assertThat(IngestStep.sqlDate(LocalDate.of(-5, 1, 1))).isEqualTo(Date.valueOf(LocalDate.of(1, 1, 1)));
        assertThat(IngestStep.sqlDate(null)).isNull();
    }
}
