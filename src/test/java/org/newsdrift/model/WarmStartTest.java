package org.newsdrift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A warm start's initial topics: drawn from the previous topics for known terms, uniform for new ones. */
class WarmStartTest {
    private static final List<Map<String, Double>> PREVIOUS = List.of(
            Map.of("missil", 0.6, "launch", 0.4, "grain", 0.0), Map.of("missil", 0.0, "launch", 0.0, "grain", 1.0));

    @Test
    void aTermIsMatchedByItsStringWhateverItsIndexInTheNewVocabulary() {
        WarmStart warm = WarmStart.of(PREVIOUS, new String[] {"grain", "treati", "missil"});
        TopicAssignments doc = warm.assign("a1", new int[] {0, 0, 2, 2, 0, 2}, 3L);
        assertThat(doc.topics()).containsExactly(1, 1, 0, 0, 1, 0);
        assertThat(warm.matchedTerms()).isEqualTo(2);
        assertThat(warm.vocabulary()).isEqualTo(3);
    }

    @Test
    void aTermThePreviousVersionLackedGetsEveryTopicUniformly() {
        WarmStart warm = WarmStart.of(PREVIOUS, new String[] {"treati"});
        int[] words = new int[2000];
        int[] topics = warm.assign("a1", words, 3L).topics();
        long zeros = Arrays.stream(topics).filter(t -> t == 0).count();
        assertThat(zeros).isBetween(900L, 1100L);
    }

    @Test
    void aTermSharedByTopicsGetsThemInProportion() {
        List<Map<String, Double>> shared = List.of(Map.of("x", 0.3), Map.of("x", 0.1));
        int[] topics = WarmStart.of(shared, new String[] {"x"})
                .assign("a", new int[4000], 1L)
                .topics();
        assertThat(Arrays.stream(topics).filter(t -> t == 0).count()).isBetween(2850L, 3150L);
    }

    @Test
    void theDrawsDependOnlyOnTheSeedAndTheArticle() {
        WarmStart warm = WarmStart.of(List.of(Map.of("x", 0.5), Map.of("x", 0.5)), new String[] {"x"});
        int[] words = new int[50];
        assertThat(warm.assign("a", words, 1L).topics())
                .containsExactly(warm.assign("a", words, 1L).topics())
                .isNotEqualTo(warm.assign("b", words, 1L).topics());
    }

    @Test
    void previousTopicsAreRequired() {
        assertThatThrownBy(() -> WarmStart.of(List.of(), new String[] {"x"})).hasMessageContaining("no topics");
    }
}
