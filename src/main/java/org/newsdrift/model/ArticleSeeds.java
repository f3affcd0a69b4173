package org.newsdrift.model;

import java.nio.charset.StandardCharsets;

/** Per-article random seeds: a function of a model's seed and the article's id only, never of where it is scored. */
final class ArticleSeeds {
    private ArticleSeeds() {}

    /** A 64-bit mix (SplitMix64's finaliser, once per byte) of the seed and the UTF-8 bytes of the id. */
    static long of(long seed, String articleId) {
        long h = mix(seed);
        for (byte b : articleId.getBytes(StandardCharsets.UTF_8)) {
            h = mix(h ^ (b & 0xff));
        }
        return h;
    }

    private static long mix(long z) {
        z = (z + 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
