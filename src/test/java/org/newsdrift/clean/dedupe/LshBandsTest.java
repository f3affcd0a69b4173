package org.newsdrift.clean.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LshBandsTest {

    @Test
    void oneRowABandKeepsEachValueAsItsKey() {
        assertThat(LshBands.keys(new long[] {7, 3, 2_000_000_000L}, 1)).containsExactly(7, 3, 2_000_000_000L);
    }

    @Test
    void twoRowsABandPackBothValuesExactly() {
        long[] keys = LshBands.keys(new long[] {1, 2, 2_038_074_742L, 0}, 2);
        assertThat(keys).containsExactly((1L << 31) | 2, 2_038_074_742L << 31);
        assertThat(LshBands.keys(new long[] {2, 1}, 2)).doesNotContain(keys[0]);
    }

    @Test
    void aBandMatchesOnlyWhenAllItsValuesAgree() {
        long[] a = LshBands.keys(new long[] {5, 6, 7, 1, 2, 3}, 3);
        long[] b = LshBands.keys(new long[] {5, 6, 7, 1, 2, 4}, 3);
        assertThat(a[0]).isEqualTo(b[0]);
        assertThat(a[1]).isNotEqualTo(b[1]);
    }

    @Test
    void valuesThatDoNotFillWholeBandsAreRefused() {
        assertThatThrownBy(() -> LshBands.keys(new long[] {1, 2, 3}, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
