package org.newsdrift.model;

import java.io.Serializable;

/**
 * Counts the collapsed Gibbs sampler needs from a set of topic assignments: tokens per (word, topic) and per topic
 * (the histograms MALLET's hyperparameter optimisation reads are {@link AlphaStatistics}). Adding articles and
 * merging counts are the two operations of a tree aggregation.
 */
public final class TopicCounts implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int k;
    private final int vocabulary;
    private final int[] wordTopic;
    private final int[] topicTotals;

    /** Empty counts. */
    public TopicCounts(int k, int vocabulary) {
        this.k = k;
        this.vocabulary = vocabulary;
        this.wordTopic = new int[vocabulary * k];
        this.topicTotals = new int[k];
    }

    /** Adds one article's assignments; returns this. */
    public TopicCounts add(TopicAssignments doc) {
        for (int i = 0; i < doc.length(); i++) {
            int topic = doc.topics()[i];
            wordTopic[doc.words()[i] * k + topic]++;
            topicTotals[topic]++;
        }
        return this;
    }

    /** Adds another set of counts of the same shape; returns this. */
    public TopicCounts merge(TopicCounts other) {
        addInto(wordTopic, other.wordTopic);
        addInto(topicTotals, other.topicTotals);
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
}
