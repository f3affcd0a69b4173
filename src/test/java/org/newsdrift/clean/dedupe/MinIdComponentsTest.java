package org.newsdrift.clean.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MinIdComponentsTest {

    @Test
    void aChainLinkedFromItsFarEndIsOneComponentLabelledWithItsSmallestId() {
        MinIdComponents components = new MinIdComponents();
        components.link("e", "d");
        components.link("d", "c");
        components.link("x", "y");
        components.link("c", "b");
        components.link("b", "a");
        assertThat(components.labels())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("a", "a", "b", "a", "c", "a", "d", "a", "e", "a", "x", "x", "y", "x"));
    }

    @Test
    void linkingTwoComponentsKeepsTheSmallerLabelAndRepeatedPairsChangeNothing() {
        MinIdComponents components = new MinIdComponents();
        components.link("m", "q");
        components.link("k", "z");
        components.link("q", "m");
        assertThat(components.labels()).containsEntry("q", "m").containsEntry("z", "k");
        components.link("z", "q");
        assertThat(components.labels())
                .containsExactlyInAnyOrderEntriesOf(Map.of("m", "k", "q", "k", "z", "k", "k", "k"));
    }

    @Test
    void nothingLinkedHasNoLabels() {
        assertThat(new MinIdComponents().labels()).isEmpty();
    }
}
