package org.newsdrift.text.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RussianChainTest {
    private static final List<String> IDS = List.of("kim_jong_un", "north_korea", "russia", "putin");

    private static List<String> terms(String text) {
        return Terms.of("ru", IDS, 3, text);
    }

    @Test
    void inflectionsOfANounConflate() {
        assertThat(terms("договора договор договору договором договоров"))
                .containsOnly("договор")
                .hasSize(5);
    }

    @Test
    void sentenceLosesStopWordsAndBoilerplateAndIsStemmed() {
        assertThat(
                        terms(
                                "Как сообщает РИА Новости, putin и kim_jong_un подписали договор о всеобъемлющем стратегическом партнёрстве"))
                .containsExactly(
                        "putin", "kim_jong_un", "подписа", "договор", "всеобъемлющ", "стратегическ", "партнерств");
    }

    @Test
    void yoAndYeSpellingsAreOneTerm() {
        assertThat(terms("партнёрство партнерство")).containsExactly("партнерств", "партнерств");
    }

    @Test
    void verbFormsConflate() {
        assertThat(terms("подписал подписали подписала"))
                .containsOnly("подписа")
                .hasSize(3);
    }

    @Test
    void numbersOrdinalsAndStopLikeWordsAreNotTerms() {
        assertThat(terms("Первый визит: два года, 2024, 3-й раз, это новые учения, которыми вряд ли"))
                .containsExactly("виз", "учен");
    }
}
