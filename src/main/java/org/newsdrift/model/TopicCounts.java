package org.newsdrift.model;

import java.io.Serializable;

/**
 * Counts the collapsed Gibbs sampler needs from a set of topic assignments: tokens per (word, topic) and per topic,
 * and the histograms MALLET's hyperparameter optimisation reads (articles per length; per topic, articles per
 * count of tokens in that topic). Adding articles and merging counts are the two operations of a tree aggregation.
 */
public final class TopicCounts implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int k;
  private final int vocabulary;
  private final int[] wordTopic;
  private final int[] topicTotals;
  private final int[] documentLengths;
  private final int[][] topicDocuments;

  /**
   * Empty counts.
   *
   * @param maxLength the longest article's token count (bounds the histograms)
   */
  public TopicCounts(int k, int vocabulary, int maxLength) {
    this.k = k;
    this.vocabulary = vocabulary;
    this.wordTopic = new int[vocabulary * k];
    this.topicTotals = new int[k];
    this.documentLengths = new int[maxLength + 1];
    this.topicDocuments = new int[k][maxLength + 1];
  }

  /** Adds one article's assignments; returns this. */
  public TopicCounts add(TopicAssignments doc) {
    int[] inDocument = new int[k];
    for (int i = 0; i < doc.length(); i++) {
      int topic = doc.topics()[i];
      wordTopic[doc.words()[i] * k + topic]++;
      topicTotals[topic]++;
      inDocument[topic]++;
    }
    documentLengths[doc.length()]++;
    for (int t = 0; t < k; t++) {
      if (inDocument[t] > 0) {
        topicDocuments[t][inDocument[t]]++;
      }
    }
    return this;
  }

  /** Adds another set of counts of the same shape; returns this. */
  public TopicCounts merge(TopicCounts other) {
    addInto(wordTopic, other.wordTopic);
    addInto(topicTotals, other.topicTotals);
    addInto(documentLengths, other.documentLengths);
    for (int t = 0; t < k; t++) {
      addInto(topicDocuments[t], other.topicDocuments[t]);
    }
    return this;
  }

  private static void addInto(int[] into, int[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }

  public int k() {
    return k;
  }

  public int vocabulary() {
    return vocabulary;
  }

  /** Tokens of word {@code w} assigned to topic {@code t}. */
  public int wordTopic(int w, int t) {
    return wordTopic[w * k + t];
  }

  /** A copy of the (word, topic) counts, indexed {@code w * k + t}. */
  public int[] wordTopicCopy() {
    return wordTopic.clone();
  }

  /** A copy of the tokens per topic. */
  public int[] topicTotalsCopy() {
    return topicTotals.clone();
  }

  /** Articles per token count (index = length). */
  int[] documentLengths() {
    return documentLengths;
  }

  /** Per topic, articles per number of their tokens in that topic (index = count; 0 is not counted). */
  int[][] topicDocuments() {
    return topicDocuments;
  }
}
