package org.newsdrift.model;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A fitted topic model and what it says, or why none was fitted.
 *
 * @param modelVersion hash of settings, vocabulary and training articles; null when no model was fitted
 * @param topics model_version, topic_id, label, terms
 * @param docTopics article_id, model_version, topic_weights, dominant_topic, dominant_weight
 * @param documents articles the model was trained on
 * @param note why no model was fitted, or null
 */
public record TopicModelResult(
    String modelVersion, Dataset<Row> topics, Dataset<Row> docTopics, long documents, String note) {

  public boolean fitted() {
    return modelVersion != null;
  }
}
