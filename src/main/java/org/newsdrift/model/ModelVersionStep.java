package org.newsdrift.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a fit a saved version: names it by its content, gives its topics the previous version's ids, labels them,
 * saves it, writes its topics and lineage and makes it current, last.
 */
final class ModelVersionStep {
    private static final Logger LOG = LoggerFactory.getLogger(ModelVersionStep.class);

    private final UpdateContext context;
    private final TopicAligner aligner;

    ModelVersionStep(UpdateContext context, TopicAligner aligner) {
        this.context = context;
        this.aligner = aligner;
    }

    /** A saved version and what it did to the previous version's topics. */
    record Versioned(ModelStore.Saved saved, String lineage) {}

    /**
     * @param previous the current version, if any
     * @param warmFrom the version the fit started from, if it was a warm start
     * @param texts relevant canonical articles, read for the labels
     */
    Versioned save(
            TopicFit fit,
            String reason,
            Optional<ModelStore.Saved> previous,
            Optional<ModelStore.Saved> warmFrom,
            Dataset<Row> texts) {
        String warmStartedFrom = warmFrom.map(s -> s.metadata().version()).orElse(null);
        String version = VersionHash.modelVersion(
                context.analyzerHash(),
                context.lda().toString(),
                fit.k(),
                fit.seed(),
                fit.vocabularyHash(),
                fit.trainingHash(),
                warmStartedFrom);
        List<TopicAligner.Topic> previousTopics = new ArrayList<>();
        int nextTopicId = 0;
        String parent = null;
        if (previous.isPresent() && !previous.get().metadata().version().equals(version)) {
            ModelStore.Saved old = previous.get();
            parent = old.metadata().version();
            nextTopicId = old.metadata().nextTopicId();
            List<Map<String, Double>> oldTopics =
                    TopicDistributions.distributions(old.lda(), old.vectorizer().vocabulary());
            for (int i = 0; i < oldTopics.size(); i++) {
                previousTopics.add(
                        new TopicAligner.Topic(old.metadata().topicIds().get(i), oldTopics.get(i)));
            }
        } else if (previous.isPresent()) {
            // The same data, settings and seed again: the same version, so the same identities.
            ModelStore.Saved same = previous.get();
            new TopicTablesStep(context).topics(same.metadata(), fit, List.of());
            return new Versioned(same, "the same version again: topics unchanged");
        }
        TopicIdentities identities = TopicIdentities.align(aligner, previousTopics, fit.distributions(), nextTopicId);
        List<String> labels = TopicLabelStep.labels(fit, texts, context.config());
        ModelMetadata metadata = new ModelMetadata(
                version,
                parent,
                context.runId(),
                context.runDate().toString(),
                reason,
                context.analyzerHash(),
                context.lda().toString(),
                fit.k(),
                fit.seed(),
                fit.vocabularyHash(),
                fit.vectorizer().vocabulary().length,
                fit.trainingDocuments(),
                fit.heldOutDocuments(),
                fit.meanNpmi(),
                fit.meanUmass(),
                fit.diversity(),
                fit.perplexity(),
                identities.topicIds(),
                labels,
                identities.nextTopicId(),
                fit.inferencer() == null ? ModelMetadata.SCORER_SPARK : ModelMetadata.SCORER_INFERENCER,
                warmStartedFrom);
        Optional<InferencerCounts> inferencer = Optional.ofNullable(fit.inferencer());
        context.store().save(metadata, fit.vectorizer(), fit.lda(), inferencer);
        new TopicTablesStep(context).topics(metadata, fit, identities.events());
        context.store().makeCurrent(version);
        String lineage = identities.lineage();
        LOG.info(
                "topics: model {} saved (k={}, {} training articles, mean NPMI {}, perplexity {}); {}",
                version,
                fit.k(),
                fit.trainingDocuments(),
                String.format(Locale.ROOT, "%.2f", fit.meanNpmi()),
                String.format(Locale.ROOT, "%.0f", fit.perplexity()),
                lineage);
        return new Versioned(new ModelStore.Saved(metadata, fit.vectorizer(), fit.lda(), inferencer), lineage);
    }
}
