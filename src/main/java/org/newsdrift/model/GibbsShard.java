package org.newsdrift.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One partition of a Gibbs fit's state: its articles' assignments, the alpha statistics of the sweeps that made
 * them, and, when the partition ran the whole fit by itself, the priors it ended with. Never changed once made.
 * A class rather than a record, for Spark's Kryo (see {@link TopicAssignments}).
 */
final class GibbsShard implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<TopicAssignments> docs;
    private final AlphaStatistics statistics;
    private final double[] priors;

    GibbsShard(List<TopicAssignments> docs, AlphaStatistics statistics, GibbsPriors priors) {
        // A plain list: Kryo rebuilds a list by adding to it, which an immutable list refuses.
        this.docs = new ArrayList<>(docs);
        this.statistics = statistics;
        this.priors = priors == null ? null : priorValues(priors);
    }

    List<TopicAssignments> docs() {
        return docs;
    }

    AlphaStatistics statistics() {
        return statistics;
    }

    /**
     * The priors a partition that ran the whole fit ended with, as alpha followed by beta (an array travels back
     * from a task through Kryo; a record would not); null for a partition of a round.
     */
    double[] priorValues() {
        return priors;
    }

    static double[] priorValues(GibbsPriors priors) {
        double[] alpha = priors.alpha();
        double[] values = Arrays.copyOf(alpha, alpha.length + 1);
        values[alpha.length] = priors.beta();
        return values;
    }

    static GibbsPriors priorsOf(double[] values) {
        return new GibbsPriors(Arrays.copyOf(values, values.length - 1), values[values.length - 1]);
    }
}
