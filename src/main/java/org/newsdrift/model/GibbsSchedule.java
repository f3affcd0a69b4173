package org.newsdrift.model;

/**
 * When a Gibbs fit exchanges counts, collects alpha statistics and optimises its priors, as MALLET's
 * ParallelTopicModel schedules them with a 200-iteration burn-in and an optimisation every 10 iterations: after
 * the burn-in, the statistics of every {@link #SAMPLE_INTERVAL}th sweep are summed until the next optimisation.
 * MALLET 2.1.x's worker keeps collecting at every sweep once asked to (it never clears the request); here only the
 * scheduled sweeps collect.
 */
public final class GibbsSchedule {
    /** Sweeps each partition runs between two exchanges of counts. */
    public static final int SWEEPS_PER_ROUND = 10;
    /** Sweeps before the priors are first optimised (MALLET's burn-in). */
    public static final int BURN_IN = 200;
    /** Every this many sweeps after the burn-in, the alpha statistics are collected (MALLET's saveSampleInterval). */
    public static final int SAMPLE_INTERVAL = 10;
    /** Every this many sweeps after the burn-in, alpha and beta are re-estimated (MALLET's optimizeInterval). */
    public static final int OPTIMIZE_INTERVAL = 10;

    /** One round of sweeps wherever it runs: given the priors, the counts after it and the statistics it collected. */
    @FunctionalInterface
    public interface Round {
        RoundTotals run(int round, GibbsPriors priors);
    }

    private GibbsSchedule() {}

    /** Rounds needed for {@code sweeps} sweeps (rounded up to whole rounds). */
    public static int rounds(int sweeps) {
        return Math.max(1, (sweeps + SWEEPS_PER_ROUND - 1) / SWEEPS_PER_ROUND);
    }

    /** The sweeps of a round, numbered from 1 over the whole fit. */
    static int firstSweep(int round) {
        return (round - 1) * SWEEPS_PER_ROUND + 1;
    }

    /** Whether sweep {@code sweep} (from 1) collects alpha statistics when the priors are optimised. */
    static boolean collects(int sweep) {
        return sweep > BURN_IN && sweep % SAMPLE_INTERVAL == 0;
    }

    /** Whether the priors are re-estimated after sweep {@code sweep} (from 1) when they are optimised. */
    static boolean optimisesAfter(int sweep) {
        return sweep > BURN_IN && sweep % OPTIMIZE_INTERVAL == 0;
    }

    /**
     * Runs {@code rounds} rounds and, with {@code optimise}, re-estimates the priors after each round that ends on
     * an optimising sweep, from the statistics summed since the last re-estimation; returns the last round's
     * counts and the final priors.
     */
    static Fitted run(int rounds, GibbsPriors initial, boolean optimise, Round round) {
        GibbsPriors priors = initial;
        AlphaStatistics statistics = null;
        TopicCounts counts = null;
        for (int r = 1; r <= rounds; r++) {
            RoundTotals totals = round.run(r, priors);
            counts = totals.counts();
            statistics = statistics == null ? totals.statistics() : statistics.merge(totals.statistics());
            if (optimise && optimisesAfter(r * SWEEPS_PER_ROUND)) {
                priors = priors.optimised(counts, statistics);
                statistics = null;
            }
        }
        return new Fitted(counts, priors);
    }

    /** The counts and priors at the end of a fit. */
    record Fitted(TopicCounts counts, GibbsPriors priors) {}
}
