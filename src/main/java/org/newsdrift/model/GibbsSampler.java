package org.newsdrift.model;

import java.util.SplittableRandom;

/**
 * The collapsed Gibbs sampler for LDA (Griffiths and Steyvers 2004) over one set of articles: it owns a copy of the
 * (word, topic) and topic counts and updates them as it resamples each token's topic from
 * p(t) ∝ (n(d, t) + alpha(t)) (n(w, t) + beta) / (n(t) + V beta). Given the whole corpus' counts it is the exact
 * serial sampler; given a partition and a copy of the global counts it is one worker of approximate distributed LDA
 * (Newman et al. 2009).
 */
public final class GibbsSampler {
  private final int k;
  private final double[] alpha;
  private final double beta;
  private final double betaSum;
  private final int[] wordTopic;
  private final int[] topicTotals;
  private final double[] weights;

  /**
   * @param alpha per-topic Dirichlet prior on an article's topic mixture
   * @param beta symmetric Dirichlet prior on a topic's word distribution
   * @param wordTopic the (word, topic) counts, indexed {@code w * k + t}; the sampler updates this array
   * @param topicTotals tokens per topic; the sampler updates this array
   */
  public GibbsSampler(double[] alpha, double beta, int vocabulary, int[] wordTopic, int[] topicTotals) {
    this.k = alpha.length;
    if (wordTopic.length != vocabulary * k || topicTotals.length != k) {
      throw new IllegalArgumentException("Cannot sample: counts for " + wordTopic.length + " (word, topic) pairs and "
          + topicTotals.length + " topics do not fit " + vocabulary + " words × " + k + " topics");
    }
    this.alpha = alpha.clone();
    this.beta = beta;
    this.betaSum = beta * vocabulary;
    this.wordTopic = wordTopic;
    this.topicTotals = topicTotals;
    this.weights = new double[k];
  }

  /** Assigns each token a topic uniformly at random and counts it; returns the new assignments. */
  public TopicAssignments initialise(String articleId, int[] words, SplittableRandom random) {
    int[] topics = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      topics[i] = random.nextInt(k);
      wordTopic[words[i] * k + topics[i]]++;
      topicTotals[topics[i]]++;
    }
    return new TopicAssignments(articleId, words, topics);
  }

  /** Resamples every token of an article once, in order; returns the new assignments (the old are not changed). */
  public TopicAssignments sweep(TopicAssignments doc, SplittableRandom random) {
    int[] words = doc.words();
    int[] topics = doc.topics().clone();
    int[] inDocument = new int[k];
    for (int topic : topics) {
      inDocument[topic]++;
    }
    for (int i = 0; i < words.length; i++) {
      int w = words[i];
      int old = topics[i];
      inDocument[old]--;
      wordTopic[w * k + old]--;
      topicTotals[old]--;
      double total = 0;
      for (int t = 0; t < k; t++) {
        // Another worker's tokens may have left this worker's copy of a count below zero (approximate LDA).
        double wordCount = Math.max(0, wordTopic[w * k + t]);
        double topicCount = Math.max(0, topicTotals[t]);
        total += (inDocument[t] + alpha[t]) * (wordCount + beta) / (topicCount + betaSum);
        weights[t] = total;
      }
      int chosen = draw(total, random);
      topics[i] = chosen;
      inDocument[chosen]++;
      wordTopic[w * k + chosen]++;
      topicTotals[chosen]++;
    }
    return new TopicAssignments(doc.articleId(), words, topics);
  }

  private int draw(double total, SplittableRandom random) {
    double u = random.nextDouble() * total;
    for (int t = 0; t < k - 1; t++) {
      if (u < weights[t]) {
        return t;
      }
    }
    return k - 1;
  }

  /** The random stream of one task: a function of the seed, the round and the partition only. */
  public static SplittableRandom random(long seed, int round, int partition) {
    long mixed = seed * 0x9E3779B97F4A7C15L + round;
    mixed = mixed * 0xBF58476D1CE4E5B9L + partition;
    return new SplittableRandom(mixed);
  }
}
