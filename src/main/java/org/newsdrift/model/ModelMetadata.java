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
    int nextTopicId) {

  public ModelMetadata {
    topicIds = List.copyOf(topicIds);
    labels = List.copyOf(labels);
  }

  public int[] topicIdArray() {
    return topicIds.stream().mapToInt(Integer::intValue).toArray();
  }
}
