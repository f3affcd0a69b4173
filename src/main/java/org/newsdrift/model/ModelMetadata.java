package org.newsdrift.model;

import java.util.List;

/**
 * What is known about one saved model version, stored as {@code metadata.json} beside its Spark ML models.
 *
 * @param version the version id
 * @param parent the version it was aligned to, or null for the first
 * @param runId the run that fitted it
 * @param runDate that run's night (ISO date)
 * @param reason why it was fitted (no_model, schedule, oov_drift, perplexity_drift, analyzer_changed, requested)
 * @param analyzerHash hash of the analyzer settings and subject; another hash means the terms changed meaning
 * @param ldaSettings the LDA settings it was fitted with
 * @param vocabularyHash hash of the vocabulary, in order
 * @param topicIds stable topic id of each topic index
 * @param labels readable label of each topic index
 * @param nextTopicId the first topic id no version has used yet
 * @param scorer how articles are scored: {@link #SCORER_INFERENCER} (Gibbs versions, MALLET's inferencer saved
 *     beside the model) or {@link #SCORER_SPARK} (Spark's variational inference; also when absent, as in versions
 *     saved before there was a choice)
 * @param warmStartedFrom the version whose topics a Gibbs fit started from, or null for a cold start
 */
public record ModelMetadata(
        String version,
        String parent,
        String runId,
        String runDate,
        String reason,
        String analyzerHash,
        String ldaSettings,
        int k,
        long seed,
        String vocabularyHash,
        int vocabularySize,
        long trainingDocuments,
        long heldOutDocuments,
        double meanNpmi,
        double meanUmass,
        double diversity,
        double perplexity,
        List<Integer> topicIds,
        List<String> labels,
        int nextTopicId,
        String scorer,
        String warmStartedFrom) {

    public static final String SCORER_SPARK = "spark";
    public static final String SCORER_INFERENCER = "mallet_inferencer";

    public ModelMetadata {
        topicIds = List.copyOf(topicIds);
        labels = List.copyOf(labels);
    }

    /** Whether articles are scored with the saved MALLET inferencer rather than Spark's inference. */
    public boolean scoresWithInferencer() {
        return SCORER_INFERENCER.equals(scorer);
    }

    public int[] topicIdArray() {
        return topicIds.stream().mapToInt(Integer::intValue).toArray();
    }
}
