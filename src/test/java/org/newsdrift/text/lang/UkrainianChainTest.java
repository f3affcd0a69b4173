package org.newsdrift.text.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.junit.jupiter.api.Test;

class UkrainianChainTest {
    private static final List<String> IDS = List.of("kim_jong_un", "north_korea", "russia", "putin");

    private static List<String> terms(String text) {
        return Terms.of("uk", IDS, 3, text);
    }

    @Test
    void inflectionsBecomeTheirLemma() {
        assertThat(terms("договору договір договорами")).containsExactly("договір", "договір", "договір");
    }

    @Test
    void sentenceGivesLowerCaseLemmasWithoutStopWordsOrBoilerplate() {
        assertThat(terms("Північна Корея відправила своїх солдатів до Росії, заявив президент"))
                .containsExactly("північний", "корея", "відправити", "солдат", "росія", "президент");
    }

    @Test
    void agencyBylineIsRemoved() {
        assertThat(terms("повідомляє Укрінформ")).isEmpty();
    }

    @Test
    void curlyApostropheIsTheSameWordAsTheStraightOne() {
        assertThat(terms("об’єкт об'єкт")).containsExactly("об'єкт", "об'єкт");
    }

    @Test
    void entityIdsAreNeitherLemmatisedNorSplit() {
        assertThat(terms("kim_jong_un і putin")).containsExactly("kim_jong_un", "putin");
    }

    @Test
    void anAmbiguousWordIsCountedOnce() {
        try (Analyzer plain = new UkrainianMorfologikAnalyzer()) {
            assertThat(Terms.of(plain, "стали")).hasSizeGreaterThan(1);
        }
        assertThat(terms("стали")).hasSize(1);
    }
}
