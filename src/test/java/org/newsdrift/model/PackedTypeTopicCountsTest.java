package org.newsdrift.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackedTypeTopicCountsTest {
    @Test
    void topicBitsAreThoseMalletUses() {
        assertThat(PackedTypeTopicCounts.topicBits(2)).isEqualTo(1);
        assertThat(PackedTypeTopicCounts.topicBits(5)).isEqualTo(3);
        assertThat(PackedTypeTopicCounts.topicBits(8)).isEqualTo(3);
        assertThat(PackedTypeTopicCounts.topicBits(20)).isEqualTo(5);
    }

    @Test
    void aWordsCountsArePackedLargestFirstWithOneCellPerTokenUpToK() {
        // Word 0: 2 tokens in topic 1, 3 in topic 4, 1 in topic 2; word 1: one token in topic 3; word 2: none.
        TopicCounts counts = new TopicCounts(5, 3);
        counts.add(new TopicAssignments("a", new int[] {0, 0, 0, 0, 0, 0, 1}, new int[] {1, 4, 4, 1, 2, 4, 3}));
        int[][] packed = PackedTypeTopicCounts.pack(counts);
        assertThat(packed[0]).containsExactly((3 << 3) | 4, (2 << 3) | 1, (1 << 3) | 2, 0, 0);
        assertThat(packed[1]).containsExactly((1 << 3) | 3);
        assertThat(packed[2]).isEmpty();
        assertThat(PackedTypeTopicCounts.unpack(packed, 5)).containsExactly(counts.wordTopicCopy());
    }

    @Test
    void packingAndUnpackingASampledStateGivesItsCounts() {
        List<TopicAssignments> docs = MalletSweepsTest.twoThemes(4);
        TopicCounts counts = MalletSweepsTest.count(docs);
        int[][] packed = PackedTypeTopicCounts.pack(counts);
        assertThat(PackedTypeTopicCounts.unpack(packed, MalletSweepsTest.K)).containsExactly(counts.wordTopicCopy());
    }
}
