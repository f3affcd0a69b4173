package org.newsdrift.model;

import cc.mallet.types.Dirichlet;
import java.io.Serializable;
import java.util.Arrays;

/**
 * The Dirichlet priors of a Gibbs fit: an asymmetric alpha (per topic) and a symmetric beta. {@link #optimised}
 * re-estimates both the way MALLET's ParallelTopicModel does (Minka's fixed point via MALLET's {@link Dirichlet}):
 * alpha from the statistics the sampler collected since the last optimisation (one iteration, Gamma(1.001, 1)
 * prior), beta from the current (word, topic) counts.
 */
public record GibbsPriors(double[] alpha, double beta) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** MALLET's command-line defaults (train-topics): alpha summing to 5 over the topics, beta 0.01. */
    public static final double DEFAULT_ALPHA_SUM = 5.0;

    public static final double DEFAULT_BETA = 0.01;

    public GibbsPriors {
        alpha = alpha.clone();
        for (double a : alpha) {
            if (!(a > 0)) {
                throw new IllegalArgumentException(
                        "Cannot use Gibbs priors: every alpha must be above 0 (was " + Arrays.toString(alpha) + ")");
            }
        }
        if (!(beta > 0)) {
            throw new IllegalArgumentException("Cannot use Gibbs priors: beta must be above 0 (was " + beta + ")");
        }
    }

    /** Symmetric priors: each topic's alpha, and beta; null for MALLET's defaults. */
    public static GibbsPriors symmetric(int k, Double alpha, Double beta) {
        double[] alphas = new double[k];
        Arrays.fill(alphas, alpha == null ? DEFAULT_ALPHA_SUM / k : alpha);
        return new GibbsPriors(alphas, beta == null ? DEFAULT_BETA : beta);
    }

    @Override
    public double[] alpha() {
        return alpha.clone();
    }

    /**
     * New priors: alpha from {@code statistics} (unchanged when they are empty), beta from {@code counts}, the
     * current assignments' counts.
     */
    public GibbsPriors optimised(TopicCounts counts, AlphaStatistics statistics) {
        double[] newAlpha = alpha.clone();
        if (!statistics.isEmpty()) {
            try {
                Dirichlet.learnParameters(
                        newAlpha, statistics.topicDocuments(), statistics.documentLengths(), 1.001, 1.0, 1);
            } catch (RuntimeException e) {
                // MALLET's fixed point can fail on a very small corpus; the old alpha is kept (checked below as well).
                newAlpha = alpha.clone();
            }
        }
        int maxCount = 0;
        int[] totals = counts.topicTotalsCopy();
        for (int total : totals) {
            maxCount = Math.max(maxCount, total);
        }
        int[] countHistogram = new int[maxCount + 1];
        for (int w = 0; w < counts.vocabulary(); w++) {
            for (int t = 0; t < counts.k(); t++) {
                int n = counts.wordTopic(w, t);
                if (n > 0) {
                    countHistogram[n]++;
                }
            }
        }
        int[] topicSizes = new int[maxCount + 1];
        for (int total : totals) {
            topicSizes[total]++;
        }
        double betaSum = Dirichlet.learnSymmetricConcentration(
                countHistogram, topicSizes, counts.vocabulary(), beta * counts.vocabulary());
        // A degenerate histogram (a topic no article uses) can make the fixed point diverge: keep the old value then.
        boolean alphaValid = Arrays.stream(newAlpha).allMatch(a -> a > 0 && Double.isFinite(a));
        double newBeta = betaSum / counts.vocabulary();
        return new GibbsPriors(alphaValid ? newAlpha : alpha, newBeta > 0 && Double.isFinite(newBeta) ? newBeta : beta);
    }
}
