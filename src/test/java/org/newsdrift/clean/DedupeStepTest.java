package org.newsdrift.clean;

import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdrift.SparkTestSession;
import org.newsdrift.table.Columns;

/** CleanStep and DedupeStep on small in-memory rows shaped as IngestStep's output. */
class DedupeStepTest {
    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkTestSession.get();
    }

    private static Row record(String locator, String source, String url, String day, String text) {
        return IngestRows.record("file:/in.jsonl", locator, source, url, day, text);
    }

    private static Dataset<Row> cleaned(List<Row> rows) {
        return IngestRows.cleaned(spark, rows);
    }

    @Test
    void dedupeOfRowsWithoutAContentHashNamesTheMissingColumn() {
        Dataset<Row> rows = cleaned(List.of(record(
                        "line 1",
                        "A",
                        "https://a/1",
                        "2024-10-04",
                        "Pyongyang, October 3 -- A delegation left for Moscow to attend a forum on energy.")))
                .drop(Columns.CONTENT_HASH);
        assertThatThrownBy(() -> DedupeStep.run(rows))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Cannot find exact duplicates: input lacks column 'content_hash' (has [");
    }

    @Test
    void exactCopiesPointToTheEarliestAndRepeatsOfAnArticleYieldOneRow() {
        String story = "Pyongyang, October 3 -- A delegation left for Moscow to attend a forum on energy.";
        Dataset<Row> input = cleaned(List.of(
                record("line 1", "A", "https://a/1", "2024-10-04", story),
                record("line 2", "B", "https://b/1", "2024-10-03", "  " + story.toUpperCase() + "  "),
                record("line 3", "A", "https://a/1", "2024-10-04", story),
                record(
                        "line 4",
                        "C",
                        "https://c/9",
                        "2024-10-05",
                        "A different story about the harvest in the north.")));
        Map<String, Row> byUrl =
                DedupeStep.run(input).collectAsList().stream().collect(Collectors.toMap(r -> r.getAs("url"), r -> r));

        assertThat(byUrl).hasSize(3);
        Row earliest = byUrl.get("https://b/1");
        assertThat(earliest.<String>getAs("duplicate_of")).isNull();
        assertThat(earliest.<Long>getAs("copies")).isEqualTo(3L);
        assertThat(earliest.<Integer>getAs("outlets")).isEqualTo(2);
        assertThat(byUrl.get("https://a/1").<String>getAs("duplicate_of")).isEqualTo(earliest.getAs("article_id"));
        assertThat(byUrl.get("https://a/1").<Long>getAs("copies")).isNull();
        assertThat(byUrl.get("https://c/9").<String>getAs("duplicate_of")).isNull();
        assertThat(byUrl.get("https://c/9").<Long>getAs("copies")).isEqualTo(1L);
    }

    @Test
    void earlierRowsAndLaterRecordsGiveTheRowsOfOnePassOverAllFiles() {
        String story = "Pyongyang, October 3 -- A delegation left for Moscow to attend a forum on energy.";
        String other = "A different story about the harvest in the north and the rains of the season.";
        List<Row> first = List.of(
                IngestRows.record("file:/b-night1.jsonl", "line 1", "A", "https://a/1", "2024-10-04", story),
                IngestRows.record("file:/b-night1.jsonl", "line 2", "C", "https://c/9", "2024-10-05", other),
                IngestRows.record("file:/b-night1.jsonl", "line 3", "C", "https://c/9", "2024-10-05", other));
        List<Row> second = List.of(
                // An earlier-dated copy read later: canonical in one pass, so the first night's row must become its
                // copy.
                IngestRows.record(
                        "file:/c-night2.jsonl", "line 1", "B", "https://b/1", "2024-10-03", story.toUpperCase()),
                // The same article again from a file that sorts first: its row replaces the first night's.
                IngestRows.record("file:/a-night2.jsonl", "line 7", "C", "https://c/9", "2024-10-05", other),
                IngestRows.record("file:/c-night2.jsonl", "line 2", "A", "https://a/1", "2024-10-04", story));
        List<Row> onePass = rows(DedupeStep.run(cleaned(concat(first, second))));
        Dataset<Row> firstNight = DedupeStep.run(cleaned(first)).drop("duplicate_of", "copies", "outlets");
        List<Row> twoNights = rows(DedupeStep.run(cleaned(second)
                .withColumn("also_read_from", lit(null).cast("array<string>"))
                .unionByName(firstNight)));

        assertThat(twoNights).containsExactlyInAnyOrderElementsOf(onePass);
        Map<String, Row> byUrl = onePass.stream().collect(Collectors.toMap(r -> r.getString(1), r -> r));
        assertThat(byUrl.get("https://b/1").getLong(5)).isEqualTo(3L);
        assertThat(byUrl.get("https://a/1").getString(4))
                .isEqualTo(byUrl.get("https://b/1").getString(0));
        assertThat(byUrl.get("https://c/9").getString(2)).isEqualTo("file:/a-night2.jsonl");
        assertThat(byUrl.get("https://c/9").getList(7)).containsExactly("file:/b-night1.jsonl", "file:/b-night1.jsonl");
        assertThat(byUrl.get("https://c/9").getLong(5)).isEqualTo(3L);
    }

    /** article_id, url, input_file, locator, duplicate_of, copies, outlets, also_read_from. */
    private static List<Row> rows(Dataset<Row> articles) {
        return articles.select(
                        "article_id",
                        "url",
                        "input_file",
                        "locator",
                        "duplicate_of",
                        "copies",
                        "outlets",
                        "also_read_from")
                .collectAsList();
    }

    private static List<Row> concat(List<Row> a, List<Row> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    @Test
    void shortBodiesBecomeRejectsAndDatesBecomeDates() {
        List<Row> rows = cleaned(List.of(
                        record("line 1", "A", "https://a/1", "2024-10-04", "Too short &amp; small."),
                        record(
                                "line 2",
                                "A",
                                "https://a/2",
                                null,
                                "Long enough body text with an entity: &quot;quoted&quot;.")))
                .orderBy("locator")
                .collectAsList();

        assertThat(rows.get(0).<String>getAs("reject_reason")).isEqualTo("text_too_short");
        assertThat(rows.get(0).<String>getAs("reject_detail")).contains("20");
        assertThat(rows.get(0).<String>getAs("article_id")).isNull();
        assertThat(rows.get(0).<Date>getAs("published_date")).isEqualTo(Date.valueOf("2024-10-04"));
        assertThat(rows.get(1).<String>getAs("reject_reason")).isNull();
        assertThat(rows.get(1).<String>getAs("text")).isEqualTo("Long enough body text with an entity: \"quoted\".");
        assertThat(rows.get(1).<Date>getAs("published_date")).isNull();
        assertThat(rows.get(1).<String>getAs("article_id")).hasSize(32);
    }

    @Test
    void cleanStepDeclaresADateColumn() {
        StructType schema = cleaned(List.of()).schema();
        assertThat(schema.apply("published_date").dataType()).isEqualTo(DataTypes.DateType);
    }
}
