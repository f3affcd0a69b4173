package org.newsdrift.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputLedgerTest {
    private static final InputFile KNOWN = new InputFile("file:/in/a.json", 100, 1_000);
    private static final InputLedger LEDGER =
            new InputLedger(Map.of(KNOWN.uri(), new InputLedger.Entry(KNOWN.uri(), 100, 1_000, "aaa")));

    @Test
    void aFileWithTheSameSizeAndTimeNeedsNoChecksumAndIsUnchanged() {
        assertThat(LEDGER.needingChecksum(List.of(KNOWN))).isEmpty();
        InputLedger.Decision decision =
                LEDGER.decide(List.of(KNOWN), uri -> null).get(0);
        assertThat(decision.status()).isEqualTo("unchanged");
        assertThat(decision.checksum()).isEqualTo("aaa");
        assertThat(decision.toRead()).isFalse();
    }

    @Test
    void aTouchedFileWithTheSameBytesIsUnchanged() {
        InputFile touched = new InputFile(KNOWN.uri(), 100, 2_000);
        assertThat(LEDGER.needingChecksum(List.of(touched))).containsExactly(touched);
        assertThat(LEDGER.decide(List.of(touched), uri -> "aaa").get(0).status())
                .isEqualTo("unchanged");
    }

    @Test
    void aFileWithOtherBytesIsChangedAndANewUriIsNew() {
        InputFile grown = new InputFile(KNOWN.uri(), 120, 2_000);
        InputFile fresh = new InputFile("file:/in/b.json", 5, 3_000);
        List<InputLedger.Decision> decisions =
                LEDGER.decide(List.of(grown, fresh), uri -> uri.endsWith("a.json") ? "bbb" : "ccc");

        assertThat(decisions).extracting(InputLedger.Decision::status).containsExactly("changed", "new");
        assertThat(decisions).extracting(InputLedger.Decision::checksum).containsExactly("bbb", "ccc");
        assertThat(decisions).allMatch(InputLedger.Decision::toRead);
    }

    @Test
    void anEmptyLedgerReadsEverything() {
        InputLedger empty = new InputLedger(Map.of());
        assertThat(empty.needingChecksum(List.of(KNOWN))).containsExactly(KNOWN);
        assertThat(empty.decide(List.of(KNOWN), uri -> "aaa").get(0).status()).isEqualTo("new");
    }
}
