package org.newsdrift.clean.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShinglesTest {

    @Test
    void tokensAreLowerCaseLetterAndDigitRunsWithPunctuationDropped() {
        assertThat(Shingles.tokens("Pyongyang, November 8 (KCNA) -- The DPRK's ＫＣＮＡ 240-mm"))
                .containsExactly("pyongyang", "november", "8", "kcna", "the", "dprk", "s", "kcna", "240", "mm");
    }

    @Test
    void hanAndKanaAreOneTokenPerCharacterButHangulKeepsItsWords() {
        assertThat(Shingles.tokens("朝鲜 中央通信 カタカナ")).containsExactly("朝", "鲜", "中", "央", "通", "信", "カ", "タ", "カ", "ナ");
        assertThat(Shingles.tokens("조선중앙통신 보도, 평양")).containsExactly("조선중앙통신", "보도", "평양");
    }

    @Test
    void shinglesAreDistinctWordWindowsInOrderOfFirstUse() {
        assertThat(Shingles.of("a b c a b c a b", 3)).containsExactly("a b c", "b c a", "c a b");
        assertThat(Shingles.of("One two three four five six", 5))
                .containsExactly("one two three four five", "two three four five six");
    }

    @Test
    void aTextShorterThanTheShingleIsOneShingleAndBlankTextIsNone() {
        assertThat(Shingles.of("Kim meets Putin", 5)).containsExactly("kim meets putin");
        assertThat(Shingles.of(" -- ", 5)).isEmpty();
        assertThat(Shingles.of(null, 5)).isEmpty();
        assertThat(Shingles.hashes("", 5)).isEmpty();
    }

    @Test
    void hashIsFnv1a64OfUtf8FoldedTo32Bits() {
        assertThat(Shingles.fnv1a64("")).isEqualTo(0xcbf29ce484222325L);
        assertThat(Shingles.fnv1a64("a")).isEqualTo(0xaf63dc4c8601ec8cL);
        assertThat(Shingles.fnv1a64("foobar")).isEqualTo(0x85944171f73967e8L);
        assertThat(Shingles.hash("a")).isEqualTo(0xaf63dc4c ^ 0x8601ec8c);
    }

    @Test
    void hashesAreSortedDistinctAndIgnoreCaseAndPunctuation() {
        int[] hashes = Shingles.hashes("One two three four five six", 5);
        assertThat(hashes).hasSize(2).isSorted();
        assertThat(hashes)
                .containsExactlyInAnyOrder(
                        Shingles.hash("one two three four five"), Shingles.hash("two three four five six"));
        assertThat(Shingles.hashes("ONE, two; three -- four five six!", 5)).isEqualTo(hashes);
    }

    @Test
    void indicesKeepTheLowBitsSortedAndDistinct() {
        assertThat(Shingles.indices(new int[] {-1, 3, 1027, 5}, 10)).containsExactly(3, 5, 1023);
    }

    @Test
    void aShingleSizeOutsideOneToFiftyIsRejectedWithTheValue() {
        assertThatThrownBy(() -> Shingles.of("x", 0))
                .hasMessage("Cannot shingle: the shingle size must be 1 to 50 tokens (0)");
    }

    @Test
    void randomStringsNeverFailAndGiveSortedDistinctHashes() {
        Random random = new Random(7);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                text.appendCodePoint(random.nextInt(4) == 0 ? ' ' : random.nextInt(0x3000));
            }
            int[] hashes = Shingles.hashes(text.toString(), 1 + random.nextInt(6));
            assertThat(hashes).isSorted().doesNotHaveDuplicates();
            List<String> tokens = Shingles.tokens(text.toString());
            assertThat(tokens).noneMatch(String::isEmpty);
        }
    }

    @Test
    void hashesAreTheHashesOfTheShingleStringsInEveryScript() {
        // Letters of several scripts, a supplementary-plane Han character, a combining mark, digits and separators.
        String alphabet = "aZk9 \u00e9\u0301\u0436\u0414\uc870\uc120\u4e2d\u30ab\u3042 -,.\n\u00a0\uff21";
        int[] pieces = alphabet.codePoints().toArray();
        Random random = new Random(11);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(80); i > 0; i--) {
                int piece = pieces[random.nextInt(pieces.length)];
                text.appendCodePoint(random.nextInt(40) == 0 ? 0x20000 + random.nextInt(50) : piece);
            }
            int size = 1 + random.nextInt(6);
            int[] expected = Shingles.of(text.toString(), size).stream()
                    .mapToInt(Shingles::hash)
                    .sorted()
                    .distinct()
                    .toArray();
            assertThat(Shingles.hashes(text.toString(), size))
                    .as("%s, size %d", text, size)
                    .isEqualTo(expected);
        }
    }

    @Test
    void theQuickScriptAnswersAgreeWithTheUnicodeScriptTable() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            boolean unspaced = script == Character.UnicodeScript.HAN
                    || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA;
            if (Shingles.isUnspacedScript(cp) != unspaced) {
                throw new AssertionError("U+" + Integer.toHexString(cp) + " is " + script);
            }
        }
    }
}
