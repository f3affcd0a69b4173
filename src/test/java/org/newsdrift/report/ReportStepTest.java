package org.newsdrift.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdrift.SparkTestSession;
import org.newsdrift.config.SubjectConfig;
import org.newsdrift.config.SubjectConfig.AliasGroup;
import org.newsdrift.config.SubjectConfig.Entity;
import org.newsdrift.table.TableWriter;
import org.newsdrift.table.Tables;
import org.newsdrift.trends.WilsonInterval;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The report step over a few hand-written table rows: the right peak, terms, topics and counts reach the page. */
class ReportStepTest {
  private static final SubjectConfig SUBJECT = new SubjectConfig("russia-dprk", "Russia–North Korea ties.", List.of(
      new AliasGroup("Russia", List.of(new Entity("russia", List.of("Russia"), null))),
      new AliasGroup("North Korea", List.of(new Entity("north_korea", List.of("DPRK"), null)))));
  private static SparkSession spark;

  @TempDir static Path output;
  private static Document page;

  @BeforeAll
  static void writeTablesAndTheReport() throws Exception {
    spark = SparkTestSession.start(ReportStepTest.class.getSimpleName());
    TableWriter tables = new TableWriter(output.toString());
    // One article in a week is 100% attention but a wide interval; 30 of 60 is the real peak.
    write(tables, Tables.COVERAGE, coverage("2024-10-07", 1, 1), coverage("2024-10-14", 60, 30),
        coverage("2024-10-21", 50, 5));
    write(tables, Tables.TERM_TRENDS,
        term("2024-10-14", "russia", 1, null), term("2024-10-14", "troop", 2, 5.5), term("2024-10-14", "kursk", 3, 2.0),
        term("2024-10-07", "troop", 1, null));
    write(tables, Tables.TOPICS, Map.of("model_version", "lda-1", "topic_id", 0, "label", "troop / kursk / war",
        "terms", List.of(RowFactory.create("troop", 0.2), RowFactory.create("kursk", 0.1))),
        Map.of("model_version", "lda-1", "topic_id", 1, "label", "<b>treati</b> / sign", "terms", List.of()));
    write(tables, Tables.DOC_TOPICS,
        Map.of("article_id", "a1", "model_version", "lda-1", "topic_weights", List.of(0.9, 0.1), "dominant_topic", 0,
            "dominant_weight", 0.9));
    write(tables, Tables.TOPIC_TRENDS, topicTrend(0, 0.7), topicTrend(1, 0.3));
    write(tables, Tables.ARTICLES,
        Map.of("article_id", "a1", "title", "Troops & Kursk", "published_date", date("2024-10-15"), "run_date", date("2024-11-12")),
        Map.of("article_id", "a2", "duplicate_of", "a1", "duplicate_kind", "near", "run_date", date("2024-11-12")));
    write(tables, Tables.REJECTS, Map.of("reason", "missing_text", "run_date", date("2024-11-12")),
        Map.of("reason", "missing_text", "run_date", date("2024-11-12")),
        Map.of("reason", "too_large", "run_date", date("2024-11-12")));
    write(tables, Tables.RUNS, Map.ofEntries(Map.entry("run_id", "r1"), Map.entry("run_date", date("2024-11-12")),
        Map.entry("started_at", Timestamp.from(Instant.parse("2024-11-12T03:00:00Z"))), Map.entry("status", "succeeded"),
        Map.entry("records_read", 7L), Map.entry("accepted", 1L), Map.entry("rejected", 3L),
        Map.entry("duplicates", 3L), Map.entry("relevant", 1L), Map.entry("model_version", "lda-1")));

    String file = ReportStep.write(spark, output.toString(), SUBJECT);
    assertThat(file).isEqualTo(output + "/report/index.html");
    page = ReportChartsTest.parse(Files.readString(output.resolve("report/index.html"), StandardCharsets.UTF_8));
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void thePeakIsThePeriodWithTheHighestLowerBoundAndItsTermsLeaveTheSubjectOut() {
    assertThat(byId("summary").getTextContent())
        .startsWith("Coverage peaked in the week of 2024-10-14: 30 of 60 articles (50.0%")
        .contains("Top terms (stems): troop, kursk.")
        .contains("Main topics: troop / kursk / war (70%); <b>treati</b> / sign (30%).");
  }

  @Test
  void topicsCarryTheirLabelsArticleCountsAndMostTypicalArticle() {
    String topics = byId("topic-table").getTextContent();
    assertThat(topics).contains("troop / kursk / war").contains("2024-10-15 Troops & Kursk").contains("<b>treati</b>");
    assertThat(ReportChartsTest.elements(page, "b")).isEmpty();
  }

  @Test
  void runHealthSplitsTheRecordsAndCountsRejectsByReason() {
    String svgText = ReportChartsTest.elements(page, "svg").stream().map(Element::getTextContent).reduce("", String::concat);
    assertThat(svgText).contains("exact copies0").contains("near copies1").contains("repeated records2")
        .contains("missing_text2").contains("too_large1");
    assertThat(byId("run-table").getTextContent()).contains("2024-11-12 03:00:00").contains("succeeded");
    assertThat(byId("bursts").getTextContent()).contains("troop2024-10-145.5");
  }

  private Element byId(String id) {
    return ReportChartsTest.elements(page, "*").stream().filter(e -> id.equals(e.getAttribute("id"))).findFirst()
        .orElseThrow();
  }

  private static Map<String, Object> coverage(String week, long n, long k) {
    return Map.ofEntries(Map.entry("period_start", date(week)), Map.entry("granularity", "week"),
        Map.entry("source", "*"), Map.entry("language", "*"), Map.entry("n_articles", n), Map.entry("n_unique", n),
        Map.entry("n_relevant", k), Map.entry("n_relevant_unique", k), Map.entry("relevant_outlets", 1L),
        Map.entry("attention", k / (double) n), Map.entry("attention_low", WilsonInterval.low(k, n)),
        Map.entry("attention_high", WilsonInterval.high(k, n)));
  }

  private static Map<String, Object> term(String week, String term, int rank, Double burst) {
    Map<String, Object> row = new java.util.HashMap<>(Map.of("period_start", date(week), "granularity", "week",
        "scope", "relevant", "term", term, "doc_freq", 4L, "tfidf", 1.0 / rank, "rank", rank));
    row.put("burst_z", burst);
    return row;
  }

  private static Map<String, Object> topicTrend(int topic, double prevalence) {
    return Map.of("period_start", date("2024-10-14"), "granularity", "week", "source", "*", "model_version", "lda-1",
        "topic_id", topic, "prevalence", prevalence, "n_articles", 1L, "n_dominant", topic == 0 ? 1L : 0L);
  }

  private static Date date(String day) {
    return Date.valueOf(day);
  }

  /** Rows given as column → value; the table's other columns are null. */
  @SafeVarargs
  private static void write(TableWriter tables, String table, Map<String, Object>... rows) {
    List<Row> list = new ArrayList<>();
    StructField[] fields = Tables.spec(table).schema().fields();
    for (Map<String, Object> values : rows) {
      Object[] row = new Object[fields.length];
      for (int i = 0; i < fields.length; i++) {
        row[i] = values.get(fields[i].name());
      }
      list.add(RowFactory.create(row));
    }
    tables.replaceAll(table, spark.createDataFrame(list, Tables.spec(table).schema()));
  }
}
