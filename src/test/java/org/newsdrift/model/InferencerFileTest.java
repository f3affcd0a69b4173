package org.newsdrift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The saved inferencer: read back exactly, and a truncated, altered or foreign file refused with its path. */
class InferencerFileTest {
    static final InferencerCounts COUNTS = new InferencerCounts(
            new String[] {"missil", "launch", "grain", "рис"},
            new int[] {9, 0, 4, 1, 0, 7, 0, 0},
            new int[] {13, 8},
            new double[] {0.3, 0.2},
            0.01);

    private static InferencerCounts read(byte[] bytes) throws IOException {
        return InferencerFile.read(new ByteArrayInputStream(bytes), "/out/_models/v/inferencer.bin");
    }

    @Test
    void aSavedInferencerIsReadBackWithTheSameTermsCountsAndPriors() throws IOException {
        InferencerCounts back = read(InferencerFile.bytes(COUNTS));
        assertThat(back).isEqualTo(COUNTS);
        assertThat(back.terms()).containsExactly("missil", "launch", "grain", "рис");
        assertThat(back.wordTopic(2, 1)).isEqualTo(7);
        assertThat(back.topicTotals()).containsExactly(13, 8);
        assertThat(back.alpha()).containsExactly(0.3, 0.2);
        assertThat(back.beta()).isEqualTo(0.01);
    }

    @Test
    void aTruncatedFileIsRefusedNamingItsPath() {
        byte[] bytes = InferencerFile.bytes(COUNTS);
        assertThatThrownBy(() -> read(Arrays.copyOf(bytes, bytes.length - 5)))
                .isInstanceOf(InferencerFile.CorruptInferencerException.class)
                .hasMessageContaining("checksum")
                .hasMessageContaining("/out/_models/v/inferencer.bin");
        assertThatThrownBy(() -> read(Arrays.copyOf(bytes, 10)))
                .isInstanceOf(InferencerFile.CorruptInferencerException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void aFileWithOneAlteredByteIsRefused() {
        byte[] bytes = InferencerFile.bytes(COUNTS);
        bytes[bytes.length / 2] ^= 1;
        assertThatThrownBy(() -> read(bytes))
                .isInstanceOf(InferencerFile.CorruptInferencerException.class)
                .hasMessageContaining("checksum does not match");
    }

    @Test
    void aFileOfAnotherKindIsRefused() {
        assertThatThrownBy(() -> read("{\"k\": 8, \"alpha\": [0.1, 0.2], \"beta\": 0.01}".getBytes()))
                .isInstanceOf(InferencerFile.CorruptInferencerException.class)
                .hasMessageContaining("not a newsdrift inferencer file");
    }

    @Test
    void countsWhoseTopicTotalsDisagreeAreRefused() {
        assertThatThrownBy(() -> new InferencerCounts(
                        new String[] {"a"}, new int[] {1, 2}, new int[] {1, 3}, new double[] {0.1, 0.1}, 0.01))
                .hasMessageContaining("topic 1 has 3 tokens");
    }
}
