package org.newsdrift.clean.dedupe;

/** Exact Jaccard similarity |A ∩ B| / |A ∪ B| of two sorted, distinct int sets such as {@link Shingles#hashes}. */
public final class Jaccard {
    private Jaccard() {}

    /** The similarity in [0, 1]; two empty sets are 0, since nothing shows they are copies. */
    public static double similarity(int[] a, int[] b) {
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - shared;
        return union == 0 ? 0.0 : (double) shared / union;
    }

    /** One minus the similarity, the distance MinHashLSH thresholds on. */
    public static double distance(int[] a, int[] b) {
        return 1.0 - similarity(a, b);
    }
}
