package org.newsdrift.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.storage.StorageLevel;
import org.newsdrift.clean.CleanStep;
import org.newsdrift.clean.DedupeStep;
import org.newsdrift.clean.TemplateStep;
import org.newsdrift.clean.dedupe.NearDuplicateResult;
import org.newsdrift.clean.dedupe.NearDuplicateStep;
import org.newsdrift.config.JobConfig;
import org.newsdrift.ingest.IngestStep;
import org.newsdrift.ingest.InputFile;
import org.newsdrift.ingest.InputLedger;
import org.newsdrift.model.ModelStore;
import org.newsdrift.model.TfIdfResult;
import org.newsdrift.model.TfIdfStep;
import org.newsdrift.model.TopicModelUpdate;
import org.newsdrift.model.TopicModelUpdateResult;
import org.newsdrift.table.Columns;
import org.newsdrift.table.TableWriter;
import org.newsdrift.table.Tables;
import org.newsdrift.text.RelevanceStep;
import org.newsdrift.text.SurfaceFormStep;
import org.newsdrift.text.TokenizeStep;
import org.newsdrift.trends.CoverageStep;
import org.newsdrift.trends.TermTrendsStep;
import org.newsdrift.trends.TopicExamplesStep;
import org.newsdrift.trends.TopicTrendsStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nightly run: read tonight's inputs into the night's partition of {@code articles} and {@code rejects}, then
 * recompute TF-IDF, coverage, topics and trends over the articles of every night.
 *
 * <p>Duplicates are found among tonight's records and every other night's articles together, and earlier nights
 * whose rows that changes (a canonical article that turns out to be a copy of one read tonight, a cluster that
 * grows) are rewritten in the same staged write as tonight's partition: after any sequence of nights the articles
 * are those one backfill over the same files gives. Everything else about an article depends on its own file only.
 */
final class NightlyJob {
  private static final Logger LOG = LoggerFactory.getLogger(NightlyJob.class);
  /** Article columns derived from all nights' rows together, recomputed every night. */
  private static final List<String> DUPLICATE_COLUMNS = List.of("duplicate_of", "duplicate_kind", "copies", "outlets");
  /** Article columns scored from a row's own title and text, once, by the night that reads it. */
  private static final List<String> RELEVANCE_COLUMNS =
      List.of("relevant", "relevance_score", "matched_terms", "evidence", "article_kind");
  /** Article columns a record does not have: scored, deduplicated or analysed from it. */
  private static final List<String> DERIVED_COLUMNS = Stream.of(DUPLICATE_COLUMNS, RELEVANCE_COLUMNS,
      List.of("also_read_from", "terms", "terms_analyzer", "lsh_keys", "lsh_settings")).flatMap(List::stream).toList();

  private final SparkSession spark;
  private final RunContext run;
  private final JobConfig config;
  private final TableWriter tables;
  private final ArticleCorpus articles;
  private final boolean reprocess;
  private final StepLog steps;
  /** Tonight's run date, as the articles' partition column holds it. */
  private final Date runDate;

  NightlyJob(SparkSession spark, RunContext run, boolean reprocess, StepLog steps) {
    this.spark = spark;
    this.run = run;
    this.reprocess = reprocess;
    this.steps = steps;
    this.runDate = Date.valueOf(run.runDate());
    this.config = run.config().job();
    this.tables = new TableWriter(run.output());
    this.articles = new ArticleCorpus(spark, run, tables);
  }

  NightlyResult run() {
    steps.start("input ledger");
    Ledger ledger = new Ledger(spark, run, tables);
    List<InputLedger.Decision> decisions = ledger.decide(reprocess);
    List<InputFile> toRead = decisions.stream().filter(InputLedger.Decision::toRead)
        .map(InputLedger.Decision::file).toList();
    LOG.info("input ledger: {} files, {} to read ({} new, {} changed, {} reprocessed), {} unchanged", decisions.size(),
        toRead.size(), count(decisions, "new"), count(decisions, "changed"), count(decisions, "reprocessed"),
        count(decisions, "unchanged"));
    steps.end((long) toRead.size());
    RunCounts counts = toRead.isEmpty() ? new RunCounts(0, 0, 0, 0, 0) : ingest(toRead);
    steps.start("corpus");
    Dataset<Row> corpus = articles.canonicalWithTerms();
    try {
      steps.end(corpus.count());
      steps.start("tfidf and term trends");
      try (TfIdfResult tfidf = TfIdfStep.run(corpus, config.tfidf())) {
        tables.replaceAll(Tables.ARTICLE_TERMS, tfidf.articleTerms());
        // Written forms from the relevant articles only, which are few: analysing every article again each night
        // would cost what storing their terms saves. Terms only the "all" scope has keep a null form.
        Dataset<Row> forms = SurfaceFormStep.forms(articles.relevantTexts(), config.text(), run.config().subject());
        tables.replaceAll(Tables.TERM_TRENDS, SurfaceFormStep.withForms(
            TermTrendsStep.run(corpus, tfidf.weights(), config.granularities(), config.tfidf()), forms));
      }
      steps.end(null);

      steps.start("coverage");
      tables.replaceAll(Tables.COVERAGE, CoverageStep.run(articles.latest(), config.granularities()));
      steps.end(null);

      steps.start("topics");
      TopicModelUpdateResult topics = topicModelUpdate(spark, run, tables, corpus, articles.relevantTexts()).execute();
      if (!topics.hasModel()) {
        LOG.warn("{}", topics.note());
        tables.replaceAll(Tables.TOPIC_TRENDS, spark.createDataFrame(List.of(),
            Tables.spec(Tables.TOPIC_TRENDS).schema()));
      }
      ensureTopicTablesExist(tables, spark);
      LOG.info("topics: {}", topics.action());
      steps.end(null);
      steps.start("record input ledger");
      ledger.record(decisions);
      steps.end((long) decisions.size());
      return new NightlyResult(counts, topics, toRead.stream().map(InputFile::uri).toList());
    } finally {
      corpus.unpersist();
    }
  }

  /** Reads tonight's new or changed inputs into the night's partitions and accounts for every record. */
  private RunCounts ingest(List<InputFile> toRead) {
    steps.start("ingest and clean");
    Dataset<Row> extracted = CleanStep.extract(IngestStep.run(spark, toRead, config.ingest()))
        .persist(StorageLevel.MEMORY_AND_DISK());
    TemplateStep.Result templates = TemplateStep.run(
        extracted, config.ingest().templateMinPages(), config.ingest().templateSamplePages());
    tables.replaceWhere(Tables.SOURCE_BOILERPLATE, tonightOrFilesOf(toRead), templates.boilerplate()
        .withColumn("run_id", lit(run.runId())).withColumn("run_date", lit(runDate)));
    Dataset<Row> cleaned = CleanStep.finish(templates.rows(), config.ingest())
        .withColumn("run_id", lit(run.runId()))
        .withColumn("run_date", lit(runDate))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long recordsRead = cleaned.count();
      Dataset<Row> acceptedRecords = cleaned.filter(col("reject_reason").isNull());
      long accepted = acceptedRecords.count();
      steps.end(recordsRead);
      Dataset<Row> rejects = cleaned.filter(col("reject_reason").isNotNull())
          .withColumnRenamed("reject_reason", "reason")
          .withColumnRenamed("reject_detail", "detail");
      steps.start("exact and near duplicates");
      Object[] reread = toRead.stream().map(InputFile::uri).toArray();
      Dataset<Row> stored = otherNights();
      Dataset<Row> exact = DedupeStep.run(tonightsRecords(acceptedRecords).unionByName(keptRows(stored, reread)))
          .persist(StorageLevel.MEMORY_AND_DISK());
      NearDuplicateResult near =
          NearDuplicateStep.run(exact.filter(col("duplicate_of").isNull()), config.nearDuplicates());
      steps.end(near.verifiedPairs());
      steps.start("relevance and write articles");
      Dataset<Row> all = withLshKeys(DedupeStep.withNearDuplicates(exact, near.assignments()), near.assignments());
      Column fresh = col("run_date").equalTo(lit(runDate));
      Dataset<Row> articles = RelevanceStep.run(all.filter(fresh), run.config().subject())
          .unionByName(all.filter(functions.not(fresh)))
          .persist(StorageLevel.MEMORY_AND_DISK());
      // Computed once here: changedNights reads it twice, and both of its branches would otherwise score tonight's
      // records at the same time.
      articles.count();
      List<Object> changed = changedNights(stored, articles.filter(functions.not(fresh)));
      List<Object> nights = new ArrayList<>(List.of(runDate));
      nights.addAll(changed);
      if (!changed.isEmpty()) {
        LOG.info("articles: rewriting {} earlier nights whose rows tonight's records change: {}", changed.size(),
            changed);
      }
      tables.replacePartitions(Tables.ARTICLES, "run_date", nights,
          withTerms(articles.filter(fresh.or(col("run_date").isin(changed.toArray())))));
      tables.replaceWhere(Tables.REJECTS, tonightOrFilesOf(toRead), rejects);
      articles.unpersist();
      exact.unpersist();

      // Counted from what was written, so a record lost on the way fails the run instead of passing unnoticed.
      Dataset<Row> written = tonight(Tables.ARTICLES);
      long articleRows = written.count();
      long canonical = written.filter(col("duplicate_of").isNull()).count();
      long relevant = written.filter(col("duplicate_of").isNull().and(RelevanceStep.relevantArticle())).count();
      long rejected = tonight(Tables.REJECTS).count();
      long repeats = accepted - articleRows;
      RunCounts counts = new RunCounts(recordsRead, canonical, rejected, articleRows - canonical + repeats, relevant);
      LOG.info("ingest: {} files, {} records: {} accepted, {} rejected, {} duplicates, {} relevant",
          run.inputs().size(), counts.recordsRead(), counts.accepted(), counts.rejected(), counts.duplicates(),
          counts.relevant());
      steps.end(articleRows);
      return counts;
    } finally {
      cleaned.unpersist();
      extracted.unpersist();
    }
  }

  private Dataset<Row> tonight(String table) {
    return tables.read(spark, table).filter(col("run_date").equalTo(lit(runDate)));
  }

  /** The article rows of every other night, as published before tonight's run. */
  private Dataset<Row> otherNights() {
    if (!tables.exists(spark, Tables.ARTICLES)) {
      return spark.createDataFrame(List.of(), Tables.spec(Tables.ARTICLES).schema());
    }
    return tables.read(spark, Tables.ARTICLES).filter(col("run_date").notEqual(lit(runDate)));
  }

  /** Tonight's accepted records shaped as article rows before deduplication: read once, relevance not yet scored. */
  private static Dataset<Row> tonightsRecords(Dataset<Row> accepted) {
    List<Column> columns = new ArrayList<>();
    for (StructField field : Tables.spec(Tables.ARTICLES).schema().fields()) {
      if (!DUPLICATE_COLUMNS.contains(field.name())) {
        boolean fromRecord = !DERIVED_COLUMNS.contains(field.name());
        columns.add((fromRecord ? col(field.name()) : lit(null)).cast(field.dataType()).as(field.name()));
      }
    }
    return accepted.select(columns.toArray(new Column[0]));
  }

  /**
   * Rows with the band keys near-duplicate detection compared them by (exact copies, which it does not see, without):
   * later nights reuse them instead of shingling every earlier article again.
   */
  private static Dataset<Row> withLshKeys(Dataset<Row> rows, Dataset<Row> assignments) {
    return rows.drop("lsh_keys", "lsh_settings")
        .join(assignments.select("article_id", "lsh_keys", "lsh_settings"), new String[] {"article_id"}, "left");
  }

  /**
   * Canonical rows with their analysed terms, kept from the night that analysed them when the settings are the same,
   * so that later nights read them instead of analysing every article again; copies without.
   */
  private Dataset<Row> withTerms(Dataset<Row> rows) {
    String analyzer = run.analyzerHash();
    Column canonical = col("duplicate_of").isNull();
    return rows
        .withColumn("terms", functions.when(canonical,
            TokenizeStep.storedOrAnalysed(run.config().job().text(), run.config().subject(), analyzer)))
        .withColumn("terms_analyzer", functions.when(canonical, lit(analyzer)));
  }

  /**
   * Other nights' rows as input to deduplication beside tonight's records: without their duplicate columns (derived
   * again from all rows), without the rows of files read again tonight, whose earlier reading tonight's replaces,
   * and without those files in {@code also_read_from}.
   */
  private static Dataset<Row> keptRows(Dataset<Row> stored, Object[] reread) {
    Column rereadFiles = functions.filter(col("also_read_from"), file -> functions.not(file.isin(reread)));
    return stored.filter(functions.not(col("input_file").isin(reread)))
        .withColumn("also_read_from", functions.when(functions.size(rereadFiles).gt(0), rereadFiles))
        .drop(DUPLICATE_COLUMNS.toArray(new String[0]));
  }

  /**
   * The run dates of other nights whose published rows differ from their rows after tonight's deduplication: a
   * canonical article that became a copy of tonight's, a cluster that grew, a row replaced by tonight's reading of
   * the same article, rows of a file read again.
   */
  private static List<Object> changedNights(Dataset<Row> stored, Dataset<Row> after) {
    Column[] key = Stream.concat(Stream.of("article_id", "run_date", "input_file", "locator", "also_read_from"),
        DUPLICATE_COLUMNS.stream()).map(functions::col).toArray(Column[]::new);
    Dataset<Row> before = stored.select(key);
    Dataset<Row> now = after.select(key);
    return before.exceptAll(now).union(now.exceptAll(before)).select("run_date").distinct()
        .orderBy("run_date").collectAsList().stream().map(row -> row.get(0)).toList();
  }

  /**
   * The rows a night replaces in the rejects and learned templates: tonight's partition, and the earlier nights' rows
   * of the files read tonight, which tonight's rows replace. One condition, so each table gets one commit.
   */
  private String tonightOrFilesOf(List<InputFile> toRead) {
    return TableWriter.in("run_date", List.of(runDate)) + " OR "
        + TableWriter.in("input_file", toRead.stream().map(InputFile::uri).toList());
  }

  private static long count(List<InputLedger.Decision> decisions, String status) {
    return decisions.stream().filter(d -> d.status().equals(status)).count();
  }

  /** Readers find every topic table, empty before the first model. */
  /**
   * The topic model update of a run over the canonical articles; the articles it scores also make topic_examples
   * and topic_trends.
   */
  static TopicModelUpdate topicModelUpdate(SparkSession spark, RunContext run, TableWriter tables,
      Dataset<Row> corpus, Dataset<Row> texts) {
    return new TopicModelUpdate(spark, run.config(), tables, new ModelStore(spark, run.output()))
        .run(run.runId(), run.runDate(), run.analyzerHash())
        .articles(corpus, texts)
        .onScored((version, docTopics, ids) -> {
          tables.replacePartition(Tables.TOPIC_EXAMPLES, Columns.MODEL_VERSION, version,
              TopicExamplesStep.run(docTopics, corpus, ids));
          tables.replaceAll(Tables.TOPIC_TRENDS,
              TopicTrendsStep.run(corpus, docTopics, ids, run.config().job().granularities()));
        });
  }

  static void ensureTopicTablesExist(TableWriter tables, SparkSession spark) {
    for (String table : List.of(Tables.TOPICS, Tables.DOC_TOPICS, Tables.TOPIC_LINEAGE, Tables.TOPIC_EXAMPLES,
        Tables.MODEL_SELECTION)) {
      tables.createIfMissing(spark, table);
    }
  }

}
