package org.newsdrift.model;

import java.util.Arrays;

/**
 * The (word, topic) counts in the layout MALLET's samplers read and update: per word, one int per topic it has
 * tokens in, the count in the high bits and the topic in the low {@link #topicBits} bits, largest count first, the
 * unused cells zero. A word gets one cell per topic up to its number of tokens, as in MALLET's ParallelTopicModel,
 * so moving its tokens between topics never overruns the array.
 */
final class PackedTypeTopicCounts {
    private PackedTypeTopicCounts() {}

    /** Bits the topic takes in a packed cell: enough for k - 1, as MALLET computes them. */
    static int topicBits(int k) {
        int mask = Integer.bitCount(k) == 1 ? k - 1 : Integer.highestOneBit(k) * 2 - 1;
        return Integer.bitCount(mask);
    }

    /** Packs the counts; the arrays are new, so a sampler may update them. */
    static int[][] pack(TopicCounts counts) {
        int k = counts.k();
        int bits = topicBits(k);
        int[][] packed = new int[counts.vocabulary()][];
        for (int w = 0; w < packed.length; w++) {
            int tokens = 0;
            int used = 0;
            int[] cells = new int[k];
            for (int t = 0; t < k; t++) {
                int n = counts.wordTopic(w, t);
                if (n > 0) {
                    if (n >= 1 << (31 - bits)) {
                        throw new IllegalArgumentException("Cannot pack topic counts for MALLET: word " + w + " has "
                                + n + " tokens in topic " + t + ", more than " + bits + " topic bits leave room for");
                    }
                    tokens += n;
                    cells[used++] = (n << bits) | t;
                }
            }
            Arrays.sort(cells, 0, used);
            int[] word = new int[Math.min(k, tokens)];
            for (int i = 0; i < used; i++) {
                word[i] = cells[used - 1 - i];
            }
            packed[w] = word;
        }
        return packed;
    }

    /** The count of each (word, topic), indexed {@code w * k + t}: the inverse of {@link #pack}. */
    static int[] unpack(int[][] packed, int k) {
        int bits = topicBits(k);
        int mask = (1 << bits) - 1;
        int[] wordTopic = new int[packed.length * k];
        for (int w = 0; w < packed.length; w++) {
            for (int cell : packed[w]) {
                if (cell > 0) {
                    wordTopic[w * k + (cell & mask)] += cell >> bits;
                }
            }
        }
        return wordTopic;
    }
}
