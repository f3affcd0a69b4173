package org.newsdrift.job;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsdrift.SparkTestSession;
import org.newsdrift.TestFiles;
import org.newsdrift.clean.dedupe.NearDuplicateStep;
import org.newsdrift.config.ConfigLoader;
import org.newsdrift.config.RunConfig;
import org.newsdrift.model.ModelStore;
import org.newsdrift.table.TableSpec;
import org.newsdrift.table.Tables;
import org.newsdrift.text.TermExtractor;

/**
 * Runs {@code newsdrift nightly} in-process, as a user would, on a slice of the bundled sample plus a JSON Lines
 * file of broken and duplicate records; runs it again for the same night on one core; then {@code retrain} with
 * the same seed on one core, and a sweep with other seeds; and checks every table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NightlyEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN_DATE = "2024-11-12";

    private Path output;
    private int fixtureRecords;
    private String firstRunOutput;
    private List<Row> topicsAfterFirstRun;
    private List<Row> docTopicsAfterFirstRun;
    private List<Row> docTopicsAfterSecondRun;
    private List<Row> sameSeedTopics;
    private String firstVersion;
    private String retrainOutput;
    private Path copiedModelOutput;
    private String copiedModelSummary;
    private SparkSession spark;

    @BeforeAll
    void runTheJobTwiceForTheSameNight(@TempDir Path work) throws Exception {
        Path input = Files.createDirectories(work.resolve("input"));
        fixtureRecords = writeKcnaSlice(input.resolve("kcna-october.json"))
                + writeBrokenLines(input.resolve("mixed.jsonl"))
                + writeOtherFormats(input);
        // About 16 relevant articles: a vocabulary pruned by min_df leaves most of a night's tokens out of it, which is
        // drift by the default rule; the copied-model check wants the same articles scored, not a refit.
        Path config = JobFixtures.config(
                work.resolve("job.json"),
                JobFixtures.smallTopicModel(3)
                        .andThen(c -> ((ObjectNode) c.get("topic_updates")).put("max_oov_rate", 0.9)));
        output = work.resolve("out");
        // The first run borrows the shared session, as a run from a notebook would.
        spark = SparkTestSession.get();

        String[] nightly = command("nightly", config, output, "--input", input.toString());
        firstRunOutput = succeeded("first run", nightly);
        topicsAfterFirstRun =
                read("topics").orderBy("model_version", "topic_id").collectAsList();
        docTopicsAfterFirstRun = read("doc_topics").orderBy("article_id").collectAsList();
        firstVersion = topicsAfterFirstRun.get(0).getAs("model_version");

        // The second run uses one core instead of all: scoring must not depend on how the work was split. A retrain
        // with the configured seed on one core, started cold as the first fit was (not warm from it), must then give
        // the same model version and topics.
        succeededOnOneCore("second run", nightly);
        spark = SparkTestSession.get();
        docTopicsAfterSecondRun = read("doc_topics").orderBy("article_id").collectAsList();
        succeededOnOneCore("same-seed retrain", command("retrain", config, output, "--cold"));
        spark = SparkTestSession.get();
        sameSeedTopics = read("topics")
                .filter(col("model_version").equalTo(firstVersion))
                .orderBy("model_version", "topic_id")
                .collectAsList();

        retrainOutput = succeeded("retrain", command("retrain", config, output, "--seed", "7", "--sweep", "4"));

        // The current model version copied into a fresh output, as an operator restoring or moving a model would.
        copiedModelOutput = work.resolve("copied-model");
        TestFiles.copyTree(output.resolve("_models"), copiedModelOutput.resolve("_models"));
        copiedModelSummary = succeeded(
                "a night scoring with a copied model",
                command("nightly", config, copiedModelOutput, "--input", input.toString()));
    }

    /** Runs {@code args}, which must succeed, and returns what the run printed. */
    private static String succeeded(String run, String... args) {
        JobFixtures.Run result = JobFixtures.run(args);
        assertThat(result.code()).as(run + "'s exit code: " + result.err()).isZero();
        return result.out();
    }

    /**
     * Runs {@code args}, which must succeed, on one core in a session of its own, as spark-submit would start it; the
     * shared session is stopped first, and the next {@link SparkTestSession#get()} starts it again.
     */
    private static void succeededOnOneCore(String run, String... args) {
        SparkTestSession.release();
        System.setProperty("spark.master", "local[1]");
        try {
            succeeded(run, args);
        } finally {
            System.clearProperty("spark.master");
        }
    }

    /** {@code command} for this test's night, with {@code config} and {@code output}, and {@code more}. */
    private static String[] command(String command, Path config, Path output, String... more) {
        List<String> args = new ArrayList<>(
                List.of(command, "--config", config.toString(), "--output", output.toString(), "--run-date", RUN_DATE));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void everyTableIsWrittenWithItsDeclaredSchema() {
        for (TableSpec spec : Tables.all()) {
            Dataset<Row> table = spark.read()
                    .format("delta")
                    .load(output.resolve(spec.name()).toString());
            assertThat(types(table.schema().fields()))
                    .as(spec.name())
                    .isEqualTo(types(spec.schema().fields()));
        }
    }

    @Test
    void everyInputRecordIsAcceptedRejectedOrADuplicate() {
        List<Row> runs = read("runs")
                .filter(col("command").equalTo("nightly"))
                .orderBy("started_at")
                .collectAsList();
        assertThat(runs).hasSize(2);
        for (Row run : runs) {
            assertThat(run.<String>getAs("status")).isEqualTo("succeeded");
            long read = run.getAs("records_read");
            assertThat(read).isEqualTo(fixtureRecords);
            assertThat(run.<Long>getAs("accepted") + run.<Long>getAs("rejected") + run.<Long>getAs("duplicates"))
                    .isEqualTo(read);
            assertThat(run.<String>getAs("config_json")).contains("\"lda\"");
        }
        Row last = runs.get(1);
        assertThat(read("articles").filter(col("duplicate_of").isNull()).count())
                .isEqualTo(last.<Long>getAs("accepted"));
        assertThat(read("rejects").count()).isEqualTo(last.<Long>getAs("rejected"));
    }

    @Test
    void runsRecordEveryStepWithItsDurationAndCount() {
        Row first = read("runs")
                .filter(col("command").equalTo("nightly"))
                .orderBy("started_at")
                .first();
        List<Row> steps = first.getList(first.fieldIndex("steps"));
        assertThat(steps)
                .extracting(s -> s.<String>getAs("step"))
                .containsExactly(
                        "input ledger",
                        "ingest and clean",
                        "exact and near duplicates",
                        "relevance and write articles",
                        "corpus",
                        "tfidf and term trends",
                        "coverage",
                        "topics",
                        "record input ledger");
        assertThat(steps).allSatisfy(s -> assertThat(s.<Double>getAs("seconds")).isGreaterThanOrEqualTo(0.0));
        Map<String, Long> rows = steps.stream()
                .filter(s -> s.getAs("rows") != null)
                .collect(Collectors.toMap(s -> s.getAs("step"), s -> s.getAs("rows")));
        assertThat(rows.get("ingest and clean")).isEqualTo(first.<Long>getAs("records_read"));
        assertThat(rows.get("input ledger"))
                .isEqualTo(first.<Integer>getAs("input_files").longValue());
        long articleRows = first.<Long>getAs("accepted") + first.<Long>getAs("duplicates");
        assertThat(rows.get("relevance and write articles")).isLessThanOrEqualTo(articleRows);
        assertThat(rows.get("corpus")).isEqualTo(first.<Long>getAs("accepted"));
        Row retrain = read("runs").filter(col("command").equalTo("retrain")).first();
        assertThat(retrain.<Row>getList(retrain.fieldIndex("steps")))
                .extracting(s -> s.<String>getAs("step"))
                .containsExactly("corpus", "topics sweep [4]");
    }

    @Test
    void brokenRecordsBecomeRejectsWithReasonAndLocator() {
        Map<String, String> reasonByLocator =
                read("rejects").filter(col("input_file").endsWith("mixed.jsonl")).collectAsList().stream()
                        .collect(Collectors.toMap(r -> r.getAs("locator"), r -> r.getAs("reason")));
        assertThat(reasonByLocator)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "line 2",
                        "malformed_json",
                        "line 3",
                        "missing_text",
                        "line 4",
                        "unknown_record_shape",
                        "line 5",
                        "text_too_short"));
        assertThat(read("rejects")
                        .filter(col("detail").isNull().or(col("reason").isNull()))
                        .count())
                .isZero();
    }

    @Test
    void copiesPointToTheirCanonicalArticleAndRepeatsAreNotRowsTwice() {
        Dataset<Row> articles = read("articles");
        assertThat(articles.select("article_id").distinct().count()).isEqualTo(articles.count());
        Row copy = articles.filter(col("url").equalTo("https://example.org/treaty-copy"))
                .first();
        Row original = articles.filter(col("url").equalTo("https://example.org/treaty"))
                .first();
        assertThat(copy.<String>getAs("duplicate_of")).isEqualTo(original.getAs("article_id"));
        assertThat(original.<Long>getAs("copies")).isEqualTo(3L);
        assertThat(original.<Integer>getAs("outlets")).isEqualTo(2);
        assertThat(original.<Boolean>getAs("relevant")).isTrue();
        assertThat(original.<String>getAs("evidence")).contains("Putin").contains("Kim Jong Un");
    }

    @Test
    void canonicalArticlesKeepTheTermsTheAnalyzerGivesAndCopiesNone() throws Exception {
        RunConfig config = ConfigLoader.load(output.getParent().resolve("job.json"));
        List<Row> articles = read("articles").collectAsList();
        assertThat(articles).isNotEmpty();
        try (TermExtractor extractor = new TermExtractor(config.job().text(), config.subject())) {
            for (Row article : articles) {
                if (article.getAs("duplicate_of") == null) {
                    assertThat(article.isNullAt(article.fieldIndex("terms")))
                            .as("terms of a canonical article")
                            .isFalse();
                    List<String> stored = article.getList(article.fieldIndex("terms"));
                    assertThat(stored)
                            .as("terms of %s", article.<String>getAs("url"))
                            .isEqualTo(extractor.terms(
                                    article.getAs("title"), article.getAs("text"), article.getAs("language")));
                    assertThat(article.<String>getAs("terms_analyzer")).isNotBlank();
                } else {
                    assertThat(article.<Object>getAs("terms")).isNull();
                    assertThat(article.<String>getAs("terms_analyzer")).isNull();
                }
            }
        }
    }

    @Test
    void articlesComparedForNearDuplicatesKeepTheirBandKeysAndExactCopiesNone() throws Exception {
        String settings = NearDuplicateStep.keySettings(
                ConfigLoader.load(output.getParent().resolve("job.json")).job().nearDuplicates());
        List<Row> articles = read("articles").collectAsList();
        assertThat(articles).anyMatch(a -> "exact".equals(a.getAs("duplicate_kind")));
        for (Row article : articles) {
            boolean exactCopy = "exact".equals(article.getAs("duplicate_kind"));
            assertThat(article.isNullAt(article.fieldIndex("lsh_keys")))
                    .as("keys of %s", article.<String>getAs("url"))
                    .isEqualTo(exactCopy);
            assertThat(article.<String>getAs("lsh_settings")).isEqualTo(exactCopy ? null : settings);
        }
    }

    @Test
    void archivesPagesAndHtmlBecomeArticlesWithLanguageAndDate() {
        Dataset<Row> articles = read("articles");
        List<Row> korean = articles.filter(col("input_file").endsWith(".tar.gz"))
                .orderBy("url")
                .collectAsList();
        assertThat(korean).hasSize(2);
        assertThat(korean.get(0).<String>getAs("language")).isEqualTo("ko");
        assertThat(korean.get(0).<String>getAs("title")).isEqualTo("푸틴's visit 0");
        assertThat(korean.get(0).<String>getAs("text")).startsWith("블라디미르 푸틴").doesNotContain("Crawled at");
        assertThat(korean.get(0).<String>getAs("date_source")).isEqualTo("header");
        assertThat(korean.get(0).<Boolean>getAs("relevant")).isTrue();
        assertThat(korean.get(0).<String>getAs("locator")).isEqualTo("entry naver/2024-06-20/0.md");

        Row kyiv = articles.filter(col("input_file").endsWith("kyiv.txt")).first();
        assertThat(kyiv.<java.sql.Date>getAs("published_date")).isEqualTo(java.sql.Date.valueOf("2024-06-20"));
        assertThat(kyiv.<String>getAs("text")).doesNotContain("Skip to content");
        assertThat(kyiv.<Boolean>getAs("relevant")).isTrue();

        Row ap = articles.filter(col("input_file").endsWith("ap.html")).first();
        assertThat(ap.<String>getAs("language")).isEqualTo("en");
        assertThat(ap.<String>getAs("title")).isNotBlank();
        assertThat(ap.<String>getAs("text")).hasSizeGreaterThan(500).doesNotContain("<");
    }

    @Test
    void reRunningTheSameNightReplacesItsPartitionsInsteadOfAddingRows() {
        Dataset<Row> articles = read("articles");
        assertThat(articles.select("run_id").distinct().count()).isEqualTo(1);
        assertThat(articles.select("run_date").distinct().collectAsList())
                .extracting(r -> r.get(0).toString())
                .containsExactly(RUN_DATE);
    }

    @Test
    void attentionIsAProportionInsideItsInterval() {
        Dataset<Row> coverage = read("coverage");
        assertThat(coverage.count()).isPositive();
        for (Row row : coverage.collectAsList()) {
            assertThat(row.<Long>getAs("n_relevant_unique"))
                    .isLessThanOrEqualTo(row.<Long>getAs("n_relevant"))
                    .isLessThanOrEqualTo(row.<Long>getAs("n_unique"));
            assertThat(row.<Long>getAs("n_relevant")).isLessThanOrEqualTo(row.<Long>getAs("n_articles"));
            if (row.<Long>getAs("n_unique") == 0) {
                assertThat(row.<Double>getAs("attention")).isNull();
                continue;
            }
            double attention = row.getAs("attention");
            assertThat(attention).isBetween(0.0, 1.0);
            assertThat(row.<Double>getAs("attention_low")).isLessThanOrEqualTo(attention);
            assertThat(row.<Double>getAs("attention_high")).isGreaterThanOrEqualTo(attention);
        }
        Row allSources = coverage.filter(col("granularity")
                        .equalTo("month")
                        .and(col("source").equalTo("*"))
                        .and(col("language").equalTo("*")))
                .agg(
                        org.apache.spark.sql.functions.sum("n_articles"),
                        org.apache.spark.sql.functions.sum("n_unique"),
                        org.apache.spark.sql.functions.sum("n_digests"))
                .first();
        Dataset<Row> dated = read("articles").filter(col("published_date").isNotNull());
        Dataset<Row> digests = dated.filter(col("article_kind").equalTo("digest"));
        // Digests are counted apart: articles and digests together are every dated row.
        assertThat(digests.count())
                .as("digests in the sample (KCNA press reviews)")
                .isPositive();
        assertThat(allSources.getLong(0) + allSources.getLong(2)).isEqualTo(dated.count());
        assertThat(allSources.getLong(0)).isEqualTo(dated.count() - digests.count());
        assertThat(allSources.getLong(1))
                .isEqualTo(dated.filter(col("duplicate_of")
                                .isNull()
                                .and(col("article_kind").equalTo("article")))
                        .count());
    }

    @Test
    void topicWeightsOfEveryArticleSumToOneAndTheDominantTopicIsTheHeaviest() {
        List<Row> docTopics = read("doc_topics")
                .join(
                        read("topics")
                                .select(col("model_version"), col("topic_id").as("dominant_topic"), col("topic_index")),
                        scala.jdk.javaapi.CollectionConverters.asScala(List.of("model_version", "dominant_topic"))
                                .toSeq())
                .collectAsList();
        assertThat(docTopics).hasSize((int) read("doc_topics").count()).isNotEmpty();
        for (Row row : docTopics) {
            List<Double> weights = row.getList(row.fieldIndex("topic_weights"));
            assertThat(weights).hasSize(4);
            assertThat(weights.stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-6));
            assertThat(weights.get(row.<Integer>getAs("topic_index"))).isEqualTo(row.<Double>getAs("dominant_weight"));
        }
        Dataset<Row> trends = read("topic_trends");
        assertThat(trends.select("model_version").distinct().collectAsList()).hasSize(1);
        for (Row sum : trends.groupBy("granularity", "period_start", "source", "language")
                .agg(org.apache.spark.sql.functions.sum("prevalence").as("total"))
                .collectAsList()) {
            assertThat(sum.<Double>getAs("total")).isCloseTo(1.0, within(1e-6));
        }
        // Every language of the scored articles has its rows, and every interval holds its estimate.
        assertThat(trends.filter(col("source").equalTo("*").and(col("language").notEqual("*")))
                        .select("language")
                        .distinct()
                        .count())
                .isEqualTo(read("articles")
                        .join(read("doc_topics"), "article_id")
                        .filter(col("published_date").isNotNull())
                        .select("language")
                        .distinct()
                        .count());
        assertThat(trends.filter(col("prevalence")
                                .lt(col("prevalence_low"))
                                .or(col("prevalence").gt(col("prevalence_high")))
                                .or(col("dominant_share").lt(col("dominant_share_low")))
                                .or(col("dominant_share").gt(col("dominant_share_high"))))
                        .count())
                .isZero();
    }

    @Test
    void aSecondNightOnTheSameInputsScoresWithTheSameModelAndGivesIdenticalDocTopics() {
        assertThat(docTopicsAfterSecondRun).isEqualTo(docTopicsAfterFirstRun).isNotEmpty();
        List<Row> nightly = read("runs")
                .filter(col("command").equalTo("nightly"))
                .orderBy("started_at")
                .select("model_version", "model_action", "model_reason")
                .collectAsList();
        assertThat(nightly.get(0).toString()).isEqualTo("[" + firstVersion + ",fitted,no_model]");
        assertThat(nightly.get(1).<String>getAs("model_action")).isEqualTo("scored");
        assertThat(nightly.get(1).<String>getAs("model_version")).isEqualTo(firstVersion);
    }

    @Test
    void theSameSeedAndInputsGiveTheSameTopicsOnAnyCoreCount() {
        assertThat(sameSeedTopics).hasSize(4);
        assertThat(topicsAfterFirstRun).hasSize(4);
        for (int t = 0; t < sameSeedTopics.size(); t++) {
            Row now = sameSeedTopics.get(t);
            Row before = topicsAfterFirstRun.get(t);
            assertThat(now.<String>getAs("label")).isEqualTo(before.getAs("label"));
            List<Row> terms = now.getList(now.fieldIndex("terms"));
            List<Row> termsBefore = before.getList(before.fieldIndex("terms"));
            assertThat(terms)
                    .extracting(r -> r.getString(0))
                    .isEqualTo(termsBefore.stream().map(r -> r.getString(0)).toList());
            // Spark sums partial results in the order tasks finish, so weights agree to rounding, not bit for bit.
            for (int i = 0; i < terms.size(); i++) {
                assertThat(terms.get(i).getDouble(1))
                        .isCloseTo(termsBefore.get(i).getDouble(1), within(1e-9));
            }
        }
    }

    @Test
    void topicsCarryQualityAndLabelsMadeOfWords() {
        for (Row topic : read("topics").collectAsList()) {
            assertThat(topic.<Double>getAs("npmi")).isBetween(-1.0, 1.0);
            assertThat(topic.<Double>getAs("umass")).isLessThanOrEqualTo(Math.log(2));
            assertThat(topic.<Double>getAs("diversity")).isBetween(0.0, 1.0);
            assertThat(topic.<Long>getAs("training_documents")).isPositive();
            assertThat(topic.<String>getAs("label"))
                    .matches("[^/]+( / [^/]+){2}")
                    .doesNotContain("_");
        }
        assertThat(read("topic_examples")
                        .groupBy("model_version", "topic_id")
                        .count()
                        .collectAsList())
                .allSatisfy(r -> assertThat(r.getLong(2)).isEqualTo(3));
    }

    @Test
    void aSweepWithOtherSeedsMakesANewVersionWhoseTopicsDescendFromTheFirst() {
        Row retrain = read("runs")
                .filter(col("command").equalTo("retrain"))
                .orderBy(col("started_at").desc())
                .first();
        String version = retrain.getAs("model_version");
        assertThat(version).isNotEqualTo(firstVersion);
        assertThat(retrain.<String>getAs("model_reason")).isEqualTo("sweep");
        assertThat(retrainOutput).contains(version);
        List<Row> selection = read("model_selection").orderBy("seed").collectAsList();
        assertThat(selection).extracting(r -> r.<Long>getAs("seed")).containsExactly(7L, 8L);
        assertThat(selection).filteredOn(r -> r.<Boolean>getAs("chosen")).hasSize(1);
        assertThat(selection).allSatisfy(r -> {
            assertThat(r.<Double>getAs("stability")).isBetween(0.0, 1.0);
            assertThat(r.<Double>getAs("mean_npmi")).isBetween(-1.0, 1.0);
        });

        List<Row> lineage = read("topic_lineage")
                .filter(col("model_version").equalTo(version))
                .collectAsList();
        assertThat(lineage)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.<String>getAs("parent_version")).isEqualTo(firstVersion));
        List<Row> topics =
                read("topics").filter(col("model_version").equalTo(version)).collectAsList();
        assertThat(topics).hasSize(4);
        for (Row topic : topics) {
            int id = topic.getAs("topic_id");
            List<Row> events = lineage.stream()
                    .filter(e -> e.<Integer>getAs("topic_id") == id
                            && List.of("continued", "born", "split").contains(e.<String>getAs("event")))
                    .toList();
            assertThat(events).as("topic " + id).hasSize(1);
            Row event = events.get(0);
            if (event.getAs("event").equals("continued")) {
                assertThat(event.<Integer>getAs("matched_from")).isEqualTo(id);
                assertThat(event.<Double>getAs("distance")).isLessThanOrEqualTo(0.5);
            } else {
                assertThat(id).isGreaterThanOrEqualTo(4);
            }
        }
        assertThat(read("doc_topics")
                        .filter(col("model_version").equalTo(version))
                        .count())
                .isEqualTo(read("doc_topics")
                        .filter(col("model_version").equalTo(firstVersion))
                        .count());
        assertThat(read("topic_trends")
                        .select("model_version")
                        .distinct()
                        .first()
                        .getString(0))
                .isEqualTo(version);
    }

    @Test
    void termTrendsAndArticleTermsHoldRankedTerms() {
        assertThat(read("article_terms").filter(col("rank").gt(20)).count()).isZero();
        Dataset<Row> trends = read("term_trends");
        assertThat(trends.select("scope").distinct().collectAsList())
                .extracting(r -> r.getString(0))
                .containsExactlyInAnyOrder("all", "relevant");
        assertThat(trends.filter(col("term").equalTo("russia").and(col("scope").equalTo("relevant")))
                        .count())
                .isPositive();
    }

    @Test
    void theSummaryTellsWhereTheTablesAreAndWhatHappened() {
        assertThat(firstRunOutput)
                .contains("succeeded")
                .contains(output.toString())
                .contains("records from 5 files")
                .contains("attention per month")
                .contains("topics (model lda-")
                .contains("report: " + output.resolve("report/index.html"));
        assertThat(output.resolve("report/index.html")).content().contains("Coverage peaked in the week of");
    }

    @Test
    void aModelVersionCopiedIntoAnotherOutputScoresTheSameArticlesTheSameWay() throws Exception {
        String current =
                new ModelStore(spark, output.toString()).currentVersion().orElseThrow();
        // That output's topics table does not describe the copied version: the summary says so instead of failing.
        assertThat(copiedModelSummary)
                .contains("topics (model " + current + ", scored")
                .contains("not described in topics");
        Dataset<Row> here = read("doc_topics").filter(col("model_version").equalTo(current));
        Dataset<Row> there = spark.read()
                .format("delta")
                .load(copiedModelOutput.resolve("doc_topics").toString());
        assertThat(here.count()).isPositive().isEqualTo(there.count());
        assertThat(here.exceptAll(there).count()).isZero();
    }

    private Dataset<Row> read(String table) {
        return spark.read().format("delta").load(output.resolve(table).toString());
    }

    private static Map<String, String> types(StructField[] fields) {
        Map<String, String> types = new HashMap<>();
        for (StructField field : fields) {
            types.put(field.name(), field.dataType().simpleString());
        }
        return types;
    }

    /** The October 2024 records of the bundled sample, in its own record shape; returns how many. */
    private static int writeKcnaSlice(Path file) throws Exception {
        ArrayNode slice = JSON.createArrayNode();
        for (JsonNode record : JSON.readTree(TestFiles.sample().toFile())) {
            if (record.path("date_str").asText().startsWith("2024-10")) {
                slice.add(record);
            }
        }
        JSON.writeValue(file.toFile(), slice);
        return slice.size();
    }

    /** Seven news-please-style lines: good, broken, empty body, unknown shape, too short, a copy, a repeat. */
    private static int writeBrokenLines(Path file) throws Exception {
        ObjectNode good = JobFixtures.treatyRecord();
        ObjectNode copy =
                good.deepCopy().put("url", "https://example.org/treaty-copy").put("source_domain", "copy.example");
        List<String> lines = List.of(
                good.toString(),
                "{\"title\": \"cut off",
                JSON.createObjectNode()
                        .put("title", "No body")
                        .put("maintext", "")
                        .put("url", "https://example.org/empty")
                        .put("source_domain", "example.org")
                        .toString(),
                "{\"foo\": 1}",
                good.deepCopy()
                        .put("maintext", "Too short.")
                        .put("url", "https://example.org/short")
                        .toString(),
                copy.toString(),
                good.toString());
        Files.write(file, lines, StandardCharsets.UTF_8);
        return lines.size();
    }

    /** A tar.gz of two Markdown articles, an HTML page and a scraped text page; returns how many records. */
    private static int writeOtherFormats(Path input) throws Exception {
        Path tgz = input.resolve("crawl-2024-06-20.tar.gz");
        try (var out = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(
                new java.util.zip.GZIPOutputStream(Files.newOutputStream(tgz)))) {
            for (int i = 0; i < 2; i++) {
                byte[] doc = ("---\nid: \"" + i + "\"\ntitle: \"푸틴&#x27;s visit " + i + "\"\npublisher: 연합뉴스\n"
                                + "published_at: 2024-06-2" + i + " 00:00\ncrawled_at: 2024-06-21 10:00:00\n"
                                + "url: https://n.news.naver.com/" + i
                                + "\n---\n\n# 제목\n\n**연합뉴스** | 2024-06-20 |\n\n---\n\n"
                                + "블라디미르 푸틴 러시아 대통령과 김정은 북한 국무위원장이 평양에서 포괄적 전략적 동반자 관계 조약에 서명했다. "
                                + "기사 번호 " + i + ".\n\n---\n\n*Crawled at: 2024-06-21 10:00:00*\n")
                        .getBytes(StandardCharsets.UTF_8);
                var entry =
                        new org.apache.commons.compress.archivers.tar.TarArchiveEntry("naver/2024-06-20/" + i + ".md");
                entry.setSize(doc.length);
                out.putArchiveEntry(entry);
                out.write(doc);
                out.closeArchiveEntry();
            }
        }
        Files.copy(
                TestFiles.repo().resolve("src/test/resources/html/APNews_2023_04_28.html"), input.resolve("ap.html"));
        Files.copy(
                TestFiles.repo().resolve("src/test/resources/pages/kyivindependent-2024-06-20-south-korea-weapons.txt"),
                input.resolve("kyiv.txt"));
        return 4;
    }
}
