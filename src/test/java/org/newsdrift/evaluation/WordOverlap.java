package org.newsdrift.evaluation;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Word-level F1 between an extracted and an expected text, over multisets of tokens. Both texts are NFKC-normalised
 * and lower-cased; a token is a maximal run of letters, digits and combining marks, except that every Han,
 * Hiragana, Katakana and Hangul character is a token of its own (those scripts are written without spaces, or in
 * Korean's case with particles attached, so characters are the unit that compares fairly).
 */
public final class WordOverlap {
    private WordOverlap() {}

    /** F1 of {@code actual} against {@code expected}: 1 when both have no tokens, 0 when only one has none. */
    public static double f1(String actual, String expected) {
        Map<String, Integer> got = tokens(actual);
        Map<String, Integer> want = tokens(expected);
        int gotCount = got.values().stream().mapToInt(Integer::intValue).sum();
        int wantCount = want.values().stream().mapToInt(Integer::intValue).sum();
        if (gotCount == 0 || wantCount == 0) {
            return gotCount == wantCount ? 1.0 : 0.0;
        }
        int common = 0;
        for (Map.Entry<String, Integer> entry : got.entrySet()) {
            common += Math.min(entry.getValue(), want.getOrDefault(entry.getKey(), 0));
        }
        double precision = (double) common / gotCount;
        double recall = (double) common / wantCount;
        return common == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }

    /** The share of {@code expected}'s tokens that {@code actual} holds (multiset recall); 1 when none expected. */
    public static double recall(String actual, String expected) {
        Map<String, Integer> got = tokens(actual);
        Map<String, Integer> want = tokens(expected);
        int wantCount = want.values().stream().mapToInt(Integer::intValue).sum();
        if (wantCount == 0) {
            return 1.0;
        }
        int common = 0;
        for (Map.Entry<String, Integer> entry : want.entrySet()) {
            common += Math.min(entry.getValue(), got.getOrDefault(entry.getKey(), 0));
        }
        return (double) common / wantCount;
    }

    /** Token counts of {@code text}. */
    public static Map<String, Integer> tokens(String text) {
        Map<String, Integer> counts = new HashMap<>();
        if (text == null) {
            return counts;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isCharacterScript(cp)) {
                add(counts, word);
                counts.merge(new String(Character.toChars(cp)), 1, Integer::sum);
            } else if (Character.isLetterOrDigit(cp)
                    || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                word.appendCodePoint(cp);
            } else {
                add(counts, word);
            }
        }
        add(counts, word);
        return counts;
    }

    private static boolean isCharacterScript(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }

    private static void add(Map<String, Integer> counts, StringBuilder word) {
        if (word.length() > 0) {
            counts.merge(word.toString(), 1, Integer::sum);
            word.setLength(0);
        }
    }
}
