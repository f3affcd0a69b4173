package org.newsdrift.model;

import java.io.Serializable;

/**
 * One article's tokens (vocabulary indices) and the topic each is currently assigned to, as the Gibbs sampler
 * sees them. A sweep makes a new instance; the arrays of an existing one are never changed.
 *
 * @param words vocabulary index of each token
 * @param topics topic index of each token, the same length as {@code words}
 */
public record TopicAssignments(String articleId, int[] words, int[] topics) implements Serializable {
  private static final long serialVersionUID = 1L;

  public TopicAssignments {
    if (words.length != topics.length) {
      throw new IllegalArgumentException("Cannot hold topic assignments: " + words.length + " tokens but "
          + topics.length + " topics (" + articleId + ")");
    }
  }

  public int length() {
    return words.length;
  }
}
