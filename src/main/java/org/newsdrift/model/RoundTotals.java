package org.newsdrift.model;

import java.io.Serializable;
import java.util.List;

/**
 * What a round of Gibbs sampling hands back: the counts of the new assignments and the alpha statistics its sweeps
 * collected. Adding partitions and merging totals are the two operations of a tree aggregation. A class rather
 * than a record, for Spark's Kryo (see {@link TopicAssignments}).
 */
public final class RoundTotals implements Serializable {
    private static final long serialVersionUID = 1L;

    private final TopicCounts counts;
    private final AlphaStatistics statistics;

    /** Empty totals for k topics, the vocabulary and articles of at most {@code maxLength} tokens. */
    public RoundTotals(int k, int vocabulary, int maxLength) {
        this(new TopicCounts(k, vocabulary), new AlphaStatistics(k, maxLength));
    }

    RoundTotals(TopicCounts counts, AlphaStatistics statistics) {
        this.counts = counts;
        this.statistics = statistics;
    }

    /** Adds one partition's articles and the statistics its sweeps collected; returns this. */
    RoundTotals add(List<TopicAssignments> docs, AlphaStatistics collected) {
        docs.forEach(counts::add);
        statistics.merge(collected);
        return this;
    }

    /** Adds another partition's totals; returns this. */
    RoundTotals merge(RoundTotals other) {
        counts.merge(other.counts);
        statistics.merge(other.statistics);
        return this;
    }

    public TopicCounts counts() {
        return counts;
    }

    public AlphaStatistics statistics() {
        return statistics;
    }
}
