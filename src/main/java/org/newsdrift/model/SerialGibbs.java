package org.newsdrift.model;

import java.util.List;

/**
 * A whole Gibbs fit over one set of articles in one place: the same rounds, random streams and optimisations as
 * {@link GibbsLdaStep} runs on a single partition, without a Spark job per round (with one partition there are no
 * counts to exchange). Pure: the articles given are not changed.
 */
final class SerialGibbs {
    private final boolean optimise;
    private final long seed;
    private final int partition;
    private final int maxLength;
    private List<TopicAssignments> docs;
    private TopicCounts counts;

    /** The final assignments, their counts and the final priors. */
    record Fit(List<TopicAssignments> docs, TopicCounts counts, GibbsPriors priors) {}

    private SerialGibbs(
            List<TopicAssignments> docs,
            int k,
            int vocabulary,
            boolean optimise,
            long seed,
            int partition,
            int maxLength) {
        this.optimise = optimise;
        this.seed = seed;
        this.partition = partition;
        this.maxLength = maxLength;
        this.docs = docs;
        this.counts = new RoundTotals(k, vocabulary, maxLength)
                .add(docs, new AlphaStatistics(k, maxLength))
                .counts();
    }

    /**
     * @param partition the partition these articles are (it seeds the random streams, as in a round)
     * @param maxLength the longest article's token count
     */
    static Fit fit(
            List<TopicAssignments> docs,
            int vocabulary,
            GibbsPriors initial,
            int sweeps,
            boolean optimise,
            long seed,
            int partition,
            int maxLength) {
        SerialGibbs chain =
                new SerialGibbs(docs, initial.alpha().length, vocabulary, optimise, seed, partition, maxLength);
        GibbsSchedule.Fitted fitted = GibbsSchedule.run(GibbsSchedule.rounds(sweeps), initial, optimise, chain::round);
        return new Fit(chain.docs, fitted.counts(), fitted.priors());
    }

    private RoundTotals round(int round, GibbsPriors priors) {
        MalletSweeps.Swept swept =
                MalletSweeps.round(docs, counts, priors, seed, round, partition, optimise, maxLength);
        RoundTotals totals =
                new RoundTotals(counts.k(), counts.vocabulary(), maxLength).add(swept.docs(), swept.statistics());
        docs = swept.docs();
        counts = totals.counts();
        return totals;
    }
}
