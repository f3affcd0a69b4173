package org.newsdrift.clean.page;

import java.io.Serializable;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsdrift.clean.html.Texts;

/**
 * Finds the headline of a page: among the short lines above the body, from where the navigation ends (or the top of
 * the page) down to the body, the first one whose words the body repeats. A headline names what the article is about,
 * so most of its content words come back in the body; menu items, teasers of other stories, widget labels and notices
 * do not (a line repeating only two words, a site's name, gives way to one repeating three or more); when no line
 * repeats most of its words, the one repeating the largest share. Lines that end like a sentence
 * with a full stop (captions, standfirsts), lines right after a picture credit, chrome lines, dated or timed lines,
 * breadcrumbs and a breadcrumb glued to the headline the next line repeats are never taken. Failing all that, the
 * line above the byline nearest the body, else the nearest heading above the body, looking past chrome but not past
 * prose.
 */
public final class HeadlineFinder implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Headlines run from two words ("Putin visits") to this many. */
    static final int MAX_HEADLINE_WORDS = 30;

    private static final int MIN_HEADLINE_WORDS = 2;
    /** How many non-blank lines above the body are searched. */
    private static final int MAX_LINES_ABOVE = 60;
    /** A headline that opens the body is at most this long; a longer first line is the article's first paragraph. */
    private static final int MAX_OPENING_HEADLINE_CHARS = 150;
    /** How many non-blank lines above the body the fallback, the nearest heading, looks at. */
    private static final int MAX_NEAREST_LINES = 8;
    /** At least this share of a headline's content words come back in the body's opening. */
    static final double MIN_SHARED = 0.6;
    /** A line repeating most of at least this many words is taken at once; one repeating two may be a site's name. */
    static final int MIN_SURE_SHARED_WORDS = 3;
    /** Failing that, the line repeating the largest share, when that is at least this (a headline paraphrases). */
    static final double MIN_SHARED_FALLBACK = 0.3;
    /** Credits, captions and prompts, in several languages: never a headline however many words they share. */
    private static final Pattern NEVER_TITLE = Pattern.compile(
            "(?iu)©|\\b(?:quelle|foto|fotos|bildrechte|photo|photos|image|images|credit|montage|grafik|video|source|fuente|"
                    + "источник|фото|джерело|사진|출처)\\s*[:：]|(?:提供|撮影|写真)[）)]|\\bgetty\\b|^(?:show|see|view|read|"
                    + "load)\\s+(?:more|all)\\b|^(?:by|von|par|por|di|av|af|door)\\s+\\p{Lu}\\S*(?:\\s+\\S+){0,3}$"
                    // a clock time dates a byline ("Marco Rossi 4 Febbraio 2025 - 14:41"); breadcrumbs lead to the
                    // headline
                    + "|(?<!\\d)\\d{1,2}:\\d{2}(?!\\d)|\\s[»›>]\\s.*\\s[»›>]\\s");
    /** A picture credit line: a copyright sign or a photo label. */
    private static final Pattern CREDIT = Pattern.compile(
            "(?iu)©|^(?:foto|fotos|photo|photos|bild|bildrechte|image|credit|copyright|фото|사진|写真)\\b\\s*[:：/]");

    /** The index of the headline line of {@code page}, whose body runs from {@code bodyFirst} to {@code bodyLast}. */
    public OptionalInt find(List<ClassifiedLine> page, int bodyFirst, int bodyLast) {
        Set<String> bodyWords = SharedWords.ofBody(page, bodyFirst, bodyLast);
        int top = bodyFirst;
        for (int i = bodyFirst - 1, looked = 0; i >= 0 && looked < MAX_LINES_ABOVE; i--) {
            if (page.get(i).kind() != LineKind.BLANK) {
                looked++;
                top = i;
            }
        }
        // The first line that repeats most of its words, at least three of them; else the first that repeats most of
        // two
        // (a site's name in a prompt, "Follow Business Insider on Facebook", shares two words with many articles by
        // chance); failing that, the one that repeats the largest share, when that is a fair share (the first of
        // equals).
        int best = -1;
        double bestScore = MIN_SHARED_FALLBACK;
        int firstOfTwo = -1;
        for (int i = top; i < bodyFirst; i++) {
            if (isHeadline(page, i, bodyFirst)) {
                Set<String> words = SharedWords.contentWords(page.get(i).text());
                double score = SharedWords.score(page.get(i).text(), words, bodyWords);
                if (score >= MIN_SHARED && SharedWords.shared(words, bodyWords) >= MIN_SURE_SHARED_WORDS) {
                    return OptionalInt.of(i);
                }
                if (score >= MIN_SHARED) {
                    firstOfTwo = firstOfTwo < 0 ? i : firstOfTwo;
                } else if (score >= bestScore + 1e-9 || best < 0 && score >= bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
        }
        if (firstOfTwo >= 0) {
            return OptionalInt.of(firstOfTwo);
        }
        if (best >= 0) {
            return OptionalInt.of(best);
        }
        if (opensBody(page, bodyFirst, bodyLast)) {
            return OptionalInt.of(bodyFirst);
        }
        OptionalInt overByline = aboveByline(page, bodyFirst);
        return overByline.isPresent() ? overByline : nearestHeading(page, bodyFirst);
    }

    /**
     * Failing a line whose words the body repeats, the line right above the byline or date line nearest above the body:
     * a headline stands over its byline ("Breakpoint: Hilfe, die Fundis kommen!" over "Kolumne von ... 08:52 Uhr").
     */
    private static OptionalInt aboveByline(List<ClassifiedLine> page, int bodyFirst) {
        for (int i = bodyFirst - 1, looked = 0; i > 0 && looked < MAX_NEAREST_LINES; i--) {
            LineKind kind = page.get(i).kind();
            if (kind == LineKind.BLANK) {
                continue;
            }
            looked++;
            if (kind == LineKind.PROSE) {
                return OptionalInt.empty();
            }
            if (kind == LineKind.BYLINE || kind == LineKind.TIMESTAMP) {
                int above = previousNonBlank(page, i);
                return above >= 0 && isHeadline(page, above, bodyFirst) ? OptionalInt.of(above) : OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }

    private static int previousNonBlank(List<ClassifiedLine> page, int i) {
        int j = i - 1;
        while (j >= 0 && page.get(j).kind() == LineKind.BLANK) {
            j--;
        }
        return j;
    }

    /**
     * True when the body's first line is its headline: a page may start with it, and a headline ending in a question or
     * an exclamation reads as a sentence. It must be short, and the body after it must repeat most of its words.
     */
    private static boolean opensBody(List<ClassifiedLine> page, int bodyFirst, int bodyLast) {
        ClassifiedLine first = page.get(bodyFirst);
        if (bodyFirst >= bodyLast
                || !isCandidate(first)
                || first.text().codePointCount(0, first.text().length()) > MAX_OPENING_HEADLINE_CHARS) {
            return false;
        }
        return SharedWords.score(first.text(), SharedWords.ofBody(page, bodyFirst + 1, bodyLast)) >= MIN_SHARED;
    }

    private static boolean isHeadline(List<ClassifiedLine> page, int i, int bodyFirst) {
        return isCandidate(page.get(i)) && !endsWithNextLine(page, i, bodyFirst) && !afterCredit(page, i);
    }

    /**
     * True when the line before line {@code i} is a picture credit: line {@code i} is the picture's caption (a headline
     * may be followed by a credit, when the picture under it has no caption, but it does not follow one).
     */
    private static boolean afterCredit(List<ClassifiedLine> page, int i) {
        return isCredit(neighbour(page, i, -1));
    }

    private static ClassifiedLine neighbour(List<ClassifiedLine> page, int i, int step) {
        for (int j = i + step; j >= 0 && j < page.size(); j += step) {
            if (page.get(j).kind() != LineKind.BLANK) {
                return page.get(j);
            }
        }
        return null;
    }

    private static boolean isCredit(ClassifiedLine line) {
        return line != null
                && (line.kind() == LineKind.CAPTION
                        || CREDIT.matcher(line.text()).find());
    }

    /**
     * True when line {@code i} ends with the next non-blank line: the scraper glued a breadcrumb to the headline
     * ("HomeNewsPortugal emerges as ...") and the page gives the headline again on its own.
     */
    private static boolean endsWithNextLine(List<ClassifiedLine> page, int i, int end) {
        String text = page.get(i).text();
        for (int j = i + 1; j < end; j++) {
            String next = page.get(j).text();
            if (!next.isEmpty()) {
                return next.length() < text.length() && text.endsWith(next);
            }
        }
        return false;
    }

    /** Failing that, the nearest heading above the body, looking past chrome but not past prose. */
    private static OptionalInt nearestHeading(List<ClassifiedLine> page, int bodyFirst) {
        for (int i = bodyFirst - 1, looked = 0; i >= 0 && looked < MAX_NEAREST_LINES; i--) {
            ClassifiedLine line = page.get(i);
            if (line.kind() == LineKind.BLANK) {
                continue;
            }
            looked++;
            if (line.kind() == LineKind.PROSE) {
                return OptionalInt.empty();
            }
            if (line.kind() == LineKind.HEADING) {
                int words = ChromeLineClassifier.words(line.text());
                return words >= MIN_HEADLINE_WORDS && words <= MAX_HEADLINE_WORDS
                        ? OptionalInt.of(i)
                        : OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }

    private static boolean isCandidate(ClassifiedLine line) {
        if (line.kind() != LineKind.HEADING && line.kind() != LineKind.PROSE) {
            return false;
        }
        String text = line.text();
        int words = ChromeLineClassifier.words(text);
        boolean cjk = text.codePoints().anyMatch(Texts::isCjk);
        return (words >= MIN_HEADLINE_WORDS || cjk && text.length() >= 6)
                && words <= MAX_HEADLINE_WORDS
                && !text.endsWith(".")
                && !text.endsWith(":")
                && !DateMentions.contains(text)
                && !NEVER_TITLE.matcher(text).find();
    }
}
