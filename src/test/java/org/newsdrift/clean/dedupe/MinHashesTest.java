package org.newsdrift.clean.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class MinHashesTest {

    @Test
    void eachTableKeepsTheSmallestHashOfTheSet() {
        // Table 0: (1 + i) * 3 + 1 mod 11 gives 10, 0, 9 for i = 2, 6, 9; table 1: (1 + i) * 5 mod 11 gives 4, 2, 6.
        MinHashes hashes = new MinHashes(new long[] {3, 5}, new long[] {1, 0}, 11);
        assertThat(hashes.of(new int[] {2, 6, 9})).containsExactly(0, 2);
        assertThat(hashes.of(new int[] {2, 9})).containsExactly(9, 4);
        assertThat(hashes.of(new int[] {9, 2})).containsExactly(9, 4);
    }

    @Test
    void largeIndicesAndCoefficientsDoNotOverflow() {
        long prime = 2_038_074_743L;
        MinHashes hashes = new MinHashes(new long[] {prime - 1}, new long[] {prime - 2}, prime);
        int index = Integer.MAX_VALUE - 1;
        long expected = BigInteger.valueOf(1L + index)
                .multiply(BigInteger.valueOf(prime - 1))
                .add(BigInteger.valueOf(prime - 2))
                .mod(BigInteger.valueOf(prime))
                .longValueExact();
        assertThat(hashes.of(new int[] {index})).containsExactly(expected);
    }

    @Test
    void anEmptySetOrMismatchedCoefficientsAreRefused() {
        assertThatThrownBy(() -> new MinHashes(new long[] {1}, new long[] {1}, 7).of(new int[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MinHashes(new long[] {1, 2}, new long[] {1}, 7))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
