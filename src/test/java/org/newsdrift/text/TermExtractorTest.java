package org.newsdrift.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.newsdrift.TestFiles;
import org.newsdrift.config.ConfigLoader;
import org.newsdrift.config.RunConfig;
import org.newsdrift.config.TextConfig;

class TermExtractorTest {
    private static final long SEED = 20240619L;
    private static final RunConfig CONFIG = ConfigLoader.load(TestFiles.defaultConfig());
    private static final TermExtractor EXTRACTOR =
            new TermExtractor(CONFIG.job().text(), CONFIG.subject());

    @AfterAll
    static void closeExtractor() {
        EXTRACTOR.close();
    }

    @Test
    void stopWordsAreRemovedAndTheRestIsStemmed() {
        assertThat(EXTRACTOR.terms(null, "The missiles were launched, officials said."))
                .containsExactly("missil", "launch", "offici");
    }

    @Test
    void configuredNewsBoilerplateIsRemoved() {
        assertThat(EXTRACTOR.terms("KCNA report", "Yonhap reported on Monday, according to Reuters news agency"))
                .isEmpty();
    }

    @Test
    void numbersAreDropped() {
        assertThat(EXTRACTOR.terms(null, "2024 1,000 3.5 42% 1723075200000 missiles"))
                .containsExactly("missil");
    }

    @Test
    void entityAliasesBecomeTheirIdsUnstemmed() {
        assertThat(EXTRACTOR.terms(null, "Kim Jong-un visited Russia"))
                .containsExactly("kim_jong_un", "visit", "russia");
        assertThat(EXTRACTOR.terms(null, "Russians and North Koreans met Kim Yo-jong, KIM JONG UN and Choe Son Hui"))
                .containsExactly("russia", "north_korea", "met", "kim_yo_jong", "kim_jong_un", "choe_son_hui");
    }

    @Test
    void aliasesInOtherScriptsBecomeTheSameIds() {
        assertThat(EXTRACTOR.terms(null, "Путин и Ким Чен Ын; 러시아와 북한"))
                .containsExactly("putin", "kim_jong_un", "russia", "north_korea");
    }

    @Test
    void possessivesAreRemoved() {
        assertThat(EXTRACTOR.terms(null, "Putin's visit and the army's drills"))
                .containsExactly("putin", "visit", "armi", "drill");
    }

    @Test
    void titleComesBeforeText() {
        assertThat(EXTRACTOR.terms("Pyongyang talks", "Missiles launched"))
                .containsExactly("pyongyang", "talk", "missil", "launch");
        assertThat(EXTRACTOR.terms("Pyongyang talks", null)).containsExactly("pyongyang", "talk");
        assertThat(EXTRACTOR.terms(null, null)).isEmpty();
    }

    @Test
    void tokensShorterThanTheMinimumAreDropped() {
        assertThat(EXTRACTOR.terms(null, "an ox at sea hit rice")).containsExactly("sea", "hit", "rice");
        try (TermExtractor strict = new TermExtractor(new TextConfig(6, List.of()), CONFIG.subject())) {
            assertThat(strict.terms(null, "Missiles hit targets near Moscow and Seoul"))
                    .containsExactly("missil", "target", "moscow");
        }
    }

    @Test
    void stemsShorterThanTheMinimumAndNumbersAreDropped() {
        assertThat(EXTRACTOR.terms(null, "bus gas ate yes ies 1990s 12s 747s F-16s"))
                .isEmpty();
    }

    @Test
    void randomTextNeverBreaksTheExtractorAndGivesTheSameTermsTwice() {
        Random random = new Random(SEED);
        for (int i = 0; i < 200; i++) {
            String text = randomText(random);

            List<String> terms = EXTRACTOR.terms(null, text);

            assertThat(EXTRACTOR.terms(null, text)).as("terms of %s", text).isEqualTo(terms);
            assertThat(terms).as("terms of %s", text).allSatisfy(term -> {
                assertThat(term)
                        .isNotBlank()
                        .doesNotContainAnyWhitespaces()
                        .hasSizeLessThanOrEqualTo(40)
                        .hasSizeGreaterThanOrEqualTo(3)
                        .containsPattern("\\p{L}");
                assertThat(term).isEqualTo(term.toLowerCase(java.util.Locale.ROOT));
            });
        }
    }

    /** Words from several scripts, numbers, punctuation and alias fragments, glued by random separators. */
    private static String randomText(Random random) {
        String[] words = {
            "missiles",
            "were",
            "said",
            "the",
            "Kim",
            "Jong",
            "Un",
            "Kim Jong-un",
            "Russia's",
            "Россия",
            "Росії",
            "러시아와",
            "북한",
            "平壤",
            "東京",
            "2024",
            "1,000",
            "3.5",
            "x",
            "ab",
            "abc",
            "_",
            "__init__",
            "e-mail",
            "O'Brien",
            "naïve",
            "ﬁnal",
            "Ｐｕｔｉｎ",
            "🇰🇵",
            "مرحبا",
            "שלום",
            "ελληνικά",
            "हिन्दी",
            "ไทย",
            "\u200B",
            "&amp;",
            "http://kcna.kp/a?b=1",
            "a.b.c",
            "D.P.R.K.",
            "...",
            "—",
            "«",
            "»"
        };
        String[] separators = {" ", " ", "  ", "\n", "\t", ", ", ". ", "-", "'", "/", ""};
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            text.append(words[random.nextInt(words.length)]).append(separators[random.nextInt(separators.length)]);
        }
        if (random.nextInt(4) == 0) {
            random.ints(random.nextInt(50), 0, 0x3000).forEach(cp -> text.appendCodePoint(cp));
        }
        return text.toString();
    }
}
