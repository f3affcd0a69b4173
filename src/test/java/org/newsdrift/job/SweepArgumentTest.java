package org.newsdrift.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsdrift.config.ConfigException;

class SweepArgumentTest {
    @Test
    void noOptionMeansNoSweep() {
        assertThat(SweepArgument.parse(null)).isEmpty();
    }

    @Test
    void theOptionAloneAsksForTheSweepThatSuitsTheCorpus() {
        assertThat(SweepArgument.parse("")).isEqualTo(Optional.of(List.of()));
    }

    @Test
    void aListGivesItsKInOrder() {
        assertThat(SweepArgument.parse("8,12, 16,24")).isEqualTo(Optional.of(List.of(8, 12, 16, 24)));
    }

    @Test
    void aKBelowTwoIsRefusedWithTheValue() {
        assertThatThrownBy(() -> SweepArgument.parse("8,1"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Cannot sweep: every k must be at least 2 (was 1)");
    }

    @Test
    void somethingOtherThanNumbersIsRefusedWithTheValue() {
        assertThatThrownBy(() -> SweepArgument.parse("8,twelve"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("(was 8,twelve)");
    }
}
