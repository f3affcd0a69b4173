package org.newsdrift.job;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsdrift.ConnectionCounter;
import org.newsdrift.LogCapture;
import org.newsdrift.SparkTestSession;
import org.newsdrift.TestFiles;
import org.newsdrift.ingest.HostileCorpus;
import picocli.CommandLine;

/**
 * Issue 9 end to end: {@code newsdrift nightly}, in-process as a user runs it, over a folder of generated hostile
 * inputs ({@link HostileCorpus}), with credentials among the Spark settings and a server listening where the pages
 * point. The run must finish in time and succeed; every record must end accepted or rejected as expected, file by
 * file and entry by entry; the counts must add up; nothing may be fetched or written outside the output; and no
 * credential may reach a table, the manifest, the printed output or the log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN_DATE = "2024-11-13";
    private static final String SECRET = "canary" + UUID.randomUUID().toString().replace("-", "");
    /** Settings as spark-submit passes them (system properties); every value holds the secret. */
    private static final Map<String, String> SECRET_SETTINGS = Map.of(
            "spark.hadoop.fs.s3a.secret.key", SECRET + "s3",
            "spark.hadoop.fs.azure.account.key.acct.blob.core.windows.net", SECRET + "azure",
            "spark.newsdrift.feed.token", SECRET + "token",
            "spark.driver.extraJavaOptions", "-Dfs.s3a.secret.key=" + SECRET + "inline");

    private Path work;
    private Path output;
    private HostileCorpus corpus;
    private ConnectionCounter server;
    private List<Path> filesBefore;
    private int exitCode;
    private String printed;
    private String logged;
    private SparkSession spark;

    @BeforeAll
    // About a minute on 2 idle cores; the bound is for a hang, with room for a machine shared with other builds.
    @Timeout(value = 420, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void runTheNightlyJobOnTheHostileCorpus(@TempDir Path work) throws Exception {
        this.work = work;
        server = new ConnectionCounter();
        corpus = HostileCorpus.write(
                work.resolve("input"), server.port(), UUID.randomUUID().toString());
        Path config = writeConfig(work.resolve("job.json"));
        output = work.resolve("out");
        filesBefore = files(work);

        String[] args = {
            "nightly",
            "--config",
            config.toString(),
            "--input",
            corpus.root().toString(),
            "--output",
            output.toString(),
            "--run-date",
            RUN_DATE
        };
        StringWriter out = new StringWriter();
        // The job starts its own session, so that it takes these settings at start as under spark-submit.
        SparkTestSession.release();
        SECRET_SETTINGS.forEach(System::setProperty);
        System.setProperty("spark.logConf", "true");
        try (LogCapture log = new LogCapture()) {
            CommandLine cli = NewsDrift.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(out, true));
            exitCode = cli.execute(args);
            logged = log.text();
        } finally {
            SECRET_SETTINGS.keySet().forEach(System::clearProperty);
            System.clearProperty("spark.logConf");
        }
        printed = out.toString();
        spark = SparkTestSession.get();
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theRunSucceedsDespiteEveryBadInput() {
        assertThat(exitCode).as(printed).isZero();
        assertThat(read("runs").first().<String>getAs("status")).isEqualTo("succeeded");
    }

    @Test
    void theSummaryIsPrintedWithADashForTheMonthThatHasOnlyACopy() {
        assertThat(printed)
                .contains("newsdrift nightly " + RUN_DATE)
                .contains("succeeded")
                .doesNotContain("could not be made");
        // The copied story's month: an article, but no canonical one, so no attention.
        assertThat(printed).containsPattern("2024-08 +0 / 0 +\u2013 ");
    }

    @Test
    void stagingLeavesNoEmptyFolderBehind() {
        assertThat(output.resolve("_staging")).doesNotExist();
    }

    @Test
    void everyRecordIsAcceptedOrRejectedAsExpectedFileByFileAndEntryByEntry() {
        Map<String, Map<String, String>> actual = new LinkedHashMap<>();
        for (Row row : read("articles").select("input_file", "locator").collectAsList()) {
            actual.computeIfAbsent(corpus.relative(row.getString(0)), f -> new LinkedHashMap<>())
                    .put(row.getString(1), HostileCorpus.ACCEPTED);
        }
        for (Row row : read("rejects")
                .select("input_file", "locator", "reason", "detail")
                .collectAsList()) {
            assertThat(row.getString(3))
                    .as("detail of %s %s", row.getString(0), row.getString(1))
                    .isNotBlank();
            actual.computeIfAbsent(corpus.relative(row.getString(0)), f -> new LinkedHashMap<>())
                    .put(row.getString(1), row.getString(2));
        }

        assertThat(actual.keySet())
                .containsExactlyInAnyOrderElementsOf(corpus.expected().keySet());
        corpus.expected()
                .forEach((file, expected) ->
                        assertThat(actual.get(file)).as(file).containsExactlyInAnyOrderEntriesOf(expected));
    }

    @Test
    void theCountsAddUpInTheRunsTableAndTheManifest() throws Exception {
        Row run = read("runs").first();
        long recordsRead = run.getAs("records_read");
        assertThat(recordsRead).isEqualTo(corpus.records());
        assertThat(run.<Long>getAs("accepted") + run.<Long>getAs("rejected") + run.<Long>getAs("duplicates"))
                .isEqualTo(recordsRead);
        assertThat(run.<Long>getAs("rejected")).isEqualTo(read("rejects").count());
        assertThat(run.<Long>getAs("accepted"))
                .isEqualTo(read("articles").filter(col("duplicate_of").isNull()).count());

        JsonNode counts = manifest().get("counts");
        assertThat(counts.get("records_read").asLong()).isEqualTo(recordsRead);
        assertThat(counts.get("accepted").asLong()
                        + counts.get("rejected").asLong()
                        + counts.get("duplicates").asLong())
                .isEqualTo(recordsRead);
    }

    @Test
    void pagesInCp1251AndEucKrAreDecodedByTheCharsetTheyDeclare() {
        assertThat(text(col("input_file").endsWith("/pages/cp1251.html"))).contains(HostileCorpus.RUSSIAN);
        assertThat(text(col("input_file").endsWith("/pages/euc-kr.html"))).contains(HostileCorpus.KOREAN);
        // A WARC response whose charset is named only in its HTTP header.
        assertThat(text(col("url").equalTo("https://warc.example/cp1251"))).contains(HostileCorpus.RUSSIAN);
    }

    @Test
    void aPageNestedTenThousandDeepKeepsItsTextAndNoScriptTextReachesAnyArticle() {
        assertThat(text(col("input_file").endsWith("/pages/deep-nesting.html")))
                .contains("Report deep-nesting-p0.", "Report deep-nesting-p2.");
        assertThat(read("articles")
                        .filter(col("text")
                                .contains(HostileCorpus.SCRIPT_CANARY)
                                .or(col("title").contains(HostileCorpus.SCRIPT_CANARY)))
                        .count())
                .isZero();
    }

    @Test
    void impossibleDatesAreDroppedWithANoteAndNoneIsInvented() {
        Map<String, Row> dated = new HashMap<>();
        for (Row row : read("articles")
                .filter(col("input_file")
                        .endsWith("dates.jsonl")
                        .or(col("input_file").endsWith("dates.tar"))
                        .or(col("input_file").endsWith("impossible-dates.html")))
                .select("title", "published_date", "date_source", "date_note")
                .collectAsList()) {
            dated.put(row.getString(0), row);
        }

        assertThat(dated).hasSize(9);
        assertThat(dated.get("Story date-ok").<Date>getAs("published_date")).isEqualTo(Date.valueOf("2024-06-19"));
        dated.remove("Story date-ok");
        assertThat(dated.values()).allSatisfy(row -> {
            assertThat(row.<Date>getAs("published_date")).as(row.getString(0)).isNull();
            assertThat(row.<String>getAs("date_source")).as(row.getString(0)).isEqualTo("none");
        });
        for (String title :
                List.of("Story date-2099", "Story date-1969", "Story date-max-long", "Story md-future-date")) {
            assertThat(dated.get(title).<String>getAs("date_note")).as(title).startsWith("implausible ");
        }
    }

    @Test
    void noResourceAnyPageNamesIsFetched() {
        assertThat(server.connections()).isZero();
    }

    @Test
    void archiveEntryNamesAreDataAndNothingIsWrittenOutsideTheOutput() throws Exception {
        List<Path> after = files(work);
        assertThat(after.stream().filter(p -> !p.startsWith(output))).containsExactlyInAnyOrderElementsOf(filesBefore);
        List<Path> bases = new ArrayList<>(List.of(
                corpus.root(),
                output,
                work,
                Path.of("").toAbsolutePath(),
                Path.of("/"),
                Path.of("/tmp"),
                Path.of("/etc")));
        try (Stream<Path> folders = Files.walk(corpus.root())) {
            folders.filter(Files::isDirectory).forEach(bases::add);
        }
        for (Path base : bases) {
            for (String name : corpus.escapeNames()) {
                for (String up : List.of("", "../", "../../", "../../../")) {
                    assertThat(base.resolve(up + name).normalize()).doesNotExist();
                }
            }
        }
    }

    @Test
    void noCredentialReachesTheRunsTableTheManifestThePrintedOutputOrTheLog() throws Exception {
        assertThat(logged).as("the log is captured").contains("Spark configuration");
        String configJson = read("runs").first().getAs("config_json");
        String manifest = Files.readString(manifestFile());
        for (String place : List.of(configJson, manifest, printed, logged)) {
            assertThat(place).doesNotContain(SECRET);
        }
        JsonNode sparkConf = manifest().get("spark_conf");
        assertThat(sparkConf.get("spark.hadoop.fs.s3a.secret.key").asText()).isEqualTo("[redacted]");
        assertThat(sparkConf
                        .get("spark.hadoop.fs.azure.account.key.acct.blob.core.windows.net")
                        .asText())
                .isEqualTo("[redacted]");
        // Spark puts its own default options first.
        assertThat(sparkConf.get("spark.driver.extraJavaOptions").asText()).endsWith("-Dfs.s3a.secret.key=[redacted]");
        assertThat(sparkConf.get("spark.master").asText()).startsWith("local");
        assertThat(manifest().get("config").get("text").get("min_token_length").asInt())
                .isEqualTo(3);
        assertThat(JSON.readTree(configJson)).isEqualTo(manifest().get("config"));
    }

    private Dataset<Row> read(String table) {
        return spark.read().format("delta").load(output.resolve(table).toString());
    }

    /** The text of the one article that {@code which} selects. */
    private String text(Column which) {
        List<Row> rows = read("articles").filter(which).collectAsList();
        assertThat(rows).as(which.toString()).hasSize(1);
        return rows.get(0).getAs("text");
    }

    private Path manifestFile() throws Exception {
        try (Stream<Path> manifests = Files.list(output.resolve("_manifests").resolve(RUN_DATE))) {
            // Hadoop's local file system writes a hidden .crc beside each file.
            return manifests
                    .filter(p -> p.getFileName().toString().endsWith(".json")
                            && !p.getFileName().toString().startsWith("."))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private JsonNode manifest() throws Exception {
        return JSON.readTree(manifestFile().toFile());
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static Path writeConfig(Path file) throws Exception {
        ObjectNode config = (ObjectNode) JSON.readTree(TestFiles.defaultConfig().toFile());
        config.put("subject_file", TestFiles.subject().toString());
        ((ObjectNode) config.get("ingest")).put("max_document_bytes", HostileCorpus.MAX_BYTES);
        // Too few relevant articles for a topic model: the run says so, and the suite stays fast.
        ((ObjectNode) config.get("lda")).put("min_documents", 1000);
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), config);
        return file;
    }
}
