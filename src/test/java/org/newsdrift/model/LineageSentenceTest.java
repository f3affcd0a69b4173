package org.newsdrift.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineageSentenceTest {

    @Test
    void aFirstModelSaysHowManyTopicsWereBorn() {
        assertThat(LineageSentence.of(events("born", 8))).isEqualTo("8 topics born");
    }

    @Test
    void aRefitCountsEachKindOfEventInAFixedOrderWithTheTablesDiedReadAsRetired() {
        List<TopicAligner.Event> events = new ArrayList<>();
        events.addAll(events("died", 2));
        events.addAll(events("born", 2));
        events.addAll(events("continued", 4));
        events.addAll(events("split", 1));

        assertThat(LineageSentence.of(events)).isEqualTo("4 topics continued, 1 split off, 2 born, 2 retired");
    }

    @Test
    void oneTopicIsSingularAndNoEventsSayNoTopics() {
        assertThat(LineageSentence.of(events("merged", 1))).isEqualTo("1 topic merged");
        assertThat(LineageSentence.of(List.of())).isEqualTo("no topics");
    }

    private static List<TopicAligner.Event> events(String kind, int n) {
        List<TopicAligner.Event> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(new TopicAligner.Event(i, i, null, null, kind));
        }
        return events;
    }
}
