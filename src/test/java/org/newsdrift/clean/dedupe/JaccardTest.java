package org.newsdrift.clean.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JaccardTest {

    @Test
    void similarityIsSharedOverUnion() {
        assertThat(Jaccard.similarity(new int[] {1, 2, 3, 4}, new int[] {3, 4, 5, 6}))
                .isEqualTo(2.0 / 6);
        assertThat(Jaccard.similarity(new int[] {-5, 0, 9}, new int[] {-5, 0, 9}))
                .isEqualTo(1.0);
        assertThat(Jaccard.similarity(new int[] {1}, new int[] {2})).isEqualTo(0.0);
    }

    @Test
    void emptySetsAreNotSimilar() {
        assertThat(Jaccard.similarity(new int[0], new int[0])).isEqualTo(0.0);
        assertThat(Jaccard.similarity(new int[0], new int[] {1})).isEqualTo(0.0);
    }

    @Test
    void distanceIsOneMinusSimilarity() {
        assertThat(Jaccard.distance(new int[] {1, 2, 3, 4}, new int[] {2, 3, 4, 5}))
                .isEqualTo(1 - 3.0 / 5);
    }

    @Test
    void aTrimmedTailOfAShingledTextKeepsTheExpectedShare() {
        String text = "w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14";
        String trimmed = "w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12";
        // 10 shingles against 8 of them
        assertThat(Jaccard.similarity(Shingles.hashes(text, 5), Shingles.hashes(trimmed, 5)))
                .isEqualTo(0.8);
    }
}
