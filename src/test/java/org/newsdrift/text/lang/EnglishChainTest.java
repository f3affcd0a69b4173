package org.newsdrift.text.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class EnglishChainTest {
    private static final List<String> IDS = List.of("kim_jong_un", "north_korea", "russia", "putin", "un");

    private static List<String> terms(String text) {
        try (Analyzer analyzer = AnalyzerChains.forLanguage("en", List.of("said", "kcna"), IDS, 3)) {
            return Terms.of(analyzer, text);
        }
    }

    @Test
    void sentenceIsStemmedWithoutStopWordsOrConfiguredBoilerplate() {
        assertThat(terms("putin's troops were deployed near the border, KCNA said in 2024"))
                .containsExactly("putin", "troop", "deploi", "near", "border");
    }

    @Test
    void entityIdsAreNotStemmedEvenWhenTheyLookInflected() {
        assertThat(terms("north_korea russia kim_jong_un")).containsExactly("north_korea", "russia", "kim_jong_un");
    }

    @Test
    void shortEntityIdSurvivesTheLengthFilter() {
        assertThat(terms("the UN met")).containsExactly("un", "met");
    }

    @Test
    void stemsShorterThanTheMinimumAreDropped() {
        assertThat(terms("gas its")).isEmpty();
    }

    @Test
    void numbersOrdinalsMeasuresStopLikeWordsAndPunctuatedArtefactsAreNotTerms() {
        assertThat(terms("Two new exhibitions will be given back, made in the 76th year: 4kg, 2024, c.c and d'affaires"
                        + " at the G20 ministry"))
                .containsExactly("exhibit", "year", "g20", "ministri");
    }
}
