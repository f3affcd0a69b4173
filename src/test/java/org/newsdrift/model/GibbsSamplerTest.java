package org.newsdrift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GibbsSamplerTest {
  private static final int K = 2;
  private static final int VOCABULARY = 10;

  /** 40 articles of 20 tokens: even articles use only words 0–4, odd ones only words 5–9. */
  static List<int[]> twoThemes() {
    Random random = new Random(3);
    List<int[]> docs = new ArrayList<>();
    for (int d = 0; d < 40; d++) {
      int[] words = new int[20];
      for (int i = 0; i < words.length; i++) {
        words[i] = (d % 2) * 5 + random.nextInt(5);
      }
      docs.add(words);
    }
    return docs;
  }

  private static List<TopicAssignments> sample(GibbsSampler sampler, List<int[]> corpus, int sweeps, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<TopicAssignments> docs = new ArrayList<>();
    for (int d = 0; d < corpus.size(); d++) {
      docs.add(sampler.initialise("d" + d, corpus.get(d), random));
    }
    for (int s = 0; s < sweeps; s++) {
      docs.replaceAll(doc -> sampler.sweep(doc, random));
    }
    return docs;
  }

  @Test
  void recoversTwoClearlySeparatedTopics() {
    int[] wordTopic = new int[VOCABULARY * K];
    int[] totals = new int[K];
    GibbsSampler sampler = new GibbsSampler(new double[] {0.1, 0.1}, 0.01, VOCABULARY, wordTopic, totals);
    sample(sampler, twoThemes(), 100, 11L);

    // Each topic puts (nearly) all its tokens on one theme's words, and the two topics take different themes.
    int[] firstThemeShare = new int[K];
    for (int t = 0; t < K; t++) {
      for (int w = 0; w < 5; w++) {
        firstThemeShare[t] += wordTopic[w * K + t];
      }
    }
    int themeOfTopic0 = firstThemeShare[0] > totals[0] / 2 ? 0 : 1;
    int themeOfTopic1 = firstThemeShare[1] > totals[1] / 2 ? 0 : 1;
    assertThat(themeOfTopic0).isNotEqualTo(themeOfTopic1);
    for (int t = 0; t < K; t++) {
      double purity = Math.max(firstThemeShare[t], totals[t] - firstThemeShare[t]) / (double) totals[t];
      assertThat(purity).as("purity of topic %d", t).isGreaterThan(0.98);
    }
    assertThat(totals[0] + totals[1]).isEqualTo(40 * 20);
  }

  /** Counts of the assignments after some sweeps, recounted from the assignments alone. */
  private static TopicCounts recount(List<TopicAssignments> docs) {
    TopicCounts counts = new TopicCounts(K, VOCABULARY, 20);
    docs.forEach(counts::add);
    return counts;
  }

  @Test
  void theSamplersCountsAlwaysMatchItsAssignments() {
    int[] wordTopic = new int[VOCABULARY * K];
    int[] totals = new int[K];
    GibbsSampler sampler = new GibbsSampler(new double[] {0.5, 0.5}, 0.1, VOCABULARY, wordTopic, totals);
    TopicCounts recount = recount(sample(sampler, twoThemes(), 7, 5L));
    assertThat(wordTopic).containsExactly(recount.wordTopicCopy());
    assertThat(totals).containsExactly(recount.topicTotalsCopy());
  }

  @Test
  void aSweepLeavesTheOldAssignmentsAsTheyWere() {
    GibbsSampler sampler = new GibbsSampler(new double[] {0.5, 0.5}, 0.1, VOCABULARY, new int[VOCABULARY * K],
        new int[K]);
    SplittableRandom random = new SplittableRandom(1);
    TopicAssignments before = sampler.initialise("a", new int[] {0, 1, 2, 5, 6, 7, 0, 1, 2, 5}, random);
    int[] topicsBefore = before.topics().clone();
    TopicAssignments after = sampler.sweep(before, random);
    assertThat(before.topics()).containsExactly(topicsBefore);
    assertThat(after.words()).isSameAs(before.words());
  }

  @Test
  void theSameSeedGivesTheSameAssignmentsAndAnotherSeedOtherOnes() {
    List<int[]> corpus = twoThemes();
    int[] first = topicsOf(sample(newSampler(), corpus, 5, GibbsSampler.random(9, 1, 0).nextLong()));
    int[] again = topicsOf(sample(newSampler(), corpus, 5, GibbsSampler.random(9, 1, 0).nextLong()));
    assertThat(again).containsExactly(first);
    // Compared right after the random start: on data this clear, sweeps from any start soon agree.
    int[] start = topicsOf(sample(newSampler(), corpus, 0, GibbsSampler.random(9, 1, 0).nextLong()));
    int[] otherPartition = topicsOf(sample(newSampler(), corpus, 0, GibbsSampler.random(9, 1, 1).nextLong()));
    int[] otherRound = topicsOf(sample(newSampler(), corpus, 0, GibbsSampler.random(9, 2, 0).nextLong()));
    assertThat(Arrays.equals(otherPartition, start)).isFalse();
    assertThat(Arrays.equals(otherRound, start)).isFalse();
  }

  private static GibbsSampler newSampler() {
    return new GibbsSampler(new double[] {0.1, 0.1}, 0.01, VOCABULARY, new int[VOCABULARY * K], new int[K]);
  }

  private static int[] topicsOf(List<TopicAssignments> docs) {
    return docs.stream().flatMapToInt(doc -> Arrays.stream(doc.topics())).toArray();
  }

  @Test
  void countsOfTheWrongShapeAreRefused() {
    assertThatThrownBy(() -> new GibbsSampler(new double[] {0.1, 0.1}, 0.01, VOCABULARY, new int[5], new int[K]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Cannot sample: counts for 5 (word, topic) pairs and 2 topics do not fit 10 words × 2");
  }

  @Test
  void optimisedPriorsFollowArticlesThatEachHaveOneTopic() {
    GibbsSampler sampler = new GibbsSampler(new double[] {2.5, 2.5}, 0.01, VOCABULARY, new int[VOCABULARY * K],
        new int[K]);
    TopicCounts counts = recount(sample(sampler, twoThemes(), 100, 2L));

    GibbsPriors priors = GibbsPriors.symmetric(K, 2.5, 0.01);
    for (int i = 0; i < 20; i++) {
      priors = priors.optimised(counts);
    }
    // Articles made of one theme each: a small alpha (sparse mixtures) fits them better than MALLET's start.
    assertThat(priors.alpha()[0] + priors.alpha()[1]).isLessThan(1.0);
    assertThat(priors.beta()).isGreaterThan(0.0);
  }

  @Test
  void symmetricPriorsDefaultToMalletsCommandLineValues() {
    GibbsPriors priors = GibbsPriors.symmetric(4, null, null);
    assertThat(priors.alpha()).containsExactly(1.25, 1.25, 1.25, 1.25);
    assertThat(priors.beta()).isEqualTo(0.01);
  }
}
