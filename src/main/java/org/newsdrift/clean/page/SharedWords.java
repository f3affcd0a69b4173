package org.newsdrift.clean.page;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsdrift.clean.html.Texts;

/**
 * The words a headline candidate shares with the body's opening, which is how {@link HeadlineFinder} tells a
 * headline from other short lines: words compared on their first letters, characters in pairs where words have no
 * spaces between them.
 */
final class SharedWords {
    /** How much of the body is read for its words: the opening paragraphs carry the headline's words. */
    private static final int BODY_CHARS = 3000;
    /** Words shorter than this are mostly function words ("the", "und", "в") and are not counted. */
    private static final int MIN_CONTENT_LETTERS = 4;
    /** Words are compared on their first letters, so that inflected forms meet. */
    private static final int STEM_LETTERS = 5;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+");

    private SharedWords() {}

    /**
     * The share of {@code line}'s content words the body repeats, when at least two are repeated (three character pairs
     * in scripts without spaces: one word in common is chance); else 0.
     */
    static double score(String line, Set<String> bodyWords) {
        return score(line, contentWords(line), bodyWords);
    }

    static double score(String line, Set<String> words, Set<String> bodyWords) {
        long shared = shared(words, bodyWords);
        boolean pairs = line.codePoints().anyMatch(Texts::isCjk);
        return shared >= (pairs ? 3 : 2) ? (double) shared / words.size() : 0;
    }

    static long shared(Set<String> words, Set<String> bodyWords) {
        return words.stream().filter(bodyWords::contains).count();
    }

    /** The content words of the body's opening. */
    static Set<String> ofBody(List<ClassifiedLine> page, int bodyFirst, int bodyLast) {
        StringBuilder opening = new StringBuilder();
        for (int i = bodyFirst; i <= bodyLast && opening.length() < BODY_CHARS; i++) {
            opening.append(page.get(i).text()).append('\n');
        }
        return contentWords(opening.toString());
    }

    /** Lower-case words of at least four letters, or, in scripts without spaces, each character and each pair. */
    static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        var word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            String w = word.group();
            if (w.codePoints().anyMatch(Texts::isCjk)) {
                for (int i = 0; i + 1 < w.length(); i++) {
                    words.add(w.substring(i, i + 2)); // character pairs: single characters repeat everywhere
                }
            } else if (w.codePointCount(0, w.length()) >= MIN_CONTENT_LETTERS) {
                // The first letters only: a headline inflects the body's words ("Teamster" / "Teamsters", "granic" /
                // "granice").
                words.add(w.substring(
                        0, w.offsetByCodePoints(0, Math.min(STEM_LETTERS, w.codePointCount(0, w.length())))));
            }
        }
        return words;
    }
}
