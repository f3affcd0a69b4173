package org.newsdrift.clean.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DifferingRunsTest {
    private static List<DifferingRuns.Run> runs(String text, String other) {
        List<String> tokens = Shingles.tokens(text);
        Set<Integer> shared = new HashSet<>();
        Arrays.stream(Shingles.hashes(other, 3)).forEach(shared::add);
        return DifferingRuns.of(Shingles.positions(tokens, 3), tokens.size(), 3, shared::contains);
    }

    @Test
    void aChangedWordInTheMiddleIsOneRunBetweenTheShinglesAroundIt() {
        String a = "the night train to the coast left the city at nine";
        String b = "the night train to the coast reached the city at nine";

        List<DifferingRuns.Run> inA = runs(a, b);
        List<DifferingRuns.Run> inB = runs(b, a);

        assertThat(inA)
                .extracting(DifferingRuns.Run::start, DifferingRuns.Run::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6, 7));
        assertThat(inB).hasSize(1);
        assertThat(inA.get(0).alignedWith(inB.get(0))).isTrue();
        assertThat(inA.get(0).before()).isEqualTo(Shingles.hash("to the coast"));
        assertThat(inA.get(0).after()).isEqualTo(Shingles.hash("the city at"));
    }

    @Test
    void runsAtTheEdgesAreAnchoredToTheStartOrTheEnd() {
        String a = "Breaking: the night train to the coast left the city at nine";
        String b = "the night train to the coast left the city at nine, officials said";

        List<DifferingRuns.Run> inA = runs(a, b);
        List<DifferingRuns.Run> inB = runs(b, a);

        assertThat(inA)
                .containsExactly(new DifferingRuns.Run(0, 1, DifferingRuns.START, Shingles.hash("the night train")));
        assertThat(inB)
                .containsExactly(new DifferingRuns.Run(11, 13, Shingles.hash("city at nine"), DifferingRuns.END));
        assertThat(inA.get(0).alignedWith(inB.get(0))).isFalse();
    }

    @Test
    void aTextAllSharedHasNoRunAndOneSharingNothingIsOneRun() {
        String text = "the night train to the coast";

        assertThat(runs(text, text + " and back")).isEmpty();
        assertThat(runs(text, "a quite different sentence here"))
                .containsExactly(new DifferingRuns.Run(0, 6, DifferingRuns.START, DifferingRuns.END));
    }
}
