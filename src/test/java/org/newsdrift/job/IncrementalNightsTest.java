package org.newsdrift.job;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsdrift.SparkTestSession;
import org.newsdrift.TestFiles;

/**
 * Three nights over a folder that gains one monthly KCNA dump per night, the first dump changing on the third
 * night; then the third night again; then one backfill of the same dumps into a fresh output. The October dump
 * carries two copies of September stories (one dated earlier, one edited). Only new or changed files are read, no
 * article is in the tables twice, copies join earlier nights' clusters, and the nights end where the backfill does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncrementalNightsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long DAY_MILLIS = 86_400_000L;
    private static final String EXACT_COPY = "?copy=exact";
    private static final String NEAR_COPY = "?copy=near";

    private final Map<String, Long> recordsPerMonth = new HashMap<>();
    private Path nights;
    private Path backfill;
    private long articlesAfterThirdNight;
    private SparkSession spark;

    @BeforeAll
    void runThreeNightsThenTheThirdAgainThenABackfill(@TempDir Path work) throws Exception {
        Path input = Files.createDirectories(work.resolve("input"));
        // No topic model: this test is about inputs and articles, and topics would only add minutes.
        Path config = JobFixtures.configWithoutTopics(work.resolve("job.json"));
        nights = work.resolve("nights");
        backfill = work.resolve("backfill");
        Map<String, ArrayNode> byMonth = splitSampleByMonth();
        spark = SparkTestSession.get();

        writeMonth(input, byMonth, "2024-08", 0);
        night(config, input, "2024-09-01");
        writeMonth(input, byMonth, "2024-09", 0);
        night(config, input, "2024-10-01");
        // The August dump is re-delivered without its last five records, alongside the October one.
        writeMonth(input, byMonth, "2024-08", 5);
        writeMonth(input, byMonth, "2024-10", 0);
        assertThat(night(config, input, "2024-11-01").out())
                .contains("from 2 of 3 files (1 unchanged since an earlier night)");
        articlesAfterThirdNight = spark.read()
                .format("delta")
                .load(nights.resolve("articles").toString())
                .count();
        night(config, input, "2024-11-01"); // the third night again

        JobFixtures.Run once = JobFixtures.run(
                "backfill",
                "--config",
                config.toString(),
                "--input",
                input.toString(),
                "--output",
                backfill.toString(),
                "--from",
                "2024-08-01",
                "--to",
                "2024-10-31");
        assertThat(once.code()).as("the backfill's exit code: " + once.err()).isZero();
    }

    @Test
    void eachNightReadsOnlyItsNewOrChangedFiles() throws Exception {
        List<Row> runs = read(nights, "runs")
                .orderBy("started_at")
                .select("run_date", "records_read")
                .collectAsList();
        assertThat(runs)
                .extracting(r -> r.get(0).toString())
                .containsExactly("2024-09-01", "2024-10-01", "2024-11-01", "2024-11-01");
        assertThat(runs.get(0).getLong(1)).isEqualTo(recordsPerMonth.get("2024-08"));
        assertThat(runs.get(1).getLong(1)).isEqualTo(recordsPerMonth.get("2024-09"));
        long changedAugust = recordsPerMonth.get("2024-08") - 5;
        assertThat(runs.get(2).getLong(1)).isEqualTo(changedAugust + recordsPerMonth.get("2024-10"));
        assertThat(runs.get(3).getLong(1))
                .as("a re-run of a night reads what that night read")
                .isEqualTo(runs.get(2).getLong(1));

        List<Row> ledger = read(nights, "input_ledger")
                .filter(col("run_date").equalTo("2024-11-01"))
                .orderBy("uri")
                .select("status")
                .collectAsList();
        assertThat(ledger).extracting(r -> r.getString(0)).containsExactly("changed", "unchanged", "new");

        try (Stream<Path> manifests = Files.list(nights.resolve("_manifests").resolve("2024-11-01"))) {
            List<Path> json = manifests
                    .filter(p -> p.getFileName().toString().matches("[^.].*\\.json"))
                    .toList();
            assertThat(json).hasSize(2);
            for (Path manifest : json) {
                Map<String, Boolean> read = new HashMap<>();
                JSON.readTree(manifest.toFile())
                        .get("inputs")
                        .forEach(i -> read.put(
                                i.get("uri").asText().replaceAll(".*/", ""),
                                i.get("read").asBoolean()));
                assertThat(read)
                        .as("the manifest marks what the night read")
                        .containsExactlyInAnyOrderEntriesOf(Map.of(
                                "kcna-2024-08-31.json",
                                true,
                                "kcna-2024-09-30.json",
                                false,
                                "kcna-2024-10-31.json",
                                true));
            }
        }
    }

    @Test
    void noArticleIsInTheTablesTwiceAndTheChangedFileReplacedItsEarlierReading() {
        Dataset<Row> articles = read(nights, "articles");
        assertThat(articles.groupBy("article_id")
                        .count()
                        .filter(col("count").gt(1))
                        .count())
                .isZero();
        assertThat(articles.count()).as("re-running the night added nothing").isEqualTo(articlesAfterThirdNight);
        assertThat(articles.filter(col("input_file").endsWith("kcna-2024-08-31.json"))
                        .select("run_date")
                        .distinct()
                        .collectAsList())
                .extracting(r -> r.get(0).toString())
                .containsExactly("2024-11-01");
        assertThat(read(nights, "rejects")
                        .filter(col("input_file")
                                .endsWith("kcna-2024-08-31.json")
                                .and(col("run_date").notEqual("2024-11-01")))
                        .count())
                .isZero();
    }

    @Test
    void copiesReadOnALaterNightJoinTheClustersOfEarlierNights() {
        Dataset<Row> articles = read(nights, "articles");
        Row earlierCopy = articles.filter(col("url").endsWith(EXACT_COPY)).first();
        Row original = articles.filter(
                        col("url").equalTo(earlierCopy.<String>getAs("url").replace(EXACT_COPY, "")))
                .first();
        assertThat(original.get(original.fieldIndex("run_date")).toString()).isEqualTo("2024-10-01");
        assertThat(original.<String>getAs("duplicate_of"))
                .as("the October copy is dated a day earlier")
                .isEqualTo(earlierCopy.getAs("article_id"));
        assertThat(original.<String>getAs("duplicate_kind")).isEqualTo("exact");
        assertThat(earlierCopy.<Long>getAs("copies")).isEqualTo(2L);

        Row nearCopy = articles.filter(col("url").endsWith(NEAR_COPY)).first();
        Row nearOriginal = articles.filter(
                        col("url").equalTo(nearCopy.<String>getAs("url").replace(NEAR_COPY, "")))
                .first();
        assertThat(nearCopy.<String>getAs("duplicate_of")).isEqualTo(nearOriginal.getAs("article_id"));
        assertThat(nearCopy.<String>getAs("duplicate_kind")).isEqualTo("near");
        assertThat(nearOriginal.<Long>getAs("copies")).isEqualTo(2L);
    }

    @Test
    void theNightsEndWhereOneBackfillOfTheSameFilesDoes() {
        for (String table : List.of("articles", "rejects", "source_boilerplate")) {
            Dataset<Row> incremental = read(nights, table).drop("run_id", "run_date");
            Dataset<Row> once = read(backfill, table).drop("run_id", "run_date");
            assertThat(incremental.count()).as(table).isEqualTo(once.count());
            assertThat(incremental.exceptAll(once).count())
                    .as(table + " rows only in the nights")
                    .isZero();
            assertThat(once.exceptAll(incremental).count())
                    .as(table + " rows only in the backfill")
                    .isZero();
        }
        for (String table : List.of("coverage", "term_trends", "article_terms")) {
            Dataset<Row> incremental = read(nights, table);
            Dataset<Row> once = read(backfill, table);
            assertThat(incremental.exceptAll(once).count()).as(table).isZero();
            assertThat(once.exceptAll(incremental).count()).as(table).isZero();
        }
    }

    @Test
    void eachRunCommitsEachOfItsTablesOnceTaggedWithTheRun() {
        // Four runs; none of their run dates is a vacuum night (every 7th day since 1970-01-01), so no upkeep commits.
        for (String table : List.of("articles", "rejects", "source_boilerplate", "coverage", "input_ledger", "runs")) {
            List<Row> commits =
                    history(nights, table).select("operation", "userMetadata").collectAsList();
            assertThat(commits).as(table + " commits").hasSize(4);
            assertThat(commits.stream().map(c -> c.getString(1)).distinct())
                    .as(table + " runs")
                    .hasSize(4)
                    .allMatch(
                            tag -> tag.matches("\\{\"run_id\":\"[0-9a-f-]{36}\",\"run_date\":\"2024-(09|10|11)-01\"}"));
        }
    }

    @Test
    void aBackfillCompactsAndVacuumsItsTablesAfterWritingThem() {
        List<String> operations = history(backfill, "articles")
                .orderBy("version")
                .select("operation")
                .as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList();
        assertThat(operations)
                .startsWith("WRITE")
                .contains("OPTIMIZE", "SET TBLPROPERTIES")
                .endsWith("VACUUM END");
        assertThat(io.delta.tables.DeltaTable.forPath(
                                spark, backfill.resolve("articles").toString())
                        .detail()
                        .select("properties")
                        .first()
                        .<String, String>getJavaMap(0))
                .containsEntry(org.newsdrift.table.TableUpkeep.RETENTION, "interval 168 hours");
    }

    private Dataset<Row> history(Path output, String table) {
        return io.delta.tables.DeltaTable.forPath(spark, output.resolve(table).toString())
                .history();
    }

    private Dataset<Row> read(Path output, String table) {
        return spark.read().format("delta").load(output.resolve(table).toString());
    }

    /** Runs the night {@code runDate} into {@code nights}; it must succeed. */
    private JobFixtures.Run night(Path config, Path input, String runDate) {
        JobFixtures.Run run = JobFixtures.nightly(
                "--config",
                config.toString(),
                "--input",
                input.toString(),
                "--output",
                nights.toString(),
                "--run-date",
                runDate);
        assertThat(run.code())
                .as("the night " + runDate + "'s exit code: " + run.err())
                .isZero();
        return run;
    }

    private static Map<String, ArrayNode> splitSampleByMonth() throws Exception {
        Map<String, ArrayNode> byMonth = new HashMap<>();
        for (JsonNode record : JSON.readTree(TestFiles.sample().toFile())) {
            String month = record.path("date_str").asText().substring(0, 7);
            byMonth.computeIfAbsent(month, m -> JSON.createArrayNode()).add(record);
        }
        return byMonth;
    }

    /** Writes a month's dump, dated by its last day in the name, without its last {@code dropLast} records. */
    private void writeMonth(Path input, Map<String, ArrayNode> byMonth, String month, int dropLast) throws Exception {
        ArrayNode records = byMonth.get(month).deepCopy();
        for (int i = 0; i < dropLast; i++) {
            records.remove(records.size() - 1);
        }
        if (month.equals("2024-10")) {
            List<JsonNode> stories = uniqueLongStories(byMonth, "2024-09");
            records.add(syndicated(stories.get(0), EXACT_COPY, -DAY_MILLIS, ""));
            records.add(syndicated(
                    stories.get(1), NEAR_COPY, DAY_MILLIS, " The report was carried by other media the next day."));
        }
        recordsPerMonth.putIfAbsent(month, (long) records.size());
        String lastDay = java.time.YearMonth.parse(month).atEndOfMonth().toString();
        JSON.writeValue(input.resolve("kcna-" + lastDay + ".json").toFile(), records);
    }

    /** Records of {@code month} whose text is long and found nowhere else in the sample, so no copy of it is there. */
    private static List<JsonNode> uniqueLongStories(Map<String, ArrayNode> byMonth, String month) {
        Map<String, Long> texts = byMonth.values().stream()
                .flatMap(records -> StreamSupport.stream(records.spliterator(), false))
                .collect(Collectors.groupingBy(r -> r.path("story_text").asText(), Collectors.counting()));
        return StreamSupport.stream(byMonth.get(month).spliterator(), false)
                .filter(r -> r.path("story_text").asText().length() > 800
                        && texts.get(r.path("story_text").asText()) == 1)
                .limit(2)
                .toList();
    }

    /**
     * A September story as another outlet's copy in the October dump: the same text (plus {@code addedText}) under
     * another URL, dated {@code shiftMillis} from the original.
     */
    private static ObjectNode syndicated(JsonNode original, String urlSuffix, long shiftMillis, String addedText) {
        ObjectNode copy = original.deepCopy();
        copy.put("link", original.get("link").asText() + urlSuffix);
        copy.put("story_text", original.get("story_text").asText() + addedText);
        copy.put("date", String.valueOf(Long.parseLong(original.get("date").asText()) + shiftMillis));
        return copy;
    }
}
