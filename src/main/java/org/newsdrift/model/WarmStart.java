package org.newsdrift.model;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The initial state of a warm-started Gibbs fit: each token of the new training articles gets a topic drawn from
 * the previous version's topics' weights for its term, p(t | w) ∝ φ_t(w), terms matched by their string across the
 * two vocabularies; a term the previous version did not have gets a uniformly random topic. Draws are seeded by
 * the fit's seed and the article id, so the state does not depend on the partitioning.
 */
public final class WarmStart implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int k;
    /** Per new word, the cumulative p(t | w) over the topics; null for a term the previous version lacked. */
    private final double[][] cumulative;

    private final int matched;

    private WarmStart(int k, double[][] cumulative, int matched) {
        this.k = k;
        this.cumulative = cumulative;
        this.matched = matched;
    }

    /**
     * @param previousTopics each previous topic's term distribution, by topic index
     * @param vocabulary the new fit's vocabulary, by index
     */
    public static WarmStart of(List<Map<String, Double>> previousTopics, String[] vocabulary) {
        int k = previousTopics.size();
        if (k == 0) {
            throw new IllegalArgumentException("Cannot warm-start: the previous version has no topics");
        }
        double[][] cumulative = new double[vocabulary.length][];
        int matched = 0;
        for (int w = 0; w < vocabulary.length; w++) {
            double[] weights = new double[k];
            double total = 0;
            for (int t = 0; t < k; t++) {
                Double p = previousTopics.get(t).get(vocabulary[w]);
                weights[t] = p == null || !(p > 0) ? 0 : p;
                total += weights[t];
            }
            if (total > 0) {
                matched++;
                double running = 0;
                for (int t = 0; t < k; t++) {
                    running += weights[t] / total;
                    weights[t] = running;
                }
                cumulative[w] = weights;
            }
        }
        return new WarmStart(k, cumulative, matched);
    }

    public int k() {
        return k;
    }

    public int vocabulary() {
        return cumulative.length;
    }

    /** How many terms of the new vocabulary the previous version had. */
    public int matchedTerms() {
        return matched;
    }

    /** The article's tokens with their initial topics. */
    public TopicAssignments assign(String articleId, int[] words, long seed) {
        SplittableRandom random = new SplittableRandom(ArticleSeeds.of(seed, articleId));
        int[] topics = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            double[] c = cumulative[words[i]];
            topics[i] = c == null ? random.nextInt(k) : draw(c, random.nextDouble());
        }
        return new TopicAssignments(articleId, words, topics);
    }

    private int draw(double[] cumulative, double u) {
        for (int t = 0; t < k - 1; t++) {
            if (u < cumulative[t]) {
                return t;
            }
        }
        return k - 1;
    }
}
