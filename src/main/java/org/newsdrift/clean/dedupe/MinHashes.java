package org.newsdrift.clean.dedupe;

import java.io.Serializable;
import java.util.Arrays;

/**
 * MinHash values of a set of vector indices under MLlib's {@code MinHashLSH} hash family: table {@code t} hashes
 * index {@code i} to {@code ((1 + i) * a[t] + b[t]) mod prime} and keeps the smallest value over the set.
 *
 * <p>The coefficients come from a fitted {@code MinHashLSHModel} (see {@link NearDuplicateStep}), so the values are
 * the ones its {@code transform} gives; this computes them in one pass over primitive arrays, where MLlib iterates
 * the vector once per table through boxed tuples, which made hashing several times slower than shingling.
 */
final class MinHashes implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long[] a;
    private final long[] b;
    private final long prime;

    MinHashes(long[] a, long[] b, long prime) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("MinHash needs one (a, b) pair per table, and at least one table");
        }
        this.a = a.clone();
        this.b = b.clone();
        this.prime = prime;
    }

    /** One value per table for a non-empty set of indices (non-negative ints, such as {@link Shingles#indices}). */
    long[] of(int[] indices) {
        if (indices.length == 0) {
            throw new IllegalArgumentException("MinHash of an empty set is undefined");
        }
        long[] values = new long[a.length];
        Arrays.fill(values, Long.MAX_VALUE);
        for (int index : indices) {
            long x = 1L + index;
            for (int t = 0; t < values.length; t++) {
                long h = (x * a[t] + b[t]) % prime;
                if (h < values[t]) {
                    values[t] = h;
                }
            }
        }
        return values;
    }
}
