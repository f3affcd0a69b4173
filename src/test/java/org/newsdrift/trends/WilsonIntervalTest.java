package org.newsdrift.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WilsonIntervalTest {
    private static final long SEED = 20240619L;

    @Test
    void noneOfTenGivesZeroToAboutAQuarter() {
        assertThat(WilsonInterval.low(0, 10)).isEqualTo(0.0);
        assertThat(WilsonInterval.high(0, 10)).isCloseTo(0.2775, within(1e-4));
    }

    @Test
    void halfOfTenGivesTheKnownInterval() {
        assertThat(WilsonInterval.low(5, 10)).isCloseTo(0.2366, within(1e-4));
        assertThat(WilsonInterval.high(5, 10)).isCloseTo(0.7634, within(1e-4));
    }

    @Test
    void allOfTenMirrorsNoneOfTen() {
        assertThat(WilsonInterval.low(10, 10)).isCloseTo(1 - 0.2775, within(1e-4));
        assertThat(WilsonInterval.high(10, 10)).isEqualTo(1.0);
    }

    @Test
    void largeSampleGivesANarrowInterval() {
        // 300 of 1000: p = 0.3, Wilson 95% interval [0.2724, 0.3291]
        assertThat(WilsonInterval.low(300, 1000)).isCloseTo(0.2724, within(1e-4));
        assertThat(WilsonInterval.high(300, 1000)).isCloseTo(0.3291, within(1e-4));
    }

    @Test
    void noArticlesGiveTheWholeUnitInterval() {
        assertThat(WilsonInterval.low(0, 0)).isEqualTo(0.0);
        assertThat(WilsonInterval.high(0, 0)).isEqualTo(1.0);
    }

    @Test
    void intervalHoldsTheProportionAndStaysInsideTheUnitInterval() {
        Random random = new Random(SEED);
        for (int i = 0; i < 5_000; i++) {
            long n = 1 + random.nextInt(i % 2 == 0 ? 50 : 1_000_000);
            long k = i % 10 == 0 ? 0 : i % 10 == 1 ? n : (long) (random.nextDouble() * (n + 1));
            double p = (double) k / n;

            double low = WilsonInterval.low(k, n);
            double high = WilsonInterval.high(k, n);

            assertThat(low).as("low(%d, %d)", k, n).isGreaterThanOrEqualTo(0.0).isLessThanOrEqualTo(p);
            assertThat(high).as("high(%d, %d)", k, n).isGreaterThanOrEqualTo(p).isLessThanOrEqualTo(1.0);
            assertThat(1 - WilsonInterval.high(n - k, n))
                    .as("mirror of low(%d, %d)", k, n)
                    .isCloseTo(low, within(1e-12));
        }
    }

    @Test
    void boundsAreExactlyZeroAndOneAtTheEnds() {
        for (long n = 1; n <= 2000; n++) {
            assertThat(WilsonInterval.low(0, n)).as("low(0, %d)", n).isEqualTo(0.0);
            assertThat(WilsonInterval.high(n, n)).as("high(%d, %d)", n, n).isEqualTo(1.0);
            assertThat(WilsonInterval.high(0, n)).as("high(0, %d)", n).isGreaterThan(0.0);
            assertThat(WilsonInterval.low(n, n)).as("low(%d, %d)", n, n).isLessThan(1.0);
        }
    }

    @Test
    void moreArticlesNarrowTheIntervalAtTheSameProportion() {
        double previous = 1.0;
        for (long n = 10; n <= 100_000; n *= 10) {
            double width = WilsonInterval.high(n / 5, n) - WilsonInterval.low(n / 5, n);
            assertThat(width).as("width at n = %d", n).isLessThan(previous);
            previous = width;
        }
    }
}
