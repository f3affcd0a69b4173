package org.newsdrift.model;

import java.io.Serializable;

/**
 * What MALLET's alpha optimisation reads, summed over the sweeps that collected it: articles per length, and per
 * topic, articles per number of their tokens in that topic. MALLET's workers collect them while they sample;
 * partitions' statistics are added like counts.
 */
public final class AlphaStatistics implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int[] documentLengths;
    private final int[][] topicDocuments;

    /** Empty statistics for k topics and articles of at most {@code maxLength} tokens. */
    public AlphaStatistics(int k, int maxLength) {
        this.documentLengths = new int[maxLength + 1];
        this.topicDocuments = new int[k][maxLength + 1];
    }

    /** Adds histograms of the same shape (a MALLET worker's); returns this. */
    AlphaStatistics add(int[] lengths, int[][] topics) {
        if (lengths.length != documentLengths.length || topics.length != topicDocuments.length) {
            throw new IllegalArgumentException("Cannot add alpha statistics: histograms of " + topics.length
                    + " topics and lengths up to " + (lengths.length - 1) + " do not fit " + topicDocuments.length
                    + " topics and lengths up to " + (documentLengths.length - 1));
        }
        addInto(documentLengths, lengths);
        for (int t = 0; t < topicDocuments.length; t++) {
            addInto(topicDocuments[t], topics[t]);
        }
        return this;
    }

    /** Adds another set of statistics of the same shape; returns this. */
    public AlphaStatistics merge(AlphaStatistics other) {
        return add(other.documentLengths, other.topicDocuments);
    }

    private static void addInto(int[] into, int[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    /** Whether no sweep collected anything. */
    public boolean isEmpty() {
        for (int n : documentLengths) {
            if (n > 0) {
                return false;
            }
        }
        return true;
    }

    /** Articles per token count (index = length), over the collecting sweeps. */
    int[] documentLengths() {
        return documentLengths;
    }

    /** Per topic, articles per number of their tokens in that topic (index = count; 0 is not counted). */
    int[][] topicDocuments() {
        return topicDocuments;
    }
}
