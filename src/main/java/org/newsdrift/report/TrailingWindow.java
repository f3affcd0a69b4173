package org.newsdrift.report;

import java.util.Map;

/**
 * A value's mean and standard deviation over the {@code window} periods right before one period, periods without a
 * value counting as 0: the window {@code term_trends} measures {@code burst_z} against, so that the report's
 * baseline of a burst is the same window applied to article counts.
 *
 * @param mean the sum over the window divided by its length
 * @param sd the population standard deviation over the window
 */
record TrailingWindow(double mean, double sd) {

    /**
     * @param byIndex values by period index ({@link Granularity#index}); absent periods count as 0
     * @param index the period whose window this is (not part of it)
     * @param window the number of periods before it
     */
    static TrailingWindow before(Map<Long, Double> byIndex, long index, int window) {
        if (window < 1) {
            throw new IllegalArgumentException(
                    "Cannot measure a trailing window: it must span at least 1 period (was " + window + ")");
        }
        double sum = 0;
        double squares = 0;
        for (long i = index - window; i < index; i++) {
            double v = byIndex.getOrDefault(i, 0.0);
            sum += v;
            squares += v * v;
        }
        double mean = sum / window;
        return new TrailingWindow(mean, Math.sqrt(Math.max(0, squares / window - mean * mean)));
    }
}
