package org.newsdrift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicQualityTest {
    /** Counts for words a, b, c over 10 documents: a in 4, b in 4, c in 5; a and b always together, a and c never. */
    private static CoOccurrence counts() {
        List<String> words = List.of("a", "b", "c");
        long[] counts = new long[CoOccurrence.slots(3)];
        counts[CoOccurrence.slot(0, 0)] = 4;
        counts[CoOccurrence.slot(1, 1)] = 4;
        counts[CoOccurrence.slot(2, 2)] = 5;
        counts[CoOccurrence.slot(0, 1)] = 4;
        counts[CoOccurrence.slot(1, 2)] = 2;
        return new CoOccurrence(words, 10, counts);
    }

    @Test
    void wordsThatAlwaysAppearTogetherHaveAnNpmiOfOne() {
        TopicQuality quality = TopicQuality.of(List.of("a", "b"), counts());

        assertThat(quality.npmi()).isCloseTo(1.0, within(1e-9));
        // UMass of (b | a): log((4 + 1) / 4).
        assertThat(quality.umass()).isCloseTo(Math.log(5.0 / 4), within(1e-12));
    }

    @Test
    void wordsThatNeverAppearTogetherHaveAnNpmiNearMinusOne() {
        TopicQuality quality = TopicQuality.of(List.of("a", "c"), counts());

        assertThat(quality.npmi()).isCloseTo(-1.0, within(0.1)).isLessThan(-0.9);
        assertThat(quality.umass()).isCloseTo(Math.log(1.0 / 4), within(1e-12));
    }

    @Test
    void npmiIsTheMeanOverAllPairsOfTheTopTerms() {
        CoOccurrence counts = counts();
        double ab = TopicQuality.of(List.of("a", "b"), counts).npmi();
        double ac = TopicQuality.of(List.of("a", "c"), counts).npmi();
        double bc = TopicQuality.of(List.of("b", "c"), counts).npmi();
        // b and c: P = 0.2, P(b) P(c) = 0.2, so independent: NPMI 0.
        assertThat(bc).isCloseTo(0.0, within(1e-9));

        assertThat(TopicQuality.of(List.of("a", "b", "c"), counts).npmi()).isCloseTo((ab + ac + bc) / 3, within(1e-12));
    }

    @Test
    void aWordNeverCountedScoresTheWorstNpmi() {
        assertThat(TopicQuality.of(List.of("a", "zzz"), counts()).npmi()).isEqualTo(-1.0);
    }

    @Test
    void diversityIsTheShareOfDistinctTopTerms() {
        assertThat(TopicQuality.diversity(List.of(List.of("a", "b"), List.of("c", "d"))))
                .isEqualTo(1.0);
        assertThat(TopicQuality.diversity(List.of(List.of("a", "b"), List.of("a", "c"))))
                .isEqualTo(0.75);
    }

    @Test
    void slotsNumberEveryWordAndPairOnce() {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < 5; i++) {
            for (int j = i; j < 5; j++) {
                assertThat(CoOccurrence.slot(i, j)).isEqualTo(CoOccurrence.slot(j, i));
                seen.add(CoOccurrence.slot(i, j));
            }
        }
        assertThat(seen).hasSize(CoOccurrence.slots(5)).allMatch(s -> s >= 0 && s < CoOccurrence.slots(5));
    }
}
