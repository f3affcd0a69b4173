package org.newsdrift.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.newsdrift.text.Datelines;

/**
 * Attention before and after a change of the job, from two runs over the same input: each month's relevant share
 * side by side, and why an article relevant before is not relevant after (issue 20). Pure; the bench reads the tables.
 */
public final class AttentionShift {
    private AttentionShift() {}

    /** One article as one run wrote it; {@code digest} is false where the run had no article_kind. */
    public record Reading(String id, boolean relevant, boolean digest, String evidence, String duplicateKind) {
        /** Counted among the month's relevant articles: relevant and not a digest (digests are counted apart). */
        public boolean relevantArticle() {
            return relevant && !digest;
        }
    }

    /** A month of the coverage table (all sources and languages) in both runs; digests only after. */
    public record Month(
            String month,
            long beforeArticles,
            long beforeRelevant,
            long afterArticles,
            long afterRelevant,
            long afterDigests,
            long afterRelevantDigests) {}

    /** Why an article relevant before is not a relevant article after, the first that applies in this order. */
    public enum Reason {
        GONE("not an article after (rejected or never read)"),
        DIGEST("a digest now (counted apart)"),
        DATELINE("the only co-mention was the dateline (or \"here\" after it)"),
        PASSING("passing or list mentions: a co-mention found, score under min_score"),
        NO_CO_MENTION("no sentence or title names both sides (a paragraph did, or a name inside a longer word)");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /**
     * Why {@code before} (relevant) is not relevant after. {@code namesBothSides} tells whether a piece of text names
     * both sides of the subject; the dateline case is read from the sentence that was the evidence before.
     *
     * @param after the same article after, or null when the later run has no such article
     */
    public static Reason why(Reading before, Reading after, Predicate<String> namesBothSides) {
        if (after == null) {
            return Reason.GONE;
        }
        if (after.digest()) {
            return Reason.DIGEST;
        }
        String evidence = before.evidence();
        if (evidence != null) {
            String rest = Datelines.strip(evidence);
            if (!rest.equals(evidence) && !namesBothSides.test(rest)) {
                return Reason.DATELINE;
            }
        }
        // The evidence is the first sentence naming both sides, else the one naming the most.
        return after.evidence() != null && namesBothSides.test(after.evidence())
                ? Reason.PASSING
                : Reason.NO_CO_MENTION;
    }

    /** Relevant before and not a relevant article after: the reasons, with how many a person labelled relevant. */
    public static final class Breakdown {
        private final Map<Reason, int[]> counts = new EnumMap<>(Reason.class);
        private int total;

        /** Adds one article; {@code label} is "relevant", "not_relevant" or null when no one labelled it. */
        public void add(Reason reason, String label) {
            int[] c = counts.computeIfAbsent(reason, r -> new int[3]);
            c[0]++;
            if (label != null) {
                c[1]++;
                if (label.equals("relevant")) {
                    c[2]++;
                }
            }
            total++;
        }

        public int total() {
            return total;
        }

        /** Dropped articles of {@code reason}, of them labelled, of those labelled relevant. */
        public int[] of(Reason reason) {
            return counts.getOrDefault(reason, new int[3]).clone();
        }

        /** A Markdown table: one row per reason that occurred, then all. */
        public String markdown() {
            List<String> lines = new ArrayList<>();
            lines.add("| why no longer a relevant article | articles | labelled | labelled relevant |");
            lines.add("|---|---:|---:|---:|");
            int[] all = new int[3];
            for (Reason reason : Reason.values()) {
                int[] c = of(reason);
                if (c[0] > 0) {
                    lines.add(String.format(
                            Locale.ROOT, "| %s | %d | %d | %d |", reason.description(), c[0], c[1], c[2]));
                    for (int i = 0; i < 3; i++) {
                        all[i] += c[i];
                    }
                }
            }
            lines.add(String.format(Locale.ROOT, "| all | %d | %d | %d |", all[0], all[1], all[2]));
            return String.join("\n", lines);
        }
    }

    /** Month by month: relevant articles over articles before and after, digests after, and a total row. */
    public static String monthTable(List<Month> months, String beforeName, String afterName) {
        List<String> lines = new ArrayList<>();
        lines.add("| month | before (" + beforeName + "): relevant / articles | after (" + afterName
                + "): relevant / articles | after: relevant digests / digests |");
        lines.add("|---|---:|---:|---:|");
        long[] sums = new long[6];
        for (Month m : months) {
            lines.add(row(
                    m.month(),
                    m.beforeRelevant(),
                    m.beforeArticles(),
                    m.afterRelevant(),
                    m.afterArticles(),
                    m.afterRelevantDigests(),
                    m.afterDigests()));
            long[] values = {
                m.beforeRelevant(),
                m.beforeArticles(),
                m.afterRelevant(),
                m.afterArticles(),
                m.afterRelevantDigests(),
                m.afterDigests()
            };
            for (int i = 0; i < sums.length; i++) {
                sums[i] += values[i];
            }
        }
        lines.add(row("all", sums[0], sums[1], sums[2], sums[3], sums[4], sums[5]));
        return String.join("\n", lines);
    }

    private static String row(
            String month,
            long beforeRelevant,
            long beforeArticles,
            long afterRelevant,
            long afterArticles,
            long relevantDigests,
            long digests) {
        return String.format(
                Locale.ROOT,
                "| %s | %s | %s | %d / %d |",
                month,
                share(beforeRelevant, beforeArticles),
                share(afterRelevant, afterArticles),
                relevantDigests,
                digests);
    }

    /** "12 / 340 (3.5%)"; a dash for the share of no articles. */
    public static String share(long part, long whole) {
        return whole == 0
                ? part + " / 0 (–)"
                : String.format(Locale.ROOT, "%d / %d (%.1f%%)", part, whole, 100.0 * part / whole);
    }
}
