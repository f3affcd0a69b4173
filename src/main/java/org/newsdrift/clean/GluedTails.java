package org.newsdrift.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and repairs words a scraper glued to the end of a name when it dropped the markup around it ("Kim Il
 * Sungand", "Kim Jong Unreceived"). A capitalised word W followed by a capitalised word T = P + S is split into
 * "W P S" only on evidence from the same input file: "W P" occurs there as two whole words (the name is known to
 * end in P) and S occurs there as a whole lower-case word. Without such evidence nothing changes, so words such as
 * "On Sunday", "Homer's Iliad" or "the Uninvited" stay whole unless the file itself says "On Sun" and "day".
 *
 * <p>Evidence is a set of keys: a two-word key {@code "W P"} or a one-word key {@code "s"}. The caller collects, per
 * input file, the keys that {@link #wanted} asks for and {@link #present} finds, and then {@link #repair}s.
 */
public final class GluedTails {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int MIN_PART = 2;

    private GluedTails() {}

    /** One way to split a glued word {@code token} that follows {@code previous}: into {@code head} and {@code tail}. */
    record Split(String previous, String token, String head, String tail) {
        String nameKey() {
            return previous + " " + head;
        }
    }

    /** The evidence keys that would confirm some split in {@code text}. */
    public static Set<String> wanted(String text) {
        Set<String> keys = new HashSet<>();
        for (Split split : splits(text)) {
            keys.add(split.nameKey());
            keys.add(split.tail());
        }
        return keys;
    }

    /** Those of {@code wanted} that {@code text} holds: two capitalised words in a row, or a lower-case word. */
    public static Set<String> present(String text, Set<String> wanted) {
        Set<String> found = new HashSet<>();
        if (text == null || wanted.isEmpty()) {
            return found;
        }
        Matcher m = WORD.matcher(text);
        String previous = null;
        int previousEnd = -1;
        while (m.find()) {
            String word = m.group();
            if (wanted.contains(word)) {
                found.add(word);
            }
            if (previous != null
                    && adjacent(text, previousEnd, m.start())
                    && capitalised(previous)
                    && capitalised(word)
                    && wanted.contains(previous + " " + word)) {
                found.add(previous + " " + word);
            }
            previous = word;
            previousEnd = m.end();
        }
        return found;
    }

    /** {@code text} with every glued word whose split {@code evidence} confirms taken apart; the longest head wins. */
    public static String repair(String text, Set<String> evidence) {
        if (text == null || evidence.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int[] copied = {0};
        forEachGlued(text, (previous, token, start) -> {
            String head = confirmedHead(previous, token, evidence);
            if (head != null) {
                out.append(text, copied[0], start + head.length()).append(' ');
                copied[0] = start + head.length();
            }
        });
        return copied[0] == 0
                ? text
                : out.append(text, copied[0], text.length()).toString();
    }

    private static String confirmedHead(String previous, String token, Set<String> evidence) {
        for (int cut = token.length() - MIN_PART; cut >= MIN_PART; cut--) {
            String head = token.substring(0, cut);
            if (evidence.contains(previous + " " + head) && evidence.contains(token.substring(cut))) {
                return head;
            }
        }
        return null;
    }

    /** Every possible split of every word that could be glued, in text order. */
    static List<Split> splits(String text) {
        List<Split> splits = new ArrayList<>();
        forEachGlued(text, (previous, token, start) -> {
            for (int cut = MIN_PART; cut <= token.length() - MIN_PART; cut++) {
                splits.add(new Split(previous, token, token.substring(0, cut), token.substring(cut)));
            }
        });
        return splits;
    }

    private interface GluedWord {
        void accept(String previous, String token, int start);
    }

    /** Calls {@code sink} for each word that could be glued: capitalised, after a capitalised word and one space. */
    private static void forEachGlued(String text, GluedWord sink) {
        if (text == null) {
            return;
        }
        Set<String> lowerWords = new HashSet<>();
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            if (Character.isLowerCase(words.group().codePointAt(0))) {
                lowerWords.add(words.group());
            }
        }
        Matcher m = WORD.matcher(text);
        String previous = null;
        int previousEnd = -1;
        while (m.find()) {
            String word = m.group();
            // A word the text also uses in lower case ("Uninvited" at a sentence start, "uninvited" later) is a word.
            if (previous != null
                    && adjacent(text, previousEnd, m.start())
                    && capitalised(previous)
                    && gluedShape(word)
                    && !lowerWords.contains(word.toLowerCase(Locale.ROOT))) {
                sink.accept(previous, word, m.start());
            }
            previous = word;
            previousEnd = m.end();
        }
    }

    /** Two words separated by exactly one space: a name's words, as opposed to a sentence or line ending between. */
    private static boolean adjacent(String text, int previousEnd, int start) {
        return start == previousEnd + 1 && text.charAt(previousEnd) == ' ';
    }

    private static boolean capitalised(String word) {
        return Character.isUpperCase(word.codePointAt(0));
    }

    /** An upper-case letter, then only lower-case ones, long enough for two parts. */
    private static boolean gluedShape(String word) {
        if (word.length() < 2 * MIN_PART || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (!Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
