package org.newsdrift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicAlignerTest {
    private static final TopicAligner ALIGNER = new TopicAligner(0.5);
    private static final Map<String, Double> ARMS = Map.of("shell", 0.5, "missil", 0.4, "treati", 0.05, "grain", 0.05);
    private static final Map<String, Double> TREATY =
            Map.of("shell", 0.05, "missil", 0.05, "treati", 0.8, "grain", 0.1);
    private static final Map<String, Double> TRADE =
            Map.of("shell", 0.02, "missil", 0.02, "treati", 0.06, "grain", 0.9);

    @Test
    void identicalDistributionsAreAtDistanceZeroAndDisjointOnesAtOne() {
        Set<String> support = Set.of("a", "b");
        assertThat(TopicAligner.jensenShannonDistance(Map.of("a", 1.0), Map.of("a", 1.0), support))
                .isEqualTo(0.0);
        assertThat(TopicAligner.jensenShannonDistance(Map.of("a", 1.0, "b", 0.0), Map.of("a", 0.0, "b", 1.0), support))
                .isCloseTo(1.0, within(1e-12));
    }

    @Test
    void distanceIsMeasuredOverTheSharedVocabularyOnly() {
        // "x" exists only in the first version: dropped, the rest renormalised, so the topics are the same.
        double distance = TopicAligner.jensenShannonDistance(
                Map.of("a", 0.25, "b", 0.25, "x", 0.5), Map.of("a", 0.5, "b", 0.5), Set.of("a", "b"));
        assertThat(distance).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void aFirstVersionsTopicsAreAllBornWithFreshIds() {
        List<TopicAligner.Event> events = ALIGNER.align(List.of(), List.of(ARMS, TREATY), 0);
        assertThat(events).extracting(TopicAligner.Event::event).containsExactly("born", "born");
        assertThat(events).extracting(TopicAligner.Event::topicId).containsExactly(0, 1);
    }

    @Test
    void reorderedTopicsKeepTheirIds() {
        List<TopicAligner.Topic> previous = List.of(new TopicAligner.Topic(4, ARMS), new TopicAligner.Topic(9, TREATY));
        List<TopicAligner.Event> events = ALIGNER.align(previous, List.of(TREATY, ARMS), 10);

        assertThat(events).allMatch(e -> e.event().equals("continued"));
        assertThat(events)
                .extracting(TopicAligner.Event::topicIndex, TopicAligner.Event::topicId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(0, 9), org.assertj.core.groups.Tuple.tuple(1, 4));
    }

    @Test
    void aNewThemeIsBornAndAVanishedOneDies() {
        List<TopicAligner.Topic> previous = List.of(new TopicAligner.Topic(0, ARMS), new TopicAligner.Topic(1, TREATY));
        List<TopicAligner.Event> events = ALIGNER.align(previous, List.of(ARMS, TRADE), 2);

        assertThat(events).anySatisfy(e -> {
            assertThat(e.event()).isEqualTo("continued");
            assertThat(e.topicId()).isEqualTo(0);
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.event()).isEqualTo("born");
            assertThat(e.topicIndex()).isEqualTo(1);
            assertThat(e.topicId()).isEqualTo(2);
            assertThat(e.matchedFrom()).isNull();
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.event()).isEqualTo("died");
            assertThat(e.topicId()).isEqualTo(1);
            assertThat(e.topicIndex()).isEqualTo(-1);
        });
    }

    @Test
    void aThemeSeenTwiceIsASplitAndTwoThemesSeenAsOneAreAMerge() {
        Map<String, Double> armsVariant = Map.of("shell", 0.45, "missil", 0.45, "treati", 0.05, "grain", 0.05);
        List<TopicAligner.Event> split =
                ALIGNER.align(List.of(new TopicAligner.Topic(0, ARMS)), List.of(ARMS, armsVariant), 1);
        assertThat(split).extracting(TopicAligner.Event::event).containsExactlyInAnyOrder("continued", "split");
        assertThat(split)
                .filteredOn(e -> e.event().equals("split"))
                .singleElement()
                .satisfies(e -> assertThat(e.matchedFrom()).isEqualTo(0));

        List<TopicAligner.Event> merged = ALIGNER.align(
                List.of(new TopicAligner.Topic(0, ARMS), new TopicAligner.Topic(1, armsVariant)), List.of(ARMS), 2);
        assertThat(merged).extracting(TopicAligner.Event::event).containsExactlyInAnyOrder("continued", "merged");
    }

    @Test
    void aThresholdOutsideTheUnitIntervalIsRefused() {
        assertThatThrownBy(() -> new TopicAligner(1.5)).hasMessageContaining("threshold must be in (0, 1] (was 1.5)");
    }
}
