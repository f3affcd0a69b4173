package org.newsdrift.job;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsdrift.config.JobConfig;
import org.newsdrift.ingest.InputFile;
import org.newsdrift.ingest.InputLedger;
import org.newsdrift.model.TfIdfResult;
import org.newsdrift.model.TfIdfStep;
import org.newsdrift.model.TopicModelUpdateResult;
import org.newsdrift.table.TableWriter;
import org.newsdrift.table.Tables;
import org.newsdrift.text.SurfaceFormStep;
import org.newsdrift.trends.CoverageStep;
import org.newsdrift.trends.TermTrendsStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nightly run: read tonight's inputs into the night's partition of {@code articles} and {@code rejects}, then
 * recompute TF-IDF, coverage, topics and trends over the articles of every night.
 *
 * <p>Duplicates are found among tonight's records and every other night's articles together, and earlier nights
 * whose rows that changes are rewritten in the same staged write as tonight's partition ({@link NightIngest}): after
 * any sequence of nights the articles are those one backfill over the same files gives. Everything else about an
 * article depends on its own file only.
 */
final class NightlyJob {
    private static final Logger LOG = LoggerFactory.getLogger(NightlyJob.class);

    private final SparkSession spark;
    private final RunContext run;
    private final JobConfig config;
    private final TableWriter tables;
    private final ArticleCorpus articles;
    private final boolean reprocess;
    private final StepLog steps;

    NightlyJob(SparkSession spark, RunContext run, boolean reprocess, StepLog steps) {
        this.spark = spark;
        this.run = run;
        this.reprocess = reprocess;
        this.steps = steps;
        this.config = run.config().job();
        this.tables = new TableWriter(run.output());
        this.articles = new ArticleCorpus(spark, run, tables);
    }

    NightlyResult run() {
        steps.start("input ledger");
        Ledger ledger = new Ledger(spark, run, tables);
        List<InputLedger.Decision> decisions = ledger.decide(reprocess);
        List<InputFile> toRead = Ledger.toRead(decisions);
        steps.end((long) toRead.size());
        RunCounts counts = toRead.isEmpty() ? RunCounts.NONE : new NightIngest(spark, run, tables, steps).read(toRead);

        steps.start("corpus");
        Dataset<Row> corpus = articles.canonicalWithTerms();
        try {
            steps.end(corpus.count());
            steps.start("tfidf and term trends");
            writeTerms(corpus);
            steps.end(null);

            steps.start("coverage");
            tables.replaceAll(Tables.COVERAGE, CoverageStep.run(articles.latest(), config.granularities()));
            steps.end(null);

            steps.start("topics");
            TopicModelUpdateResult topics = updateTopics(corpus);
            steps.end(null);

            steps.start("record input ledger");
            ledger.record(decisions);
            steps.end((long) decisions.size());
            return new NightlyResult(
                    counts, topics, toRead.stream().map(InputFile::uri).toList());
        } finally {
            corpus.unpersist();
        }
    }

    /** Writes {@code article_terms} and {@code term_trends}. */
    private void writeTerms(Dataset<Row> corpus) {
        try (TfIdfResult tfidf = TfIdfStep.run(corpus, config.tfidf())) {
            tables.replaceAll(Tables.ARTICLE_TERMS, tfidf.articleTerms());
            // Written forms from the relevant articles only, which are few: analysing every article again each night
            // would cost what storing their terms saves. Terms only the "all" scope has keep a null form.
            Dataset<Row> forms = SurfaceFormStep.forms(
                    articles.relevantTexts(), config.text(), run.config().subject());
            tables.replaceAll(
                    Tables.TERM_TRENDS,
                    SurfaceFormStep.withForms(
                            TermTrendsStep.run(corpus, tfidf.weights(), config.granularities(), config.tfidf()),
                            forms));
        }
    }

    /** The topics block: updates the topic model when tonight's articles call for it, and its tables. */
    private TopicModelUpdateResult updateTopics(Dataset<Row> corpus) {
        TopicModelUpdateResult topics = TopicTables.update(spark, run, tables, corpus, articles.relevantTexts())
                .execute();
        if (!topics.hasModel()) {
            LOG.warn("{}", topics.note());
            tables.replaceAll(
                    Tables.TOPIC_TRENDS,
                    spark.createDataFrame(
                            List.of(), Tables.spec(Tables.TOPIC_TRENDS).schema()));
        }
        TopicTables.ensureExist(spark, tables);
        LOG.info("topics: {}", topics.action());
        return topics;
    }
}
