package org.newsdrift.clean.dedupe;

/**
 * LSH band keys from MinHash values: band {@code b} combines values {@code b*rows .. b*rows + rows - 1}, so two
 * articles share a band's key when all its values agree (AND within a band; OR across bands). MLlib's MinHash
 * values are below 2^31, so two of them pack exactly into a key; longer bands are mixed, and a rare key collision
 * only adds a candidate that exact verification rejects.
 */
final class LshBands {
    private LshBands() {}

    static long[] keys(long[] values, int rows) {
        if (rows < 1 || values.length % rows != 0) {
            throw new IllegalArgumentException(values.length + " MinHash values do not split into bands of " + rows);
        }
        long[] keys = new long[values.length / rows];
        for (int band = 0; band < keys.length; band++) {
            long key = values[band * rows];
            for (int i = 1; i < rows; i++) {
                long value = values[band * rows + i];
                key = rows == 2 ? (key << 31) | value : mix(key * 0x9E3779B97F4A7C15L + value);
            }
            keys[band] = key;
        }
        return keys;
    }

    /** The finaliser of SplitMix64: spreads every input bit over the whole key. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
