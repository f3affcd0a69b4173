package org.newsdrift.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SweepChoiceTest {
    private static SweepChoice.Candidate c(int k, long seed, double npmi) {
        return new SweepChoice.Candidate(k, seed, npmi);
    }

    @Test
    void theStableKWithTheHighestMeanNpmiWinsWithItsBestSeed() {
        List<SweepChoice.Candidate> candidates =
                List.of(c(8, 1, 0.10), c(8, 2, 0.12), c(12, 1, 0.20), c(12, 2, 0.16), c(16, 1, 0.30), c(16, 2, 0.28));
        // k = 16 is the most coherent but its seeds disagree.
        Map<Integer, Double> stability = Map.of(8, 0.9, 12, 0.8, 16, 0.3);

        assertThat(SweepChoice.choose(candidates, stability, 0.6)).isEqualTo(c(12, 1, 0.20));
    }

    @Test
    void aLargerKMustBeatASmallerOneByMoreThanTheTieMargin() {
        List<SweepChoice.Candidate> candidates = List.of(c(8, 1, 0.200), c(12, 1, 0.203));
        assertThat(SweepChoice.choose(candidates, Map.of(8, 1.0, 12, 1.0), 0.6).k())
                .isEqualTo(8);
    }

    @Test
    void whenNoKIsStableAllAreConsidered() {
        List<SweepChoice.Candidate> candidates = List.of(c(8, 1, 0.1), c(12, 1, 0.3));
        assertThat(SweepChoice.choose(candidates, Map.of(8, 0.2, 12, 0.1), 0.6).k())
                .isEqualTo(12);
    }

    @Test
    void stabilityIsTheShareOfTopicsTwoSeedsAgreeOn() {
        Map<String, Double> arms = Map.of("shell", 0.9, "treati", 0.05, "grain", 0.05);
        Map<String, Double> treaty = Map.of("shell", 0.05, "treati", 0.9, "grain", 0.05);
        Map<String, Double> trade = Map.of("shell", 0.05, "treati", 0.05, "grain", 0.9);
        TopicAligner aligner = new TopicAligner(0.5);

        assertThat(SweepChoice.stability(List.of(List.of(arms, treaty), List.of(treaty, arms)), aligner))
                .isEqualTo(1.0);
        assertThat(SweepChoice.stability(List.of(List.of(arms, treaty), List.of(arms, trade)), aligner))
                .isEqualTo(0.5);
        assertThat(SweepChoice.stability(List.of(List.of(arms, treaty)), aligner))
                .isEqualTo(1.0);
    }
}
