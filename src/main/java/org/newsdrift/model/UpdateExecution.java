package org.newsdrift.model;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newsdrift.config.LdaConfig;
import org.newsdrift.table.Columns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out a {@link TopicModelUpdate} once it is configured: the nightly path (score with the current version,
 * refit when needed) and the on-demand path (fit now, optionally sweeping k), each saving and publishing the result.
 */
final class UpdateExecution {
    // The update's own logger, so its messages keep the category they have always had.
    private static final Logger LOG = LoggerFactory.getLogger(TopicModelUpdate.class);
    private static final String REQUESTED = "requested";
    private static final String SWEEP = "sweep";

    private final UpdateContext context;
    private final Dataset<Row> texts;
    private final TopicModelUpdate.ScoredArticles onScored;

    UpdateExecution(UpdateContext context, Dataset<Row> texts, TopicModelUpdate.ScoredArticles onScored) {
        this.context = context;
        this.texts = texts;
        this.onScored = onScored;
    }

    TopicModelUpdateResult nightly(Dataset<Row> docs) {
        LdaConfig lda = context.lda();
        Optional<ModelStore.Saved> current = context.store().current();
        String reason = Drift.reasonBeforeDrift(
                current.map(ModelStore.Saved::metadata).orElse(null),
                context.analyzerHash(),
                context.runDate(),
                context.updates());
        Drift drift = null;
        if (reason == null) {
            drift = DriftStep.measure(
                    current.get(), docs.filter(col(Columns.RUN_DATE).equalTo(lit(Date.valueOf(context.runDate())))));
            reason = drift.reason(context.updates());
        }
        ModelStore.Saved model = current.orElse(null);
        String note = null;
        String lineage = null;
        if (reason != null) {
            LOG.info("topics: fitting a new model version ({})", reason);
            Optional<ModelStore.Saved> warmFrom =
                    Drift.canWarmStart(reason) ? warmSource(current, lda.k()) : Optional.empty();
            TopicFit fit = TopicModelStep.fit(docs, lda, lda.k(), lda.seed(), warmTopics(warmFrom));
            if (fit == null) {
                note = (current.isEmpty() ? "no topic model" : "no new topic model") + tooFew(lda);
            } else {
                ModelVersionStep.Versioned saved = versions().save(fit, reason, current, warmFrom, texts);
                model = saved.saved();
                lineage = saved.lineage();
            }
        }
        if (model == null) {
            return TopicModelUpdateResult.notFitted(null, reason, note);
        }
        long documents = publish(model, docs);
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

    TopicModelUpdateResult onDemand(Dataset<Row> docs, long seed, Optional<List<Integer>> sweep, boolean warm) {
        LdaConfig lda = context.lda();
        Optional<ModelStore.Saved> current = context.store().current();
        Optional<ModelStore.Saved> warmFrom = warm && sweep.isEmpty() ? warmSource(current, lda.k()) : Optional.empty();
        TopicFit fit = sweep.isEmpty()
                ? TopicModelStep.fit(docs, lda, lda.k(), seed, warmTopics(warmFrom))
                : SweepStep.sweep(
                        context,
                        aligner(),
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
        ModelVersionStep.Versioned saved = versions().save(fit, reason, current, warmFrom, texts);
        long documents = publish(saved.saved(), docs);
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
    private Optional<ModelStore.Saved> warmSource(Optional<ModelStore.Saved> current, int k) {
        if (!context.lda().optimizer().equals("gibbs") || !context.updates().warmStart() || current.isEmpty()) {
            return Optional.empty();
        }
        ModelMetadata previous = current.get().metadata();
        if (previous.k() != k || !previous.analyzerHash().equals(context.analyzerHash())) {
            LOG.info(
                    "topics: cold start: the current version {} has k={} (fitting k={}){}",
                    previous.version(),
                    previous.k(),
                    k,
                    previous.analyzerHash().equals(context.analyzerHash()) ? "" : " and another analyzer");
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
    private long publish(ModelStore.Saved model, Dataset<Row> docs) {
        Dataset<Row> docTopics = new TopicTablesStep(context).docTopics(model, docs);
        onScored.accept(model.metadata().version(), docTopics, model.metadata().topicIdArray());
        return docTopics.count();
    }

    private static String tooFew(LdaConfig lda) {
        return ": fewer than lda.min_documents (" + lda.minDocuments()
                + ") relevant training articles have vocabulary terms";
    }

    private TopicAligner aligner() {
        return new TopicAligner(context.updates().matchThreshold());
    }

    private ModelVersionStep versions() {
        return new ModelVersionStep(context, aligner());
    }
}
