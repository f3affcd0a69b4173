package org.newsdrift.clean.page;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells page chrome from article text, one line at a time, by generic rules that hold across publishers: the phrase
 * list of {@link ChromePhrases}, bylines, lone timestamps of live feeds, picture credits, link and menu lines, cut-off
 * teasers and short menu items. A line that is none of these is prose when it reads like a sentence, else a heading.
 * Lines must come with their spacing normalised (single spaces, no edge spaces).
 */
public final class ChromeLineClassifier implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Menu items are at most this many words; so are the shortest headings that survive. */
    static final int MAX_NAVIGATION_WORDS = 3;
    /** Phrases of {@link ChromePhrases#CONTAINED} mark a line as chrome only up to this length, in words. */
    static final int MAX_PHRASE_LINE_WORDS = 16;

    private static final int MAX_PREFIX_LINE_WORDS = 40;
    /** A section heading after the article ("Mehr zum Thema Hitzeschäden") is at most this many words. */
    private static final int MAX_SECTION_END_WORDS = 6;

    private static final int MAX_BYLINE_WORDS = 15;
    private static final int MAX_DATED_BYLINE_WORDS = 12;
    private static final int MIN_PROSE_WORDS = 5;
    /** A dated line with this many words before the date, so many in lower case, is a caption, not a byline. */
    private static final int MIN_CAPTION_WORDS = 4;

    private static final int MIN_CAPTION_LOWER_WORDS = 2;
    private static final int MIN_PROSE_CHARS = 25;
    /** A line this long is prose even without a sentence ending (a paragraph cut off by the scraper). */
    private static final int LONG_PROSE_CHARS = 150;

    private static final Pattern TIME =
            Pattern.compile("(?i)(?<!\\d)\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?(?:[ap]\\.?m\\.?))?(?![\\d\\p{L}])");
    private static final Pattern TIME_WORDS = Pattern.compile(
            "(?iu)\\b(?:updated|published|posted|edited|ago|just now|today|yesterday|at|on|am|pm|utc|gmt|kst|msk|"
                    + "sec|secs|seconds?|min|mins|minutes?|hr|hrs|hours?|days?|weeks?|"
                    + "обновлено|опубликовано|оновлено|опубліковано|сегодня|вчера|сьогодні|вчора|назад|тому|"
                    + "мин|хв|ч|год|입력|수정|업데이트|전|오전|오후)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern BY_NAME =
            Pattern.compile("(?i:by|written by|reported by|reporting by|posted by|words by)\\s+\\p{Lu}.*");
    private static final Pattern AUTHOR_LABEL =
            Pattern.compile("(?iu)(?:authors?|editors?|reporters?|автор|автори|авторы|редактор|기자|글)\\s*[:：].*");
    private static final Pattern PUBLICATION_LABEL = Pattern.compile(
            "(?iu)(?:published|updated|posted|first published|last updated|опубликовано|обновлено|опубліковано|оновлено|"
                    + "입력|수정|등록|기사입력|stand|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|"
                    + "pubblicato|aggiornato|gepubliceerd|bijgewerkt|publicerad|uppdaterad|publisert|oppdatert|opublikowano|"
                    + "zaktualizowano|yayınlanma|güncelleme)\\b.*",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern KOREAN_REPORTER = Pattern.compile(".*\\S\\s?기자(?:\\s*=)?$|.*\\S+@\\S+\\.\\p{L}{2,}.*");
    private static final Pattern CREDIT_IN_PARENTHESES = Pattern.compile("(?iu).*\\(([^()]{2,100})\\)\\.?$");
    /** Words of a picture credit; a bare agency name is not one, as prose cites agencies in parentheses too. */
    private static final Pattern CREDIT_WORDS = Pattern.compile(
            "(?iu)getty|photo|images?\\b|credit|courtesy|via\\s|\\S/\\S|фото|사진|shutterstock|\\bpool\\b");

    private static final Pattern CREDIT_LABEL = Pattern.compile(
            "(?iu)(?:photo|image|picture|credit|illustration|фото|ілюстрація|иллюстрация|사진)\\s*[:：].*");
    private static final Pattern ELLIPSIS_END = Pattern.compile("(?:…|\\.\\.\\.)$");
    static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？:;\"”»’')\\]]$");

    /** The kind of {@code line}: the first rule that holds, in the order below; blank is {@link LineKind#BLANK}. */
    public LineKind classify(String line) {
        if (line.isBlank()) {
            return LineKind.BLANK;
        }
        int words = words(line);
        if (isLabelledByline(line, words)) {
            return LineKind.BYLINE;
        }
        if (words <= MAX_SECTION_END_WORDS && startsWithPhrase(line, ChromePhrases.SECTION_ENDS)) {
            return LineKind.SECTION_END;
        }
        if (isPhrase(line, words)) {
            return LineKind.PHRASE;
        }
        if (isTimestamp(line)) {
            return LineKind.TIMESTAMP;
        }
        if (MenuLines.isLinks(line)) {
            return LineKind.LINKS;
        }
        if (isCaption(line, words)) {
            return LineKind.CAPTION;
        }
        // A short line with a full date that does not end like a sentence: "Chris York Jun 20, 2024"; unless the words
        // before the date read as a sentence, as a caption's do ("Tanks near Bakhmut on the front, 24 April 2023").
        if (words <= MAX_DATED_BYLINE_WORDS && !line.endsWith(".") && DateMentions.contains(line)) {
            return isDatedCaption(line) ? LineKind.CAPTION : LineKind.BYLINE;
        }
        if (MenuLines.isMenu(line, words)) {
            return LineKind.MENU;
        }
        if (ELLIPSIS_END.matcher(line).find() && words > MAX_NAVIGATION_WORDS) {
            return LineKind.TEASER;
        }
        boolean sentenceEnd = SENTENCE_END.matcher(line).find();
        if (words <= MAX_NAVIGATION_WORDS && !sentenceEnd && line.length() <= 30) {
            return LineKind.NAVIGATION;
        }
        int chars = line.codePointCount(0, line.length());
        if (chars >= LONG_PROSE_CHARS || sentenceEnd && (words >= MIN_PROSE_WORDS || chars >= MIN_PROSE_CHARS)) {
            return LineKind.PROSE;
        }
        return LineKind.HEADING;
    }

    static int words(String line) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean space = Character.isWhitespace(line.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    private static boolean isPhrase(String line, int words) {
        String key = ChromePhrases.key(line);
        if (key.isEmpty()) {
            return false;
        }
        if (ChromePhrases.WHOLE_LINES.contains(key)) {
            return true;
        }
        if (words <= MAX_PREFIX_LINE_WORDS && startsWithPhrase(line, ChromePhrases.PREFIXES)) {
            return true;
        }
        if (words <= MAX_PHRASE_LINE_WORDS) {
            for (String phrase : ChromePhrases.CONTAINED) {
                if (containsWords(key, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsWithPhrase(String line, java.util.List<String> phrases) {
        String lower = line.toLowerCase(Locale.ROOT).strip();
        for (String prefix : phrases) {
            if (lower.startsWith(prefix) && endsWord(lower, prefix.length())) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code text} holds {@code phrase} as whole words. */
    static boolean containsWords(String text, String phrase) {
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at));
            if (startsWord && endsWord(text, at + phrase.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWord(String text, int end) {
        return end >= text.length()
                || !Character.isLetterOrDigit(text.codePointAt(end))
                || !Character.isLetterOrDigit(text.codePointBefore(end));
    }

    private static boolean isTimestamp(String line) {
        if (!line.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        String rest = TIME.matcher(line).replaceAll(" ");
        rest = DateMentions.removeAll(rest);
        rest = TIME_WORDS.matcher(rest).replaceAll(" ");
        return rest.codePoints().noneMatch(Character::isLetter);
    }

    private static boolean isLabelledByline(String line, int words) {
        if (words > MAX_BYLINE_WORDS) {
            return false;
        }
        if (BY_NAME.matcher(line).matches() || AUTHOR_LABEL.matcher(line).matches()) {
            return true;
        }
        if (words > MAX_DATED_BYLINE_WORDS) {
            return false;
        }
        if (PUBLICATION_LABEL.matcher(line).matches() && (TIME.matcher(line).find() || DateMentions.contains(line))) {
            return true;
        }
        return KOREAN_REPORTER.matcher(line).matches() && words <= MAX_NAVIGATION_WORDS * 2;
    }

    private static boolean isCaption(String line, int words) {
        if (CREDIT_LABEL.matcher(line).matches() && words <= MAX_PHRASE_LINE_WORDS) {
            return true;
        }
        var credit = CREDIT_IN_PARENTHESES.matcher(line);
        return credit.matches() && CREDIT_WORDS.matcher(credit.group(1)).find();
    }

    /** At least {@link #MIN_CAPTION_WORDS} words before the date, {@link #MIN_CAPTION_LOWER_WORDS} of them in lower case. */
    private static boolean isDatedCaption(String line) {
        String before = DateMentions.beforeFirst(line);
        int lower = 0;
        for (String word : before.split("[\\s,;:]+")) {
            if (word.codePointCount(0, word.length()) >= 3 && Character.isLowerCase(word.codePointAt(0))) {
                lower++;
            }
        }
        return words(before) >= MIN_CAPTION_WORDS && lower >= MIN_CAPTION_LOWER_WORDS;
    }
}
