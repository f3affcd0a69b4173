package org.newsdrift.model;

import cc.mallet.topics.TopicInferencer;
import cc.mallet.types.Alphabet;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * What MALLET's {@link TopicInferencer} needs from a Gibbs fit: the vocabulary (in the vectorizer's order), the
 * (word, topic) counts, the tokens per topic, alpha and beta. Immutable; saved beside a model version by
 * {@link InferencerFile} and broadcast to executors, where each task builds its own inferencer (an inferencer keeps
 * per-article scratch state and a random stream, so it cannot be shared between tasks).
 */
public final class InferencerCounts implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String[] terms;
    private final int[] wordTopic;
    private final int[] topicTotals;
    private final double[] alpha;
    private final double beta;

    /**
     * @param terms the vocabulary, by index
     * @param wordTopic tokens per (word, topic), indexed {@code w * k + t}
     * @param topicTotals tokens per topic: the sum of each topic's (word, topic) counts
     */
    public InferencerCounts(String[] terms, int[] wordTopic, int[] topicTotals, double[] alpha, double beta) {
        int k = alpha.length;
        if (k == 0 || topicTotals.length != k || wordTopic.length != (long) terms.length * k) {
            throw new IllegalArgumentException("Cannot hold inferencer counts: " + wordTopic.length
                    + " (word, topic) counts and " + topicTotals.length + " topic totals do not fit " + terms.length
                    + " terms × " + k + " topics");
        }
        long[] sums = new long[k];
        for (int i = 0; i < wordTopic.length; i++) {
            if (wordTopic[i] < 0) {
                throw new IllegalArgumentException("Cannot hold inferencer counts: a (word, topic) count is negative ("
                        + wordTopic[i] + " for term " + terms[i / k] + ")");
            }
            sums[i % k] += wordTopic[i];
        }
        for (int t = 0; t < k; t++) {
            if (sums[t] != topicTotals[t]) {
                throw new IllegalArgumentException("Cannot hold inferencer counts: topic " + t + " has "
                        + topicTotals[t] + " tokens but its (word, topic) counts sum to " + sums[t]);
            }
        }
        // Checks alpha and beta the way a fit's priors are checked.
        new GibbsPriors(alpha, beta);
        this.terms = terms.clone();
        this.wordTopic = wordTopic.clone();
        this.topicTotals = topicTotals.clone();
        this.alpha = alpha.clone();
        this.beta = beta;
    }

    /** The counts and priors of a Gibbs fit over {@code terms}. */
    public static InferencerCounts of(String[] terms, TopicCounts counts, GibbsPriors priors) {
        if (counts.vocabulary() != terms.length) {
            throw new IllegalArgumentException("Cannot hold inferencer counts: the fit has " + counts.vocabulary()
                    + " words but the vocabulary " + terms.length + " terms");
        }
        return new InferencerCounts(
                terms, counts.wordTopicCopy(), counts.topicTotalsCopy(), priors.alpha(), priors.beta());
    }

    public int k() {
        return alpha.length;
    }

    public int vocabulary() {
        return terms.length;
    }

    public String[] terms() {
        return terms.clone();
    }

    /** Tokens of word {@code w} in topic {@code t}. */
    public int wordTopic(int w, int t) {
        return wordTopic[w * alpha.length + t];
    }

    public int[] topicTotals() {
        return topicTotals.clone();
    }

    public double[] alpha() {
        return alpha.clone();
    }

    public double beta() {
        return beta;
    }

    /**
     * A new MALLET inferencer over these counts. MALLET keeps each word's counts as (count, topic) pairs packed in one
     * int, count in the high bits, sorted by count, highest first (the first is the word's initial topic); a word with
     * no tokens gets no pairs and is skipped like an unknown word.
     */
    public TopicInferencer newInferencer() {
        int k = k();
        int topicBits = Integer.bitCount(Integer.bitCount(k) == 1 ? k - 1 : Integer.highestOneBit(k) * 2 - 1);
        int[][] packed = new int[terms.length][];
        for (int w = 0; w < terms.length; w++) {
            packed[w] = packedCounts(w, topicBits);
        }
        return new TopicInferencer(
                packed, topicTotals.clone(), new Alphabet(terms), alpha.clone(), beta, beta * terms.length);
    }

    private int[] packedCounts(int w, int topicBits) {
        int k = k();
        Integer[] topics =
                IntStream.range(0, k).filter(t -> wordTopic(w, t) > 0).boxed().toArray(Integer[]::new);
        Arrays.sort(
                topics, Comparator.comparingInt((Integer t) -> -wordTopic(w, t)).thenComparingInt(t -> t));
        int[] packed = new int[topics.length];
        for (int i = 0; i < topics.length; i++) {
            int count = wordTopic(w, topics[i]);
            if (count >= 1 << (31 - topicBits)) {
                throw new IllegalStateException("Cannot build a topic inferencer: term " + terms[w] + " has " + count
                        + " tokens in one topic, more than MALLET's packed counts hold with " + k + " topics");
            }
            packed[i] = (count << topicBits) | topics[i];
        }
        return packed;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InferencerCounts other
                && Arrays.equals(terms, other.terms)
                && Arrays.equals(wordTopic, other.wordTopic)
                && Arrays.equals(topicTotals, other.topicTotals)
                && Arrays.equals(alpha, other.alpha)
                && beta == other.beta;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(wordTopic) * 31 + Arrays.hashCode(alpha);
    }
}
