package org.newsdrift.model;

import java.io.Serializable;

/**
 * One article's tokens (vocabulary indices) and the topic each is currently assigned to, as the Gibbs sampler
 * sees them. A sweep makes a new instance; the arrays of an existing one are never changed. A class rather than a
 * record: Spark's Kryo cannot write records (it sets their final fields through offsets Java 17 refuses).
 */
public final class TopicAssignments implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String articleId;
  private final int[] words;
  private final int[] topics;

  /**
   * @param words vocabulary index of each token
   * @param topics topic index of each token, the same length as {@code words}
   */
  public TopicAssignments(String articleId, int[] words, int[] topics) {
    if (words.length != topics.length) {
      throw new IllegalArgumentException("Cannot hold topic assignments: " + words.length + " tokens but "
          + topics.length + " topics (" + articleId + ")");
    }
    this.articleId = articleId;
    this.words = words;
    this.topics = topics;
  }

  public String articleId() {
    return articleId;
  }

  public int[] words() {
    return words;
  }

  public int[] topics() {
    return topics;
  }

  public int length() {
    return words.length;
  }
}
