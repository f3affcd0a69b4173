package org.newsdrift.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of topics {@code retrain --sweep} compares when none are given, from the number of training articles
 * n: the values of the ladder 2, 3, 4, 6, 8, 12, 16, ... (each a power of two or three times one) from half to twice
 * sqrt(n / 2), the usual first guess at a number of groups in n items, and at most n / 5, so a topic has five
 * training articles on average; {@code [2]} when no value qualifies.
 */
public final class SweepGrid {
    /** Fewer training articles a topic than this and its term distribution is mostly noise. */
    static final int MIN_ARTICLES_PER_TOPIC = 5;

    private SweepGrid() {}

    /** @return the k to sweep, smallest first */
    public static List<Integer> forCorpus(long trainingArticles) {
        if (trainingArticles < 0) {
            throw new IllegalArgumentException(
                    "Cannot choose the k to sweep: the number of training articles is negative (was " + trainingArticles
                            + ")");
        }
        double guess = Math.sqrt(trainingArticles / 2.0);
        double cap = Math.min(2 * guess, trainingArticles / (double) MIN_ARTICLES_PER_TOPIC);
        List<Integer> ks = new ArrayList<>();
        for (long power = 2; power <= cap; power *= 2) {
            addIfWithin(ks, power, guess / 2, cap);
            addIfWithin(ks, power * 3 / 2, guess / 2, cap);
        }
        return ks.isEmpty() ? List.of(2) : List.copyOf(ks);
    }

    private static void addIfWithin(List<Integer> ks, long k, double low, double high) {
        if (k >= 2 && k >= low && k <= high) {
            ks.add((int) k);
        }
    }
}
