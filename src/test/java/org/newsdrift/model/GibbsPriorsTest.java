package org.newsdrift.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GibbsPriorsTest {
    private static final int K = MalletSweepsTest.K;

    @Test
    void optimisedPriorsFollowArticlesThatEachHaveOneTopic() {
        List<TopicAssignments> docs = SerialGibbs.fit(
                        MalletSweepsTest.twoThemes(2),
                        MalletSweepsTest.VOCABULARY,
                        GibbsPriors.symmetric(K, 2.5, 0.01),
                        100,
                        false,
                        2L,
                        0,
                        MalletSweepsTest.LENGTH)
                .docs();
        TopicCounts counts = MalletSweepsTest.count(docs);
        AlphaStatistics statistics = MalletSweeps.run(
                        docs,
                        counts,
                        GibbsPriors.symmetric(K, 2.5, 0.01),
                        MalletSweeps.random(2, 1, 0),
                        210,
                        1,
                        true,
                        MalletSweepsTest.LENGTH)
                .statistics();

        GibbsPriors priors = GibbsPriors.symmetric(K, 2.5, 0.01);
        for (int i = 0; i < 20; i++) {
            priors = priors.optimised(counts, statistics);
        }
        // Articles made of one theme each: a small alpha (sparse mixtures) fits them better than MALLET's start.
        assertThat(priors.alpha()[0] + priors.alpha()[1]).isLessThan(1.0);
        assertThat(priors.beta()).isGreaterThan(0.0).isNotEqualTo(0.01);
    }

    @Test
    void withoutAlphaStatisticsOnlyBetaIsReestimated() {
        List<TopicAssignments> docs = MalletSweepsTest.twoThemes(2);
        GibbsPriors priors = GibbsPriors.symmetric(K, 2.5, 0.01)
                .optimised(MalletSweepsTest.count(docs), new AlphaStatistics(K, MalletSweepsTest.LENGTH));
        assertThat(priors.alpha()).containsExactly(2.5, 2.5);
        assertThat(priors.beta()).isNotEqualTo(0.01);
    }

    @Test
    void symmetricPriorsDefaultToMalletsCommandLineValues() {
        GibbsPriors priors = GibbsPriors.symmetric(4, null, null);
        assertThat(priors.alpha()).containsExactly(1.25, 1.25, 1.25, 1.25);
        assertThat(priors.beta()).isEqualTo(0.01);
    }
}
