package org.newsdrift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** MALLET's inferencer as newsdrift runs it: the right topic, weights that sum to 1, and the same every time. */
class ArticleInferencerTest {
    /** Two topics: words 0–2 are topic 0's, words 3–5 topic 1's. */
    private static final InferencerCounts TWO_THEMES = new InferencerCounts(
            new String[] {"missil", "launch", "rocket", "grain", "harvest", "rice"},
            new int[] {40, 0, 35, 1, 30, 0, 0, 42, 2, 33, 0, 31},
            new int[] {107, 107},
            new double[] {0.5, 0.5},
            0.01);

    @Test
    void anArticleOfOneThemesWordsGetsThatTopicAndItsWeightsSumToOne() {
        ArticleInferencer inferencer = new ArticleInferencer(TWO_THEMES, 1L);
        double[] military = inferencer.weights("a1", new int[] {0, 0, 1, 2, 2, 1, 0, 5});
        double[] farming = inferencer.weights("a2", new int[] {3, 4, 4, 5, 3, 3});
        assertThat(military[0]).isGreaterThan(0.75);
        assertThat(farming[1]).isGreaterThan(0.75);
        assertThat(Arrays.stream(military).sum()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void anArticlesWeightsDoNotDependOnWhatWasScoredBeforeItOrByWhichInferencer() {
        int[] mixed = {0, 3, 1, 4, 2, 5, 0, 3};
        ArticleInferencer first = new ArticleInferencer(TWO_THEMES, 7L);
        double[] alone = first.weights("mixed", mixed);
        ArticleInferencer second = new ArticleInferencer(TWO_THEMES, 7L);
        second.weights("other", new int[] {3, 4, 5, 5});
        second.weights("another", new int[] {0, 1});
        assertThat(second.weights("mixed", mixed)).containsExactly(alone);
        assertThat(first.weights("mixed", mixed)).containsExactly(alone);
    }

    @Test
    void theSeedComesFromTheModelSeedAndTheArticleId() {
        assertThat(ArticleInferencer.seedOf(7L, "a1"))
                .isEqualTo(ArticleInferencer.seedOf(7L, "a1"))
                .isNotEqualTo(ArticleInferencer.seedOf(8L, "a1"))
                .isNotEqualTo(ArticleInferencer.seedOf(7L, "a2"));
        // A mixed article's sampled weights vary with the stream, so the seed is really used.
        int[] mixed = {0, 3, 1, 4, 2, 5, 0, 3, 1, 4};
        ArticleInferencer inferencer = new ArticleInferencer(TWO_THEMES, 7L);
        long distinct = java.util.stream.IntStream.range(0, 10)
                .mapToObj(i -> Arrays.toString(inferencer.weights("m" + i, mixed)))
                .distinct()
                .count();
        assertThat(distinct).isGreaterThan(1);
    }

    @Test
    void anArticleWithNoKnownTokensGetsAlphasShares() {
        assertThat(new ArticleInferencer(TWO_THEMES, 1L).weights("empty", new int[0]))
                .containsExactly(0.5, 0.5);
    }
}
