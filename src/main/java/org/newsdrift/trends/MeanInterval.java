package org.newsdrift.trends;

/**
 * The 95% Student t interval of a mean of n values that lie in [0, 1] (a topic's weights over n articles), from
 * their sample variance, clipped to [0, 1]. The t quantile rather than 1.96 keeps a period of three articles wide.
 */
public final class MeanInterval {
    private static final double Z = 1.959963984540054;

    /** Two-sided 95% quantiles of Student's t for 1 to 30 degrees of freedom. */
    private static final double[] T_975 = {
        12.706204736, 4.302652730, 3.182446305, 2.776445105, 2.570581836, 2.446911851, 2.364624252, 2.306004135,
        2.262157163, 2.228138852, 2.200985160, 2.178812830, 2.160368656, 2.144786688, 2.131449546, 2.119905299,
        2.109815578, 2.100922040, 2.093024054, 2.085963447, 2.079613845, 2.073873068, 2.068657610, 2.063898562,
        2.059538553, 2.055529439, 2.051830516, 2.048407142, 2.045229642, 2.042272456
    };

    private MeanInterval() {}

    /** The lower bound; 0 when n &lt; 2 (one article says nothing about the spread). */
    public static double low(double mean, Double variance, long n) {
        return bound(mean, variance, n, -1);
    }

    /** The upper bound; 1 when n &lt; 2. */
    public static double high(double mean, Double variance, long n) {
        return bound(mean, variance, n, +1);
    }

    private static double bound(double mean, Double variance, long n, int sign) {
        if (n < 2 || variance == null || Double.isNaN(variance)) {
            return sign < 0 ? 0.0 : 1.0;
        }
        // Summed weights can round a variance of equal values a hair below zero.
        double spread = tQuantile(n - 1) * Math.sqrt(Math.max(0.0, variance) / n);
        return Math.min(1.0, Math.max(0.0, mean + sign * spread));
    }

    /**
     * Student's t two-sided 95% quantile: tabled up to 30 degrees of freedom, above that the Cornish–Fisher
     * expansion around the normal quantile (off by under 1e-7 from 31 on).
     */
    static double tQuantile(long df) {
        if (df < 1) {
            throw new IllegalArgumentException(
                    "Cannot take a t quantile: degrees of freedom must be at least 1 (was " + df + ")");
        }
        if (df <= T_975.length) {
            return T_975[(int) df - 1];
        }
        double v = df;
        double z2 = Z * Z;
        double g1 = Z * (z2 + 1) / 4;
        double g2 = Z * ((5 * z2 + 16) * z2 + 3) / 96;
        double g3 = Z * (((3 * z2 + 19) * z2 + 17) * z2 - 15) / 384;
        double g4 = Z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) / 92160;
        return Z + g1 / v + g2 / (v * v) + g3 / (v * v * v) + g4 / (v * v * v * v);
    }
}
