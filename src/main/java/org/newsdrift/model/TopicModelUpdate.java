package org.newsdrift.model;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsdrift.config.LdaConfig;
import org.newsdrift.config.RunConfig;
import org.newsdrift.table.Columns;
import org.newsdrift.table.TableWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the topic model of the subject's coverage up to date, as one operation. By default (a nightly run) it scores
 * the relevant articles with the current version and fits a new one only when there is none, the analyzer changed,
 * the schedule says so or tonight's articles drifted away from it; {@link #onDemand} fits one whatever the drift,
 * optionally sweeping k. Every new version is saved, aligned to the previous one so topics keep their ids, and made
 * current last; the scored articles are written to doc_topics and handed to {@link #onScored}.
 */
public final class TopicModelUpdate {
    private static final Logger LOG = LoggerFactory.getLogger(TopicModelUpdate.class);
    private static final String REQUESTED = "requested";
    private static final String SWEEP = "sweep";

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
        String previous = spark.sparkContext().getLocalProperty("spark.job.description");
        spark.sparkContext().setJobDescription("topics: " + (onDemandSeed == null ? "nightly update" : "retrain"));
        try {
            UpdateContext context = new UpdateContext(spark, tables, store, config, runId, runDate, analyzerHash);
            Dataset<Row> docs = corpus.filter(col(Columns.RELEVANT));
            return onDemandSeed == null ? nightly(context, docs) : fitOnDemand(context, docs);
        } finally {
            spark.sparkContext().setJobDescription(previous);
        }
    }

    private TopicModelUpdateResult nightly(UpdateContext context, Dataset<Row> docs) {
        LdaConfig lda = context.lda();
        Optional<ModelStore.Saved> current = store.current();
        String reason = Drift.reasonBeforeDrift(
                current.map(ModelStore.Saved::metadata).orElse(null), analyzerHash, runDate, context.updates());
        Drift drift = null;
        if (reason == null) {
            drift = DriftStep.measure(
                    current.get(), docs.filter(col(Columns.RUN_DATE).equalTo(lit(Date.valueOf(runDate)))));
            reason = drift.reason(context.updates());
        }
        ModelStore.Saved model = current.orElse(null);
        String note = null;
        String lineage = null;
        if (reason != null) {
            LOG.info("topics: fitting a new model version ({})", reason);
            Optional<ModelStore.Saved> warmFrom =
                    Drift.canWarmStart(reason) ? warmSource(context, current, lda.k()) : Optional.empty();
            TopicFit fit = TopicModelStep.fit(docs, lda, lda.k(), lda.seed(), warmTopics(warmFrom));
            if (fit == null) {
                note = (current.isEmpty() ? "no topic model" : "no new topic model") + tooFew(lda);
            } else {
                ModelVersionStep.Versioned saved = versions(context).save(fit, reason, current, warmFrom, texts);
                model = saved.saved();
                lineage = saved.lineage();
            }
        }
        if (model == null) {
            return TopicModelUpdateResult.notFitted(null, reason, note);
        }
        long documents = publish(context, model, docs);
        ModelAction action = model != current.orElse(null) ? ModelAction.FITTED : ModelAction.SCORED;
        return new TopicModelUpdateResult(
                model.metadata().version(),
                action,
                reason,
                drift == null ? null : drift.oovRate(),
                drift == null ? null : drift.perplexityRatio(),
                documents,
                note,
                lineage);
    }

    private TopicModelUpdateResult fitOnDemand(UpdateContext context, Dataset<Row> docs) {
        LdaConfig lda = context.lda();
        long seed = onDemandSeed;
        Optional<ModelStore.Saved> current = store.current();
        Optional<ModelStore.Saved> warmFrom =
                warm && sweep.isEmpty() ? warmSource(context, current, lda.k()) : Optional.empty();
        TopicFit fit = sweep.isEmpty()
                ? TopicModelStep.fit(docs, lda, lda.k(), seed, warmTopics(warmFrom))
                : SweepStep.sweep(
                        context,
                        aligner(context),
                        docs,
                        seed,
                        sweep.get().isEmpty() ? SweepStep.forCorpus(docs) : sweep.get());
        if (fit == null) {
            return TopicModelUpdateResult.notFitted(
                    current.map(s -> s.metadata().version()).orElse(null),
                    REQUESTED,
                    "no new topic model" + tooFew(lda));
        }
        String reason = sweep.isEmpty() ? REQUESTED : SWEEP;
        ModelVersionStep.Versioned saved = versions(context).save(fit, reason, current, warmFrom, texts);
        long documents = publish(context, saved.saved(), docs);
        return new TopicModelUpdateResult(
                saved.saved().metadata().version(),
                ModelAction.FITTED,
                reason,
                null,
                null,
                documents,
                null,
                saved.lineage());
    }

    /**
     * The version a Gibbs refit of k topics starts from: the current one, when warm starts are on, it has k topics and
     * its terms were made by the same analyzer.
     */
    private Optional<ModelStore.Saved> warmSource(UpdateContext context, Optional<ModelStore.Saved> current, int k) {
        if (!context.lda().optimizer().equals("gibbs") || !context.updates().warmStart() || current.isEmpty()) {
            return Optional.empty();
        }
        ModelMetadata previous = current.get().metadata();
        if (previous.k() != k || !previous.analyzerHash().equals(analyzerHash)) {
            LOG.info(
                    "topics: cold start: the current version {} has k={} (fitting k={}){}",
                    previous.version(),
                    previous.k(),
                    k,
                    previous.analyzerHash().equals(analyzerHash) ? "" : " and another analyzer");
            return Optional.empty();
        }
        LOG.info("topics: warm start from version {}", previous.version());
        return current;
    }

    private static List<Map<String, Double>> warmTopics(Optional<ModelStore.Saved> from) {
        return from.map(s ->
                        TopicDistributions.distributions(s.lda(), s.vectorizer().vocabulary()))
                .orElse(null);
    }

    /** Scores every relevant article with the version; writes doc_topics and hands them on. */
    private long publish(UpdateContext context, ModelStore.Saved model, Dataset<Row> docs) {
        Dataset<Row> docTopics = new TopicTablesStep(context).docTopics(model, docs);
        onScored.accept(model.metadata().version(), docTopics, model.metadata().topicIdArray());
        return docTopics.count();
    }

    private static String tooFew(LdaConfig lda) {
        return ": fewer than lda.min_documents (" + lda.minDocuments()
                + ") relevant training articles have vocabulary terms";
    }

    private static TopicAligner aligner(UpdateContext context) {
        return new TopicAligner(context.updates().matchThreshold());
    }

    private static ModelVersionStep versions(UpdateContext context) {
        return new ModelVersionStep(context, aligner(context));
    }
}
