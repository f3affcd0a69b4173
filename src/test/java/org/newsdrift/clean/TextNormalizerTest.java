package org.newsdrift.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    private static final long SEED = 20240619L;

    @Test
    void wordsGluedToAFollowingNameAreSplitAndBrandsStayWhole() {
        assertThat(TextNormalizer.normalize("Respected ComradeKim Jong Un visited ofKim Il Sung University."))
                .isEqualTo("Respected Comrade Kim Jong Un visited of Kim Il Sung University.");
        assertThat(TextNormalizer.normalize("a YouTube channel, a PlayStation 5 and McDonald Street"))
                .isEqualTo("a YouTube channel, a PlayStation 5 and McDonald Street");
    }

    @Test
    void lowerToUpperGluesBeforeANameAreSplitButBrandAndNameShapesAreNot() {
        assertThat(TextNormalizer.normalize("sent byKim Jong Un to the wishedKim Jong Un"))
                .isEqualTo("sent by Kim Jong Un to the wished Kim Jong Un");
        assertThat(TextNormalizer.normalize("Google DeepMind said an iPhone and a McDonald burger"))
                .isEqualTo("Google DeepMind said an iPhone and a McDonald burger");
    }

    @Test
    void agencyEndOfStoryMarkersAreRemoved() {
        assertThat(TextNormalizer.normalize("It was conveyed amid applause. -0-"))
                .isEqualTo("It was conveyed amid applause.");
        assertThat(TextNormalizer.normalize("The talks ended.\n(END)")).isEqualTo("The talks ended.");
        assertThat(TextNormalizer.normalize("Last line -30-")).isEqualTo("Last line");
        assertThat(TextNormalizer.normalize("Press release ###")).isEqualTo("Press release");
        assertThat(TextNormalizer.normalize("They won 2-0-")).isEqualTo("They won 2-0-");
    }

    @Test
    void htmlEntitiesAreDecoded() {
        assertThat(TextNormalizer.normalize(
                        "&quot;Friendship&quot; &#x27;treaty&#x27; &lt;b&gt; Tom &amp; Jerry &#8212; x"))
                .isEqualTo("\"Friendship\" 'treaty' <b> Tom & Jerry \u2014 x");
    }

    @Test
    void entitiesEscapedTwiceAreDecodedToo() {
        assertThat(TextNormalizer.normalize("&amp;quot;Pyongyang&amp;quot; &amp;#x27;s &amp;amp;"))
                .isEqualTo("\"Pyongyang\" 's &");
    }

    @Test
    void nonBreakingSpaceEntityBecomesAPlainSpace() {
        assertThat(TextNormalizer.normalize("Kim&nbsp;Jong&#160;Un")).isEqualTo("Kim Jong Un");
    }

    @Test
    void compatibilityCharactersAreFoldedByNfkc() {
        assertThat(TextNormalizer.normalize("ＫＣＮＡ　２０２４")).isEqualTo("KCNA 2024");
        assertThat(TextNormalizer.normalize("ﬁnal ﬂight")).isEqualTo("final flight");
        assertThat(TextNormalizer.normalize("Ｐｕｔｉｎ’s ½")).isEqualTo("Putin’s 1\u20442");
    }

    @Test
    void zeroWidthAndControlCharactersAreRemoved() {
        assertThat(TextNormalizer.normalize("Py\u200Bong\u200Cyang\u200D \uFEFFKim\u00AD Jong\u0000 Un\u0007\u001B"))
                .isEqualTo("Pyongyang Kim Jong Un");
    }

    @Test
    void runsOfSpacesAndTabsBecomeOneSpace() {
        assertThat(TextNormalizer.normalize("Russia \t and\u00A0\u00A0North\u2003Korea    met"))
                .isEqualTo("Russia and North Korea met");
    }

    @Test
    void carriageReturnsBecomeNewlines() {
        assertThat(TextNormalizer.normalize("one\r\ntwo\rthree\nfour")).isEqualTo("one\ntwo\nthree\nfour");
    }

    @Test
    void otherLineBreaksBecomeNewlinesSoWordsOnEitherSideStayApart() {
        assertThat(TextNormalizer.normalize("Russia\u000Bsigned")).isEqualTo("Russia\nsigned");
        assertThat(TextNormalizer.normalize("Kim Jong Un\u000Creceived")).isEqualTo("Kim Jong Un\nreceived");
        assertThat(TextNormalizer.normalize("Pyongyang\u0085Moscow")).isEqualTo("Pyongyang\nMoscow");
        assertThat(TextNormalizer.normalize("treaty\u2028ratified")).isEqualTo("treaty\nratified");
        assertThat(TextNormalizer.normalize("troops \u2028 deployed")).isEqualTo("troops\ndeployed");
    }

    @Test
    void aParagraphSeparatorBecomesABlankLine() {
        assertThat(TextNormalizer.normalize("First paragraph.\u2029Second paragraph."))
                .isEqualTo("First paragraph.\n\nSecond paragraph.");
    }

    @Test
    void lineBreaksWrittenAsEntitiesAreLineBreaksToo() {
        assertThat(TextNormalizer.normalize("delegation&#13;arrived")).isEqualTo("delegation\narrived");
        assertThat(TextNormalizer.normalize("delegation&#x2028;arrived")).isEqualTo("delegation\narrived");
        assertThat(TextNormalizer.normalize("delegation&#11;arrived")).isEqualTo("delegation\narrived");
    }

    @Test
    void titlesJoinWordsAcrossOtherLineBreaksWithASpace() {
        assertThat(TextNormalizer.normalizeLine("Putin\u2028arrives\u000Bin\u2029Pyongyang"))
                .isEqualTo("Putin arrives in Pyongyang");
    }

    @Test
    void blankLineRunsCollapseToOneBlankLine() {
        assertThat(TextNormalizer.normalize("First.\n\n\n\n  Second. \n \n\t\n Third.\nFourth."))
                .isEqualTo("First.\n\nSecond.\n\nThird.\nFourth.");
    }

    @Test
    void leadingAndTrailingWhitespaceIsStripped() {
        assertThat(TextNormalizer.normalize(" \n\u00A0 Text body.\t\r\n\r\n ")).isEqualTo("Text body.");
        assertThat(TextNormalizer.normalize(" \u200B\n\t ")).isEmpty();
    }

    @Test
    void nullStaysNull() {
        assertThat(TextNormalizer.normalize(null)).isNull();
        assertThat(TextNormalizer.normalizeLine(null)).isNull();
    }

    @Test
    void normalizeLineJoinsParagraphsWithOneSpace() {
        assertThat(TextNormalizer.normalizeLine("Putin arrives\n\nin Pyongyang"))
                .isEqualTo("Putin arrives in Pyongyang");
    }

    @Test
    void normalizeLineGivesOneLine() {
        assertThat(TextNormalizer.normalizeLine("Putin\r\narrives in&nbsp;Pyongyang "))
                .isEqualTo("Putin arrives in Pyongyang");
        assertThat(TextNormalizer.normalizeLine("A\n\n\nB\rC"))
                .doesNotContain("\n", "\r")
                .startsWith("A")
                .endsWith("B C");
    }

    @Test
    void normalizingTwiceChangesNothingOnVariedText() {
        List<String> samples = List.of(
                "",
                "plain text",
                "  leading and trailing  ",
                "&amp;quot;double&amp;quot; &quot;single&quot; &#x27;hex&#x27; &#39;dec&#39; &lt;tag&gt;",
                "&amp;amp; &copy; &nbsp; &unknown; & alone; a&b",
                "ＦＵＬＬ ｗｉｄｔｈ　ｔｅｘｔ ﬁ ﬂ ﬃ ½ ² ™ ℃ ㎏",
                "zero\u200Bwidth\u200C\u200D\u2060\uFEFF joiners",
                "controls\u0000\u0001\u0007\u0008\u001B\u007F\u0085 here",
                "tabs\t\tand\u00A0nbsp\u2002en\u2003em\u3000ideographic",
                "crlf\r\nlines\rold mac\n\n\n\n\nmany blanks",
                " \n \n \n spaces around newlines \n \n ",
                "Россия и КНДР подписали договор.\n\nКим Чен Ын встретил Путина.",
                "러시아와 북한은 조약을 체결했다.  푸틴 대통령이 평양을 방문했다.",
                "Росії та Північної Кореї",
                "中华人民共和国 日本語のテキスト",
                "emoji 🇰🇵🇷🇺 👍🏽 family 👨\u200D👩\u200D👧",
                "combining e\u0301 vs é; A\u030A vs Å; Hangul jamo \u1100\u1161\u11A8",
                "trailing\ttab\t\n\ttab",
                "\n\n\nonly newlines\n\n\n",
                "Democratic People’s Republic of Korea — “quoted” ‘single’ … ellipsis",
                "＆quot;",
                "&\u200Bamp;",
                "&\u0000lt;",
                "e\u200B\u0301",
                "&amp;amp;amp;amp;lt;",
                "numbers 1,000.50 ١٢٣ ૧૨૩ Ⅻ ⑩",
                "line\u2028separator\u2029paragraph",
                "right-to-left \u200Fמרק\u200E mark",
                "&#13;&#10;entity newlines&#10;&#10;&#10;&#10;x",
                "http://www.kcna.kp/en/article/q/669b072ea5f3c88b187b56eb6eaada1a.kcmsf?x=1&amp;y=2");
        List<String> inputs = new ArrayList<>(samples);
        Random random = new Random(SEED);
        for (int i = 0; i < 300; i++) {
            inputs.add(randomText(random));
        }

        for (String input : inputs) {
            String once = TextNormalizer.normalize(input);
            assertThat(TextNormalizer.normalize(once))
                    .as("normalize(normalize(%s))", escape(input))
                    .isEqualTo(once);
            assertThat(once)
                    .doesNotContain(
                            "\r", "\n\n\n", "  ", " \n", "\n ", "\u200B", "\u0000", "\u000B", "\u000C", "\u0085",
                            "\u2028", "\u2029");
        }
    }

    /** Text from pieces that scraped news is made of: words in several scripts, odd spaces, entities, controls. */
    private static String randomText(Random random) {
        String[] pieces = {
            "a",
            "B",
            "z",
            "é",
            "Ж",
            "ы",
            "Ї",
            "러",
            "시",
            "아",
            "中",
            "1",
            "9",
            ".",
            ",",
            "!",
            "?",
            "-",
            "(",
            "'",
            "\"",
            "’",
            " ",
            " ",
            " ",
            "  ",
            "\t",
            "\n",
            "\n",
            "\n\n\n",
            "\r\n",
            "\r",
            "\u00A0",
            "\u2003",
            "\u3000",
            "\u200B",
            "\uFEFF",
            "\u00AD",
            "\u0007",
            "\u0000",
            "\u000B",
            "\u000C",
            "\u0085",
            "\u2028",
            "\u2029",
            "&amp;",
            "&quot;",
            "&#x27;",
            "&lt;",
            "&amp;quot;",
            "&nbsp;",
            "Ａ",
            "ｚ",
            "ﬁ",
            "½",
            "…",
            "—",
            "🇰🇵",
            "Kim Jong Un",
            "Россия",
            "러시아와",
            "&",
            "\u0301",
            "＆"
        };
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(60);
        for (int i = 0; i < length; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints()
                .forEach(cp -> out.append(
                        cp < 0x20 || (cp > 0x7E && cp < 0xA1) || Character.getType(cp) == Character.FORMAT
                                ? String.format("\\u%04X", cp)
                                : new String(Character.toChars(cp))));
        return out.toString();
    }
}
