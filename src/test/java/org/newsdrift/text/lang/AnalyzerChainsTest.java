package org.newsdrift.text.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class AnalyzerChainsTest {
    private static final List<String> LANGUAGES = List.of("en", "ko", "ru", "uk", "und", "fr");
    private static final List<String> IDS = List.of("kim_jong_un", "north_korea", "kn_23", "putin");

    @Test
    void entityIdsPassThroughEveryChainUnchangedAndWhole() {
        for (String language : LANGUAGES) {
            assertThat(Terms.of(language, IDS, 3, "(kim_jong_un), north_korea; kn_23. putin!"))
                    .as(language)
                    .containsExactly("kim_jong_un", "north_korea", "kn_23", "putin");
        }
    }

    @Test
    void otherLanguagesAreLowerCasedButNotStemmed() {
        assertThat(Terms.of("de", IDS, 3, "Die Verträge des Vertrags"))
                .containsExactly("die", "verträge", "des", "vertrags");
    }

    @Test
    void extraStopWordsApplyInTheFallbackChain() {
        try (Analyzer analyzer = AnalyzerChains.forLanguage("und", List.of("afp"), IDS, 3)) {
            assertThat(Terms.of(analyzer, "AFP reports")).containsExactly("reports");
        }
    }

    @Test
    void languageTagsWithRegionsOrCapitalsPickTheirLanguage() {
        assertThat(AnalyzerChains.languageOf("ko-KR")).isEqualTo("ko");
        assertThat(AnalyzerChains.languageOf("RU_ru")).isEqualTo("ru");
        assertThat(AnalyzerChains.languageOf(" uk ")).isEqualTo("uk");
        assertThat(AnalyzerChains.languageOf(null)).isEqualTo("und");
        assertThat(Terms.of("EN-gb", IDS, 3, "treaties")).containsExactly("treati");
    }

    @Test
    void minimumLengthBelowOneIsRejectedWithTheBadValue() {
        assertThatThrownBy(() -> AnalyzerChains.forLanguage("en", List.of(), IDS, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot build an analyzer: the minimum term length must be between 1 and 40 (0)");
    }

    @Test
    void randomStringsInMixedScriptsNeverThrowAndGiveOnlyWellShapedTerms() {
        Random random = new Random(20241112L);
        for (String language : LANGUAGES) {
            for (int minLength : new int[] {1, 3, 5}) {
                try (Analyzer analyzer = AnalyzerChains.forLanguage(language, List.of(), IDS, minLength)) {
                    for (int i = 0; i < 200; i++) {
                        String text = RandomText.mixedScripts(random, 1 + random.nextInt(120));
                        List<String> terms = Terms.of(analyzer, text);
                        assertThat(Terms.of(analyzer, text))
                                .as("reused analyzer on %s", text)
                                .isEqualTo(terms);
                        for (String term : terms) {
                            assertThat(term)
                                    .as("%s in %s (%s)", term, text, language)
                                    .matches(t -> IDS.contains(t) || TermShape.allowed(t, language, minLength));
                        }
                    }
                }
            }
        }
    }

    @Test
    void minimumLengthIsHonouredOnRealText() {
        String text = "Ким и Путин: ДПРК, КНР и РФ подписали договор. Kim and Putin met at 2 a.m. 북한 군 파병";
        for (String language : LANGUAGES) {
            for (String term : Terms.of(language, IDS, 4, text)) {
                assertThat(TermShape.allowed(term, language, 4))
                        .as("%s (%s)", term, language)
                        .isTrue();
            }
        }
    }

    /** What the chains promise about a term that is not an entity id. */
    private static final class TermShape {
        static boolean allowed(String term, String language, int minLength) {
            int length = term.codePointCount(0, term.length());
            boolean hangul =
                    term.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL);
            int min = language.equals("ko") && hangul ? Math.min(2, minLength) : minLength;
            return term.codePoints().anyMatch(Character::isLetter)
                    && length >= min
                    && length <= 40
                    && term.equals(term.toLowerCase(Locale.ROOT));
        }
    }
}
