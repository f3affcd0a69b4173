package org.newsdrift.clean.dedupe;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether two candidate articles are copies of one story: enough shared shingles once each source's template
 * shingles are set aside, published within days of each other, and no sign in the parts they do not share that they
 * report different events (other numbers or names in the same place, or, in short texts, other words there).
 */
public final class CopyVerifier implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * A copy (a syndicated story, a re-issue, a repost) appears within days of its original; wire stories that recur
     * with the same wording (a delegation arriving, then leaving; a monthly message) are weeks apart. A week leaves room
     * for late reposts.
     */
    public static final int MAX_DAYS_APART = 7;
    /**
     * Differing stretches up to this many tokens are a changed detail in one place (a date, a count, a name, a verb);
     * longer ones are added or replaced passages, which copies have too (a new first paragraph, a changed one).
     */
    public static final int MAX_DETAIL_TOKENS = 8;
    /**
     * Texts up to this many tokens are short notices (a caption, a flash, an arrival): the wording is the agency's
     * formula and the few words that differ are the news, so any word changed on both sides in one place means another
     * event. Longer copies are often rewritten here and there (tense, spacing, word choice) without changing the story.
     */
    public static final int MAX_SHORT_TOKENS = 80;

    /** Why a pair is, or is not, a copy. */
    public enum Verdict {
        COPY,
        DISSIMILAR,
        FAR_APART,
        OTHER_FACTS,
        OTHER_WORDS
    }

    /**
     * One article of a pair: its text, its publication date (null when unknown) and its source's template shingles
     * (sorted hashes).
     */
    public record Side(String text, LocalDate date, int[] template) {}

    private final int shingleSize;
    private final double minSimilarity;

    /**
     * @param shingleSize tokens per shingle, as the candidates were found with
     * @param minSimilarity Jaccard of the shingles outside the template a copy needs
     */
    public CopyVerifier(int shingleSize, double minSimilarity) {
        Shingles.requireSize(shingleSize);
        if (!(minSimilarity > 0 && minSimilarity <= 1)) {
            throw new IllegalArgumentException(
                    "Cannot verify copies: the minimum similarity must be in (0, 1] (" + minSimilarity + ")");
        }
        this.shingleSize = shingleSize;
        this.minSimilarity = minSimilarity;
    }

    public Verdict verify(Side a, Side b) {
        Text ta = new Text(a.text(), shingleSize);
        Text tb = new Text(b.text(), shingleSize);
        // A shingle in either source's template (a sign-off, a byline formula, a recurring notice) is not evidence of
        // copying, however many of them two posts of one channel share.
        Set<Integer> templateA = new HashSet<>();
        addAll(templateA, a.template());
        Set<Integer> templateB = new HashSet<>();
        addAll(templateB, b.template());
        if (contentSimilarity(ta.shingles, templateA, tb.shingles, templateB) < minSimilarity) {
            return Verdict.DISSIMILAR;
        }
        if (a.date() != null
                && b.date() != null
                && Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) > MAX_DAYS_APART) {
            return Verdict.FAR_APART;
        }
        // Template shingles count as shared: a sign-off one post has and the other lacks is not a difference of story.
        Set<Integer> template = new HashSet<>(templateA);
        template.addAll(templateB);
        List<DifferingRuns.Run> runsA = DifferingRuns.of(
                ta.positions, ta.tokens.size(), shingleSize, h -> tb.shingles.contains(h) || template.contains(h));
        List<DifferingRuns.Run> runsB = DifferingRuns.of(
                tb.positions, tb.tokens.size(), shingleSize, h -> ta.shingles.contains(h) || template.contains(h));
        boolean shortTexts = ta.tokens.size() <= MAX_SHORT_TOKENS && tb.tokens.size() <= MAX_SHORT_TOKENS;
        for (DifferingRuns.Run ra : runsA) {
            for (DifferingRuns.Run rb : runsB) {
                if (!ra.alignedWith(rb)) {
                    continue;
                }
                if (ra.length() <= MAX_DETAIL_TOKENS
                        && rb.length() <= MAX_DETAIL_TOKENS
                        && ta.hasNewFact(ra, tb)
                        && tb.hasNewFact(rb, ta)) {
                    return Verdict.OTHER_FACTS;
                }
                if (shortTexts && ta.hasNewWord(ra, tb) && tb.hasNewWord(rb, ta)) {
                    return Verdict.OTHER_WORDS;
                }
            }
        }
        return Verdict.COPY;
    }

    /**
     * Jaccard of the two shingle sets, each without its own source's template shingles (as {@link #withoutTemplate}
     * leaves them); 0 when nothing else is left.
     */
    static double contentSimilarity(Set<Integer> a, Set<Integer> templateA, Set<Integer> b, Set<Integer> templateB) {
        int sizeA = 0;
        int shared = 0;
        for (int h : a) {
            if (!templateA.contains(h)) {
                sizeA++;
                if (b.contains(h) && !templateB.contains(h)) {
                    shared++;
                }
            }
        }
        int sizeB = 0;
        for (int h : b) {
            if (!templateB.contains(h)) {
                sizeB++;
            }
        }
        int union = sizeA + sizeB - shared;
        return union == 0 ? 0.0 : (double) shared / union;
    }

    /** The sorted shingle hashes {@code shingles} without those in the sorted {@code template}. */
    public static int[] withoutTemplate(int[] shingles, int[] template) {
        if (template == null || template.length == 0) {
            return shingles;
        }
        return Arrays.stream(shingles)
                .filter(h -> Arrays.binarySearch(template, h) < 0)
                .toArray();
    }

    private static void addAll(Set<Integer> set, int[] values) {
        if (values != null) {
            for (int v : values) {
                set.add(v);
            }
        }
    }

    /** A text's tokens (lower-case and as written), shingles by position and as a set, and what it mentions. */
    private static final class Text {
        final List<String> tokens;
        final List<String> cased;
        final int[] positions;
        final Set<Integer> shingles = new HashSet<>();
        final Set<String> words;
        final Set<String> numbers = new HashSet<>();
        /** The tokens run together, to find a word the other text writes with other spacing ("1만명", "1만 명"). */
        final String joined;

        Text(String text, int size) {
            tokens = Shingles.tokens(text);
            List<String> asWritten = Shingles.casedTokens(text);
            // Lower-casing can change a token's letters; capitals are then not read, only numbers and words.
            cased = asWritten.size() == tokens.size() ? asWritten : tokens;
            positions = Shingles.positions(tokens, size);
            Arrays.stream(positions).forEach(shingles::add);
            words = new HashSet<>(tokens);
            tokens.forEach(t -> numbers.addAll(numbersIn(t)));
            joined = String.join("", tokens);
        }

        /**
         * Whether the run holds a number the other text lacks, or a capitalised word (a name, a place) it does not
         * mention in any spelling.
         */
        boolean hasNewFact(DifferingRuns.Run run, Text other) {
            for (int t = run.start(); t < run.end(); t++) {
                for (String number : numbersIn(tokens.get(t))) {
                    if (!other.numbers.contains(number)) {
                        return true;
                    }
                }
                if (isCapitalised(cased.get(t)) && other.lacks(tokens.get(t))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the run holds a word (of letters) the other text does not have in any spacing. */
        boolean hasNewWord(DifferingRuns.Run run, Text other) {
            for (int t = run.start(); t < run.end(); t++) {
                String token = tokens.get(t);
                if (token.codePoints().anyMatch(Character::isLetter) && other.lacks(token)) {
                    return true;
                }
            }
            return false;
        }

        boolean lacks(String token) {
            // One or two letters are found inside almost any text run together, so those are looked up as words only.
            return !words.contains(token) && (token.codePointCount(0, token.length()) <= 2 || !joined.contains(token));
        }
    }

    /**
     * The digit runs of a token, unless it also has Latin letters: "29일", "9시25분" and "2024" state numbers, while
     * "kch0523" or "erid2Vtz7" are handles and codes.
     */
    static List<String> numbersIn(String token) {
        if (token.chars().noneMatch(Character::isDigit)
                || token.chars().anyMatch(c -> c < 128 && Character.isLetter(c))) {
            return List.of();
        }
        return Arrays.stream(token.split("\\D+"))
                .filter(s -> !s.isEmpty())
                .map(s -> s.replaceFirst("^0+(?=\\d)", ""))
                .toList();
    }

    private static boolean isCapitalised(String token) {
        int first = token.codePointAt(0);
        return Character.isUpperCase(first) || Character.isTitleCase(first);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT, "CopyVerifier(shingles of %d, similarity >= %.2f)", shingleSize, minSimilarity);
    }
}
