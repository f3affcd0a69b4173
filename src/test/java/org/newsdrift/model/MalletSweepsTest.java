package org.newsdrift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** MALLET's worker as our sampler: themes recovered, state never mutated, streams per (seed, round, partition). */
class MalletSweepsTest {
    static final int K = 2;
    static final int VOCABULARY = 10;
    static final int LENGTH = 20;

    /** 40 articles of 20 tokens, topics drawn uniformly: even articles use only words 0–4, odd ones only 5–9. */
    static List<TopicAssignments> twoThemes(long seed) {
        Random words = new Random(3);
        Random topics = new Random(seed);
        List<TopicAssignments> docs = new ArrayList<>();
        for (int d = 0; d < 40; d++) {
            int[] tokens = new int[LENGTH];
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = (d % 2) * 5 + words.nextInt(5);
            }
            docs.add(new TopicAssignments("d" + d, tokens, new int[LENGTH]).withUniformTopics(K, topics));
        }
        return docs;
    }

    static TopicCounts count(List<TopicAssignments> docs) {
        return new RoundTotals(K, VOCABULARY, LENGTH)
                .add(docs, new AlphaStatistics(K, LENGTH))
                .counts();
    }

    private static MalletSweeps.Swept sweep(
            List<TopicAssignments> docs, int round, int partition, int firstSweep, int sweeps) {
        return MalletSweeps.run(
                docs,
                count(docs),
                GibbsPriors.symmetric(K, 0.1, 0.01),
                MalletSweeps.random(9, round, partition),
                firstSweep,
                sweeps,
                true,
                LENGTH);
    }

    private static int[] topicsOf(List<TopicAssignments> docs) {
        return docs.stream().flatMapToInt(doc -> Arrays.stream(doc.topics())).toArray();
    }

    @Test
    void sweepsAgainstTheirOwnCountsRecoverTwoClearlySeparatedTopics() {
        TopicCounts counts = SerialGibbs.fit(
                        twoThemes(11), VOCABULARY, GibbsPriors.symmetric(K, 0.1, 0.01), 100, false, 11L, 0, LENGTH)
                .counts();
        int[] firstTheme = new int[K];
        int[] totals = counts.topicTotalsCopy();
        for (int t = 0; t < K; t++) {
            for (int w = 0; w < 5; w++) {
                firstTheme[t] += counts.wordTopic(w, t);
            }
        }
        assertThat(firstTheme[0] > totals[0] / 2).isNotEqualTo(firstTheme[1] > totals[1] / 2);
        for (int t = 0; t < K; t++) {
            double purity = Math.max(firstTheme[t], totals[t] - firstTheme[t]) / (double) totals[t];
            assertThat(purity).as("purity of topic %d", t).isGreaterThan(0.98);
        }
        assertThat(totals[0] + totals[1]).isEqualTo(40 * LENGTH);
    }

    @Test
    void sweepsReturnNewAssignmentsAndLeaveTheGivenOnesAsTheyWere() {
        List<TopicAssignments> before = twoThemes(1);
        int[] topicsBefore = topicsOf(before);
        List<TopicAssignments> after = sweep(before, 1, 0, 1, 3).docs();
        assertThat(topicsOf(before)).containsExactly(topicsBefore);
        assertThat(topicsOf(after)).isNotEqualTo(topicsBefore);
        assertThat(Arrays.stream(topicsOf(after)).allMatch(t -> t >= 0 && t < K))
                .isTrue();
        for (int d = 0; d < before.size(); d++) {
            assertThat(after.get(d).articleId()).isEqualTo(before.get(d).articleId());
            assertThat(after.get(d).words()).containsExactly(before.get(d).words());
        }
    }

    @Test
    void theSameSeedRoundAndPartitionGiveTheSameSweepsAndOthersDoNot() {
        int[] first = topicsOf(sweep(twoThemes(1), 1, 0, 1, 2).docs());
        assertThat(topicsOf(sweep(twoThemes(1), 1, 0, 1, 2).docs())).containsExactly(first);
        assertThat(topicsOf(sweep(twoThemes(1), 1, 1, 1, 2).docs())).isNotEqualTo(first);
        assertThat(topicsOf(sweep(twoThemes(1), 2, 0, 1, 2).docs())).isNotEqualTo(first);
    }

    @Test
    void onlyTheScheduledSweepsAfterTheBurnInCollectAlphaStatistics() {
        assertThat(sweep(twoThemes(1), 1, 0, 191, 10).statistics().isEmpty()).isTrue();
        // Sweeps 201 to 220: the 210th and the 220th collect, once per article each (not at every sweep).
        AlphaStatistics collected = sweep(twoThemes(1), 1, 0, 201, 20).statistics();
        assertThat(collected.documentLengths()[LENGTH]).isEqualTo(2 * 40);
        assertThat(Arrays.stream(collected.documentLengths()).sum()).isEqualTo(2 * 40);
        int articleTopics = Arrays.stream(collected.topicDocuments())
                .flatMapToInt(Arrays::stream)
                .sum();
        assertThat(articleTopics).isBetween(2 * 40, 2 * 40 * K);
    }

    @Test
    void aWorkerThatStopsEarlyIsAnErrorNotASilentPartialSweep() {
        List<TopicAssignments> all = twoThemes(1);
        List<TopicAssignments> docs =
                all.stream().filter(doc -> doc.words()[0] >= 5).toList();
        // Counts whose tokens are all word 0, which these articles lack: MALLET's worker overruns the first token's
        // (empty) counts and only prints the exception.
        List<TopicAssignments> otherWord = all.stream()
                .map(doc -> new TopicAssignments(doc.articleId(), new int[LENGTH], doc.topics()))
                .toList();
        TopicCounts wrong = count(otherWord);
        assertThatThrownBy(() -> MalletSweeps.run(
                        docs,
                        wrong,
                        GibbsPriors.symmetric(K, 0.1, 0.01),
                        MalletSweeps.random(1, 1, 0),
                        1,
                        1,
                        false,
                        LENGTH))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(
                        "Cannot sample topics: MALLET's worker stopped in sweep 1 after 1 of 400 tokens, with 799 of 800");
    }
}
