package org.newsdrift.model;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsdrift.config.RunConfig;
import org.newsdrift.table.Columns;
import org.newsdrift.table.JobDescription;
import org.newsdrift.table.TableWriter;

/**
 * Keeps the topic model of the subject's coverage up to date, as one operation. By default (a nightly run) it scores
 * the relevant articles with the current version and fits a new one only when there is none, the analyzer changed,
 * the schedule says so or tonight's articles drifted away from it; {@link #onDemand} fits one whatever the drift,
 * optionally sweeping k. Every new version is saved, aligned to the previous one so topics keep their ids, and made
 * current last; the scored articles are written to doc_topics and handed to {@link #onScored}.
 */
public final class TopicModelUpdate {
    /** Receives the articles a version scored, as written to doc_topics, with the version and its topic id by index. */
    @FunctionalInterface
    public interface ScoredArticles {
        void accept(String modelVersion, Dataset<Row> docTopics, int[] topicIds);
    }

    private final SparkSession spark;
    private final RunConfig config;
    private final TableWriter tables;
    private final ModelStore store;
    private String runId;
    private LocalDate runDate;
    private String analyzerHash;
    private Dataset<Row> corpus;
    private Dataset<Row> texts;
    private Long onDemandSeed;
    private Optional<List<Integer>> sweep = Optional.empty();
    private boolean warm = true;
    private ScoredArticles onScored = (version, docTopics, topicIds) -> {};

    /** @param store where versions are saved and which one is current */
    public TopicModelUpdate(SparkSession spark, RunConfig config, TableWriter tables, ModelStore store) {
        this.spark = spark;
        this.config = config;
        this.tables = tables;
        this.store = store;
    }

    /** The run that updates: its id, its night and the hash of the analyzer its terms were made with. */
    public TopicModelUpdate run(String id, LocalDate date, String analyzer) {
        if (id == null || date == null || analyzer == null) {
            throw new IllegalArgumentException("Cannot update the topic model: run id, date and analyzer hash are all "
                    + "needed (" + id + ", " + date + ", " + analyzer + ")");
        }
        this.runId = id;
        this.runDate = date;
        this.analyzerHash = analyzer;
        return this;
    }

    /**
     * @param canonical canonical articles with article_id, terms, relevant, run_date, source, published_date, title
     * @param relevantTexts relevant canonical articles with article_id, title, text, language (read only when a
     *     version is fitted, for labels)
     */
    public TopicModelUpdate articles(Dataset<Row> canonical, Dataset<Row> relevantTexts) {
        if (canonical == null || relevantTexts == null) {
            throw new IllegalArgumentException("Cannot update the topic model: articles and texts are both needed");
        }
        this.corpus = canonical;
        this.texts = relevantTexts;
        return this;
    }

    /** Fits a new version now with this seed, whatever the drift (the retrain command). */
    public TopicModelUpdate onDemand(long seed) {
        this.onDemandSeed = seed;
        return this;
    }

    /**
     * Chooses k by a sweep instead of taking lda.k (on demand only; always a cold start).
     *
     * @param ks the k to compare, or an empty list for those {@link SweepGrid} gives the number of training articles
     */
    public TopicModelUpdate sweep(List<Integer> ks) {
        if (ks == null || ks.stream().anyMatch(k -> k == null || k < 2)) {
            throw new IllegalArgumentException("Cannot sweep k: every k must be at least 2 (" + ks + ")");
        }
        this.sweep = Optional.of(List.copyOf(ks));
        return this;
    }

    /** Fits on demand from random topics even where a warm start from the current version is allowed. */
    public TopicModelUpdate coldStart() {
        this.warm = false;
        return this;
    }

    /** What to do with the scored articles besides doc_topics (topic examples and trends, written downstream). */
    public TopicModelUpdate onScored(ScoredArticles consumer) {
        if (consumer == null) {
            throw new IllegalArgumentException(
                    "Cannot update the topic model: the consumer of scored articles is null");
        }
        this.onScored = consumer;
        return this;
    }

    /** Runs the update; never null ({@link TopicModelUpdateResult#EMPTY} and its kin when nothing was scored). */
    public TopicModelUpdateResult execute() {
        if (runId == null || corpus == null) {
            throw new IllegalStateException("Cannot update the topic model: "
                    + (runId == null ? "run(...)" : "articles(...)") + " was not set");
        }
        if (sweep.isPresent() && onDemandSeed == null) {
            throw new IllegalStateException(
                    "Cannot update the topic model: a sweep is on demand only (" + sweep.get() + ")");
        }
        try (JobDescription job =
                JobDescription.of(spark, "topics: " + (onDemandSeed == null ? "nightly update" : "retrain"))) {
            UpdateExecution execution = new UpdateExecution(
                    new UpdateContext(spark, tables, store, config, runId, runDate, analyzerHash), texts, onScored);
            Dataset<Row> docs = corpus.filter(col(Columns.RELEVANT));
            return onDemandSeed == null ? execution.nightly(docs) : execution.onDemand(docs, onDemandSeed, sweep, warm);
        }
    }
}
