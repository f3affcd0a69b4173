package org.newsdrift.trends;

/**
 * The Wilson score interval of a proportion k/n at 95% confidence: unlike k/n ± normal error, it stays inside
 * [0, 1] and stays wide when n is small, so a week with three articles does not look like a certain spike.
 */
public final class WilsonInterval {
    private static final double Z = 1.959963984540054;

    private WilsonInterval() {}

    public static double low(long k, long n) {
        return bound(k, n, -1);
    }

    public static double high(long k, long n) {
        return bound(k, n, +1);
    }

    private static double bound(long k, long n, int sign) {
        if (n <= 0) {
            return sign < 0 ? 0.0 : 1.0;
        }
        // Exact at the ends, where the formula's rounding would otherwise put the bound a hair past k/n.
        if (sign < 0 && k == 0) {
            return 0.0;
        }
        if (sign > 0 && k == n) {
            return 1.0;
        }
        double p = (double) k / n;
        double z2 = Z * Z;
        double centre = p + z2 / (2.0 * n);
        double spread = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        double value = (centre + sign * spread) / (1 + z2 / n);
        return Math.min(1.0, Math.max(0.0, value));
    }
}
