package org.newsdrift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SweepGridTest {
    @Test
    void aHundredArticlesSweepAroundSevenTopics() {
        // sqrt(100 / 2) = 7.1: the ladder from 3.5 to 14.1.
        assertThat(SweepGrid.forCorpus(100)).containsExactly(4, 6, 8, 12);
    }

    @Test
    void aThousandArticlesSweepAroundTwentyTwo() {
        // sqrt(500) = 22.4: from 11.2 to 44.7.
        assertThat(SweepGrid.forCorpus(1000)).containsExactly(12, 16, 24, 32);
    }

    @Test
    void aHundredThousandArticlesSweepHundredsOfTopics() {
        // sqrt(50,000) = 223.6: from 111.8 to 447.2.
        assertThat(SweepGrid.forCorpus(100_000)).containsExactly(128, 192, 256, 384);
    }

    @Test
    void aSmallCorpusKeepsFiveArticlesATopic() {
        // sqrt(20) = 4.5 would reach 8, but 40 articles hold 8 topics of five.
        assertThat(SweepGrid.forCorpus(40)).containsExactly(3, 4, 6, 8);
        // sqrt(15) = 3.9 would reach 7; 30 articles only 6.
        assertThat(SweepGrid.forCorpus(30)).containsExactly(2, 3, 4, 6);
        assertThat(SweepGrid.forCorpus(16)).containsExactly(2, 3);
    }

    @Test
    void aCorpusTooSmallForAnyLadderValueStillSweepsTwoTopics() {
        assertThat(SweepGrid.forCorpus(4)).containsExactly(2);
        assertThat(SweepGrid.forCorpus(0)).containsExactly(2);
    }

    @Test
    void theSweepGrowsWithTheCorpusAndStaysWithinItsBounds() {
        List<Integer> previous = SweepGrid.forCorpus(1);
        for (long n = 2; n < 200_000; n += 1 + n / 50) {
            List<Integer> ks = SweepGrid.forCorpus(n);
            assertThat(ks).as("n = %d", n).isSorted().doesNotHaveDuplicates().isNotEmpty();
            assertThat(ks.get(0)).as("n = %d", n).isGreaterThanOrEqualTo(previous.get(0));
            assertThat(ks.get(ks.size() - 1)).as("n = %d", n).isGreaterThanOrEqualTo(previous.get(previous.size() - 1));
            if (n >= 10) {
                assertThat(ks.get(ks.size() - 1) * (long) SweepGrid.MIN_ARTICLES_PER_TOPIC)
                        .as("n = %d", n)
                        .isLessThanOrEqualTo(n);
            }
            previous = ks;
        }
    }

    @Test
    void aNegativeCountIsRefusedWithTheValue() {
        assertThatThrownBy(() -> SweepGrid.forCorpus(-1)).hasMessageContaining("(was -1)");
    }
}
