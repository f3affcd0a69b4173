package org.newsdrift.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MeanIntervalTest {
    private static final long SEED = 20241112L;

    @Test
    void fiveWeightsGiveTheStudentIntervalWithFourDegreesOfFreedom() {
        // 0.1 .. 0.5: mean 0.3, sample variance 0.025, t(0.975, 4) = 2.7764.
        assertThat(MeanInterval.low(0.3, 0.025, 5)).isCloseTo(0.103676, within(1e-6));
        assertThat(MeanInterval.high(0.3, 0.025, 5)).isCloseTo(0.496324, within(1e-6));
    }

    @Test
    void manyArticlesUseTheExpandedQuantile() {
        // t(0.975, 99) = 1.98422, standard error 0.02.
        assertThat(MeanInterval.low(0.5, 0.04, 100)).isCloseTo(0.460316, within(1e-6));
        assertThat(MeanInterval.high(0.5, 0.04, 100)).isCloseTo(0.539684, within(1e-6));
    }

    @Test
    void theExpansionTakesOverFromTheTableWithoutAJump() {
        assertThat(MeanInterval.tQuantile(30)).isCloseTo(2.0422725, within(1e-7));
        assertThat(MeanInterval.tQuantile(31)).isCloseTo(2.0395134, within(1e-7));
        assertThat(MeanInterval.tQuantile(1000)).isCloseTo(1.9623391, within(1e-7));
        assertThat(MeanInterval.tQuantile(1)).isCloseTo(12.7062047, within(1e-7));
    }

    @Test
    void quantilesFallAsDegreesOfFreedomGrowAndStayAboveTheNormal() {
        for (long df = 1; df < 2000; df++) {
            assertThat(MeanInterval.tQuantile(df + 1))
                    .as("df %d", df)
                    .isLessThan(MeanInterval.tQuantile(df))
                    .isGreaterThan(1.959963984540054);
        }
    }

    @Test
    void oneArticleGivesTheWholeUnitInterval() {
        assertThat(MeanInterval.low(0.8, null, 1)).isEqualTo(0.0);
        assertThat(MeanInterval.high(0.8, null, 1)).isEqualTo(1.0);
        assertThat(MeanInterval.low(0.8, Double.NaN, 2)).isEqualTo(0.0);
    }

    @Test
    void boundsAreClippedToTheUnitInterval() {
        // Two articles of 0.9 and 0.3: t(0.975, 1) = 12.7 makes the raw interval far wider than [0, 1].
        assertThat(MeanInterval.low(0.6, 0.18, 2)).isEqualTo(0.0);
        assertThat(MeanInterval.high(0.6, 0.18, 2)).isEqualTo(1.0);
        assertThat(MeanInterval.low(0.02, 0.001, 10)).isEqualTo(0.0);
    }

    @Test
    void equalWeightsGiveAPointEvenWhenTheVarianceRoundsBelowZero() {
        assertThat(MeanInterval.low(0.25, -1e-18, 4)).isEqualTo(0.25);
        assertThat(MeanInterval.high(0.25, 0.0, 4)).isEqualTo(0.25);
    }

    @Test
    void randomWeightsAlwaysGiveBoundsAroundTheirMeanInsideTheUnitInterval() {
        Random random = new Random(SEED);
        for (int trial = 0; trial < 1000; trial++) {
            int n = 1 + random.nextInt(50);
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double w = Math.pow(random.nextDouble(), 1 + random.nextInt(5));
                sum += w;
                squares += w * w;
            }
            double mean = sum / n;
            Double variance = n < 2 ? null : (squares - n * mean * mean) / (n - 1);
            double low = MeanInterval.low(mean, variance, n);
            double high = MeanInterval.high(mean, variance, n);
            assertThat(low).isBetween(0.0, mean + 1e-12);
            assertThat(high).isBetween(mean - 1e-12, 1.0);
        }
    }

    @Test
    void noDegreesOfFreedomIsRefusedWithTheValue() {
        assertThatThrownBy(() -> MeanInterval.tQuantile(0)).hasMessageContaining("(was 0)");
    }
}
