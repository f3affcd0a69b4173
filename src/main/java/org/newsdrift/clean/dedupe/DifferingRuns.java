package org.newsdrift.clean.dedupe;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The stretches of a text that another text does not share: maximal runs of tokens that no shared shingle covers,
 * each with the shared shingles just before and after it (its anchors), so that a run of one text can be matched
 * with the run of the other text that stands in the same place.
 */
public final class DifferingRuns {
    /** The anchor of a run at the start of its text. */
    public static final long START = Long.MIN_VALUE;
    /** The anchor of a run at the end of its text. */
    public static final long END = Long.MAX_VALUE;

    /**
     * Tokens {@code start} (inclusive) to {@code end} (exclusive), between the shared shingle {@code before} and the
     * shared shingle {@code after} ({@link #START} or {@link #END} at the text's edges).
     */
    public record Run(int start, int end, long before, long after) {
        public int length() {
            return end - start;
        }

        /** Whether {@code other} stands in the same place of the other text: the same shingle before it or after it. */
        public boolean alignedWith(Run other) {
            return before == other.before || after == other.after;
        }
    }

    private DifferingRuns() {}

    /**
     * The runs of a text of {@code tokenCount} tokens whose shingle hashes by position are {@code positions} (see
     * {@link Shingles#positions}), where {@code shared} tells the shingles the other text has.
     */
    public static List<Run> of(int[] positions, int tokenCount, int size, IntPredicate shared) {
        boolean[] covered = new boolean[tokenCount];
        for (int i = 0; i < positions.length; i++) {
            if (shared.test(positions[i])) {
                for (int t = i, end = Math.min(tokenCount, i + size); t < end; t++) {
                    covered[t] = true;
                }
            }
        }
        List<Run> runs = new ArrayList<>();
        for (int t = 0; t < tokenCount; t++) {
            if (!covered[t]) {
                int start = t;
                while (t < tokenCount && !covered[t]) {
                    t++;
                }
                // A covered token just before a run is covered by the shingle that ends there (one starting later would
                // cover the run's first token too), and one just after it by the shingle that starts there.
                long before = start - size >= 0 ? positions[start - size] : START;
                long after = t < tokenCount && t < positions.length ? positions[t] : END;
                runs.add(new Run(start, t, before, after));
            }
        }
        return runs;
    }
}
