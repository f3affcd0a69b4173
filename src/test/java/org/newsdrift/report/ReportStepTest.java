package org.newsdrift.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdrift.SparkTestSession;
import org.newsdrift.config.SubjectConfig;
import org.newsdrift.config.SubjectConfig.AliasGroup;
import org.newsdrift.config.SubjectConfig.Entity;
import org.newsdrift.config.TfIdfConfig;
import org.newsdrift.table.Columns;
import org.newsdrift.table.RowBuilder;
import org.newsdrift.table.TableWriter;
import org.newsdrift.table.Tables;
import org.newsdrift.trends.TermTrendsStep;
import org.newsdrift.trends.WilsonInterval;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The report step over a few hand-written table rows: the right peak, terms, topics, counts and articles reach the
 * page.
 */
class ReportStepTest {
    private static final SubjectConfig SUBJECT = new SubjectConfig(
            "russia-dprk",
            "Russia–North Korea ties.",
            List.of(
                    new AliasGroup("Russia", List.of(new Entity("russia", List.of("Russia"), null))),
                    new AliasGroup("North Korea", List.of(new Entity("north_korea", List.of("DPRK"), null)))));
    private static SparkSession spark;

    @TempDir
    static Path output;

    private static Document page;

    @BeforeAll
    static void writeTablesAndTheReport() throws Exception {
        spark = SparkTestSession.get();
        TableWriter tables = new TableWriter(output.toString());
        // One article in a week is 100% attention but a wide interval; 30 of 60 is the real peak.
        write(
                tables,
                Tables.COVERAGE,
                coverage("2024-10-07", 1, 1),
                coverage("2024-10-14", 60, 30),
                coverage("2024-10-21", 50, 5));
        // troop: 1 and 3 articles in the eight weeks before its burst; 50 nine weeks before, outside the window.
        write(
                tables,
                Tables.TERM_TRENDS,
                term("2024-10-14", "russia", 1, 4, null),
                term("2024-10-14", "troop", 2, 4, 5.5),
                term("2024-10-14", "kursk", 3, 4, 2.0),
                term("2024-10-07", "troop", 1, 1, null),
                term("2024-09-23", "troop", 1, 3, null),
                term("2024-08-12", "troop", 1, 50, null));
        write(
                tables,
                Tables.TOPICS,
                Map.of(
                        Columns.MODEL_VERSION,
                        "lda-1",
                        Columns.TOPIC_ID,
                        0,
                        Columns.TOPIC_INDEX,
                        0,
                        Columns.LABEL,
                        "troop / kursk / war",
                        Columns.NPMI,
                        0.2916540680772524,
                        Columns.TERMS,
                        List.of(topicTerm("troop", 0.2), topicTerm("kursk", 0.1))),
                Map.of(
                        Columns.MODEL_VERSION,
                        "lda-1",
                        Columns.TOPIC_ID,
                        1,
                        Columns.TOPIC_INDEX,
                        1,
                        Columns.LABEL,
                        "<b>treati</b> / sign",
                        Columns.TERMS,
                        List.of()));
        write(tables, Tables.DOC_TOPICS, docTopic("a1", 0.9, 0.1), docTopic("a3", 0.6, 0.4));
        // The themes are those of all sources and languages, not of one language's or one outlet's rows.
        write(
                tables,
                Tables.TOPIC_TRENDS,
                topicTrend("*", "*", 0, 0.7),
                topicTrend("*", "*", 1, 0.3),
                topicTrend("*", "ko", 0, 0.2),
                topicTrend("*", "ko", 1, 0.8),
                topicTrend("KCNA", "*", 0, 0.1),
                topicTrend("KCNA", "*", 1, 0.9));
        write(
                tables,
                Tables.ARTICLES,
                article(
                        "a1",
                        "Troops & Kursk",
                        "https://kcna.kp/a1",
                        "2024-10-15",
                        0.8,
                        "2024-11-12",
                        "troop",
                        "kursk",
                        "troop"),
                Map.of(
                        Columns.ARTICLE_ID,
                        "a2",
                        Columns.DUPLICATE_OF,
                        "a1",
                        Columns.DUPLICATE_KIND,
                        "near",
                        Columns.RUN_DATE,
                        date("2024-11-12"),
                        Columns.TITLE,
                        "Copy of a1",
                        Columns.PUBLISHED_DATE,
                        date("2024-10-15"),
                        Columns.RELEVANT,
                        true,
                        Columns.RELEVANCE_SCORE,
                        0.8),
                article(
                        "a3",
                        "<i>Treaty</i> signed",
                        "javascript:alert(1)",
                        "2024-10-16",
                        0.95,
                        "2024-11-12",
                        "troop",
                        "treati",
                        "troop",
                        "troop"),
                // An earlier night read a3 as a copy; the latest reading, above, holds.
                Map.of(
                        Columns.ARTICLE_ID,
                        "a3",
                        Columns.DUPLICATE_OF,
                        "a1",
                        Columns.DUPLICATE_KIND,
                        "near",
                        Columns.RUN_DATE,
                        date("2024-11-11"),
                        Columns.TITLE,
                        "Old reading",
                        Columns.PUBLISHED_DATE,
                        date("2024-10-16"),
                        Columns.RELEVANT,
                        true),
                article("a4", "Weather", "https://kcna.kp/a4", "2024-10-15", 0.0, "2024-11-12", "troop"),
                article("a5", "Earlier troops", "https://kcna.kp/a5", "2024-10-08", 0.7, "2024-11-12", "troop"));
        write(
                tables,
                Tables.REJECTS,
                Map.of(Columns.REASON, "missing_text", Columns.RUN_DATE, date("2024-11-12")),
                Map.of(Columns.REASON, "missing_text", Columns.RUN_DATE, date("2024-11-12")),
                Map.of(Columns.REASON, "too_large", Columns.RUN_DATE, date("2024-11-12")));
        write(
                tables,
                Tables.RUNS,
                Map.ofEntries(
                        Map.entry(Columns.RUN_ID, "r1"),
                        Map.entry(Columns.RUN_DATE, date("2024-11-12")),
                        Map.entry(Columns.STARTED_AT, Timestamp.from(Instant.parse("2024-11-12T03:00:00Z"))),
                        Map.entry(Columns.STATUS, "succeeded"),
                        Map.entry(Columns.RECORDS_READ, 7L),
                        Map.entry(Columns.ACCEPTED, 1L),
                        Map.entry(Columns.REJECTED, 3L),
                        Map.entry(Columns.DUPLICATES, 3L),
                        Map.entry(Columns.RELEVANT, 1L),
                        Map.entry(Columns.MODEL_VERSION, "lda-1"),
                        Map.entry(Columns.CONFIG_JSON, "{\"tfidf\":{\"max_trend_rank\":500,\"burst_window\":8}}")));

        String file = ReportStep.write(spark, output.toString(), SUBJECT);
        assertThat(file).isEqualTo(output + "/report/index.html");
        page = ReportChartsTest.parse(Files.readString(output.resolve("report/index.html"), StandardCharsets.UTF_8));
    }

    @Test
    void thePeakIsThePeriodWithTheHighestLowerBoundAndItsTermsLeaveTheSubjectOut() {
        assertThat(byId("summary").getTextContent())
                .startsWith("Coverage peaked in the week of 2024-10-14: 30 of 60 articles (50.0%")
                .contains("Top terms: troops, kursk.")
                .contains("Main topics: troop / kursk / war (70%); <b>treati</b> / sign (30%).");
    }

    @Test
    void topicsCarryTheirLabelsRoundedCoherenceAndTheArticlesTheyAreTheMainTopicOf() {
        assertThat(byId("topic-table").getTextContent())
                .contains("troop / kursk / war")
                .contains("0.29")
                .doesNotContain("0.2916");
        assertThat(ReportChartsTest.elements(page, "b")).isEmpty();
        assertThat(titles(byId("topic-articles"))).containsExactly("Troops & Kursk", "<i>Treaty</i> signed");
    }

    @Test
    void aTopicsTopTermsAreShownInTheirWrittenFormsAndATermWithoutOneAsItIs() {
        Element topic = (Element) byId("topic-table").getElementsByTagName("tr").item(1);
        assertThat(topic.getTextContent()).contains("troops, kursk").doesNotContain("troop, kursk");
    }

    @Test
    void aTopicThatIsNoArticlesMainTopicIsLeftOutOfTheTableAndCountedWithItsHighestWeight() {
        assertThat(byId("topic-table").getTextContent()).doesNotContain("treati");
        assertThat(byId("topic-articles").getElementsByTagName("details").getLength())
                .isEqualTo(1);
        assertThat(byId("empty-topics").getTextContent())
                .startsWith(
                        "1 topic is left out of the table and the lists: "
                                + "no article carries it as its main topic (1 (<b>treati</b> / sign; highest weight in any article 40.0%)).");
    }

    @Test
    void aSpikeListsItsPeriodsCanonicalRelevantArticlesMostRelevantFirst() {
        Element first =
                (Element) byId("spike-articles").getElementsByTagName("details").item(0);
        assertThat(first.getElementsByTagName("summary").item(0).getTextContent())
                .isEqualTo("1. Week of 2024-10-14: 30 of 60 articles about the subject; most relevant first");
        assertThat(titles(first)).containsExactly("<i>Treaty</i> signed", "Troops & Kursk");
        assertThat(links(first)).containsExactly("https://kcna.kp/a1");
        assertThat(first.getTextContent()).contains("KCNA, 2024-10-16");
        assertThat(byId("spike-articles").getTextContent())
                .doesNotContain("Copy of a1")
                .doesNotContain("Weather")
                .doesNotContain("Old reading")
                .contains("Earlier troops");
    }

    @Test
    void
            aBurstShowsItsTermsWrittenFormAndItsArticlesAgainstTheMeanOfTheWindowBeforeAndListsThoseWithTheTermMostUsesFirst() {
        assertThat(byId("bursts").getTextContent())
                .contains("troops2024-10-145.54 articles vs baseline 0.5")
                .contains("kursk2024-10-142.04 articles vs baseline 0.0");
        Element troop =
                (Element) byId("burst-articles").getElementsByTagName("details").item(0);
        assertThat(troop.getElementsByTagName("summary").item(0).getTextContent())
                .startsWith("troops, week of 2024-10-14");
        // a3 uses the term three times, a1 twice; a4 is not about the subject, a5 is of another week.
        assertThat(titles(troop)).containsExactly("<i>Treaty</i> signed", "Troops & Kursk");
        assertThat(troop.getTextContent()).doesNotContain("more article");
        Element kursk =
                (Element) byId("burst-articles").getElementsByTagName("details").item(1);
        assertThat(titles(kursk)).containsExactly("Troops & Kursk");
    }

    @Test
    void theBaselineIsMeasuredOverTheWindowTermTrendsMeasuresBurstZOver() {
        int window = 3;
        Random random = new Random(20241112);
        StructType articleSchema = StructType.fromDDL("article_id string, published_date date, relevant boolean");
        StructType weightSchema = StructType.fromDDL("article_id string, term string, tfidf double");
        List<Row> articles = new ArrayList<>();
        List<Row> weights = new ArrayList<>();
        for (int a = 0; a < 120; a++) {
            // Twenty weeks with a gap of five: absent weeks must count as 0 in both definitions.
            int week = random.nextInt(15);
            week = week >= 8 ? week + 5 : week;
            LocalDate published = LocalDate.parse("2024-01-01").plusWeeks(week).plusDays(random.nextInt(7));
            articles.add(RowBuilder.of(articleSchema)
                    .set(Columns.ARTICLE_ID, "d" + a)
                    .set(Columns.PUBLISHED_DATE, Date.valueOf(published))
                    .set(Columns.RELEVANT, true)
                    .build());
            for (String t : List.of("alpha", "beta", "gamma")) {
                if (random.nextInt(3) > 0) {
                    weights.add(RowBuilder.of(weightSchema)
                            .set(Columns.ARTICLE_ID, "d" + a)
                            .set(Columns.TERM, t)
                            .set(Columns.TFIDF, Math.round(random.nextDouble() * 1000) / 100.0)
                            .build());
                }
            }
        }
        Dataset<Row> trends = TermTrendsStep.run(
                        spark.createDataFrame(articles, articleSchema),
                        spark.createDataFrame(weights, weightSchema),
                        List.of("week"),
                        new TfIdfConfig(10, 1, 20, 1000, window, 1))
                .filter("scope = 'relevant'");
        Map<String, Map<Long, Double>> history = new java.util.HashMap<>();
        List<Row> rows = trends.select(Columns.TERM, Columns.PERIOD_START, Columns.TFIDF, Columns.BURST_Z)
                .collectAsList();
        rows.forEach(r -> history.computeIfAbsent(r.getString(0), k -> new java.util.HashMap<>())
                .put(Granularity.WEEK.index(r.getDate(1).toLocalDate()), r.getDouble(2)));
        long checked = 0;
        for (Row r : rows) {
            if (r.isNullAt(3)) {
                continue;
            }
            TrailingWindow w = TrailingWindow.before(
                    history.get(r.getString(0)),
                    Granularity.WEEK.index(r.getDate(1).toLocalDate()),
                    window);
            double z = r.getDouble(3);
            assertThat((r.getDouble(2) - w.mean()) / w.sd()).isCloseTo(z, within(1e-9 * Math.max(1, Math.abs(z))));
            checked++;
        }
        assertThat(checked).isGreaterThan(30);
    }

    @Test
    void runHealthSplitsTheRecordsAndCountsRejectsByReason() {
        String svgText = ReportChartsTest.elements(page, "svg").stream()
                .map(Element::getTextContent)
                .reduce("", String::concat);
        assertThat(svgText)
                .contains("exact copies0")
                .contains("near copies1")
                .contains("repeated records2")
                .contains("missing_text2")
                .contains("too_large1");
        assertThat(byId("run-table").getTextContent())
                .contains("2024-11-12 03:00:00")
                .contains("succeeded");
    }

    private Element byId(String id) {
        return ReportChartsTest.elements(page, "*").stream()
                .filter(e -> id.equals(e.getAttribute("id")))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, Object> coverage(String week, long n, long k) {
        return Map.ofEntries(
                Map.entry(Columns.PERIOD_START, date(week)),
                Map.entry(Columns.GRANULARITY, "week"),
                Map.entry(Columns.SOURCE, "*"),
                Map.entry(Columns.LANGUAGE, "*"),
                Map.entry(Columns.N_ARTICLES, n),
                Map.entry(Columns.N_UNIQUE, n),
                Map.entry(Columns.N_RELEVANT, k),
                Map.entry(Columns.N_RELEVANT_UNIQUE, k),
                Map.entry(Columns.RELEVANT_OUTLETS, 1L),
                Map.entry(Columns.ATTENTION, k / (double) n),
                Map.entry(Columns.ATTENTION_LOW, WilsonInterval.low(k, n)),
                Map.entry(Columns.ATTENTION_HIGH, WilsonInterval.high(k, n)));
    }

    private static Map<String, Object> term(String week, String term, int rank, long docFreq, Double burst) {
        Map<String, Object> row = new java.util.HashMap<>(Map.of(
                Columns.PERIOD_START,
                date(week),
                Columns.GRANULARITY,
                "week",
                Columns.SCOPE,
                "relevant",
                Columns.TERM,
                term,
                Columns.DOC_FREQ,
                docFreq,
                Columns.TFIDF,
                1.0 / rank,
                Columns.RANK,
                rank));
        row.put(Columns.BURST_Z, burst);
        // The stem a reader never sees: troop is written "troops"; kursk, as if from an older run, has no form.
        row.put(Columns.FORM, term.equals("troop") ? "troops" : null);
        return row;
    }

    private static Map<String, Object> article(
            String id, String title, String url, String published, double relevance, String night, String... terms) {
        return Map.of(
                Columns.ARTICLE_ID,
                id,
                Columns.TITLE,
                title,
                Columns.SOURCE,
                "KCNA",
                Columns.URL,
                url,
                Columns.PUBLISHED_DATE,
                date(published),
                Columns.RELEVANT,
                relevance > 0,
                Columns.RELEVANCE_SCORE,
                relevance,
                Columns.RUN_DATE,
                date(night),
                // Each night's run writes its own id: the latest reading is picked by run_date, then run_id.
                Columns.RUN_ID,
                "run-" + night,
                Columns.TERMS,
                List.of(terms));
    }

    private static Map<String, Object> docTopic(String id, double first, double second) {
        return Map.of(
                Columns.ARTICLE_ID,
                id,
                Columns.MODEL_VERSION,
                "lda-1",
                Columns.TOPIC_WEIGHTS,
                List.of(first, second),
                Columns.DOMINANT_TOPIC,
                first >= second ? 0 : 1,
                Columns.DOMINANT_WEIGHT,
                Math.max(first, second));
    }

    private static List<String> titles(Element list) {
        NodeList items = list.getElementsByTagName("li");
        return java.util.stream.IntStream.range(0, items.getLength())
                .mapToObj(i -> items.item(i).getFirstChild().getTextContent().trim())
                .toList();
    }

    private static List<String> links(Element list) {
        NodeList anchors = list.getElementsByTagName("a");
        return java.util.stream.IntStream.range(0, anchors.getLength())
                .mapToObj(i -> ((Element) anchors.item(i)).getAttribute("href"))
                .toList();
    }

    private static Map<String, Object> topicTrend(String source, String language, int topic, double prevalence) {
        return Map.of(
                Columns.PERIOD_START,
                date("2024-10-14"),
                Columns.GRANULARITY,
                "week",
                Columns.SOURCE,
                source,
                Columns.LANGUAGE,
                language,
                Columns.MODEL_VERSION,
                "lda-1",
                Columns.TOPIC_ID,
                topic,
                Columns.PREVALENCE,
                prevalence,
                Columns.N_ARTICLES,
                2L,
                Columns.N_DOMINANT,
                topic == 0 ? 2L : 0L);
    }

    /** One of a topic's top terms, a struct of {@code topics.terms}. */
    private static Row topicTerm(String term, double weight) {
        StructType struct = (StructType) ((ArrayType)
                        Tables.spec(Tables.TOPICS).schema().apply(Columns.TERMS).dataType())
                .elementType();
        return RowBuilder.of(struct)
                .set(Columns.TERM, term)
                .set(Columns.WEIGHT, weight)
                .build();
    }

    private static Date date(String day) {
        return Date.valueOf(day);
    }

    /** Rows given as column → value; the table's other columns are null. */
    @SafeVarargs
    private static void write(TableWriter tables, String table, Map<String, Object>... rows) {
        List<Row> list = new ArrayList<>();
        for (Map<String, Object> values : rows) {
            RowBuilder row = RowBuilder.of(table);
            for (StructField field : Tables.spec(table).schema().fields()) {
                row.set(field.name(), values.get(field.name()));
            }
            list.add(row.build());
        }
        tables.replaceAll(table, spark.createDataFrame(list, Tables.spec(table).schema()));
    }
}
