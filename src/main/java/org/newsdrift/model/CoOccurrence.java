package org.newsdrift.model;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many documents contain each of a few words, and each pair of them: what topic coherence is computed from.
 * Counts for {@code words.size()} words and all their pairs, never the corpus itself.
 */
public final class CoOccurrence implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<String> words;
    private final Map<String, Integer> index = new HashMap<>();
    private final long documents;
    private final long[] counts;

    /**
     * @param counts document frequency of word i at {@link #slot(int, int) slot(i, i)} and of the pair (i, j) at
     *     {@code slot(i, j)}
     */
    public CoOccurrence(List<String> words, long documents, long[] counts) {
        if (counts.length != slots(words.size())) {
            throw new IllegalArgumentException("Cannot use co-occurrence counts: expected " + slots(words.size())
                    + " counts for " + words.size() + " words (was " + counts.length + ")");
        }
        this.words = List.copyOf(words);
        for (int i = 0; i < words.size(); i++) {
            index.put(words.get(i), i);
        }
        this.documents = documents;
        this.counts = counts.clone();
    }

    /** Number of counters for {@code n} words: one per word and one per unordered pair. */
    public static int slots(int n) {
        return n * (n + 1) / 2;
    }

    /** Position of the counter of words i and j (either order; i == j is the word's own count). */
    public static int slot(int i, int j) {
        int low = Math.min(i, j);
        int high = Math.max(i, j);
        return high * (high + 1) / 2 + low;
    }

    public List<String> words() {
        return words;
    }

    public long documents() {
        return documents;
    }

    /** Documents containing {@code word}; 0 for a word that was not counted. */
    public long documentFrequency(String word) {
        Integer i = index.get(word);
        return i == null ? 0 : counts[slot(i, i)];
    }

    /** Documents containing both words; 0 when either was not counted. */
    public long documentFrequency(String a, String b) {
        Integer i = index.get(a);
        Integer j = index.get(b);
        return i == null || j == null ? 0 : counts[slot(i, j)];
    }
}
