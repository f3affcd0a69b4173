package org.newsdrift.clean;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Makes scraped text comparable: HTML entities decoded (also when escaped twice), every line break a newline (a
 * paragraph separator a blank line), Unicode NFKC, invisible and control characters removed, spaces collapsed
 * within lines, blank-line runs collapsed to one paragraph break, words glued to a following name split apart, and
 * a news agency's end-of-story marker at the end removed.
 * Idempotent: normalising twice gives the same text.
 */
public final class TextNormalizer {
    /**
     * Line breaks other than CR and LF: vertical tab, form feed, NEL and LINE SEPARATOR. Left to the rule for controls,
     * they would be deleted and the words on either side glued into one.
     */
    private static final Pattern OTHER_LINE_BREAKS = Pattern.compile("[\\x0B\\f\\x{85}\\x{2028}]");

    private static final char PARAGRAPH_SEPARATOR = '\u2029';
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");
    private static final Pattern SPACES = Pattern.compile("[\\p{Zs}\\t]+");
    private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" ?\\n ?");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final int MAX_UNESCAPE_ROUNDS = 3;
    private static final int MAX_ROUNDS = 5;
    /**
     * A word glued to the capitalised name that follows it, as scrapers leave bold names ("ComradeKim Jong Un",
     * "ofKim Il Sung"). Split only where another capitalised word follows, so that a name is starting; brand names
     * such as "YouTube channel" or "PlayStation 5" stay whole.
     */
    private static final Pattern GLUED_NAME = Pattern.compile("(?<=\\p{Ll}{2})(?=\\p{Lu}\\p{Ll}+\\s+\\p{Lu})");
    /**
     * End-of-story markers that agencies put after the last sentence: KCNA's "-0-", the typesetters' "-30-", "###",
     * Yonhap's "(END)". They are in every article of their source, so they say nothing about any of them.
     */
    private static final Pattern END_MARKER =
            Pattern.compile("(?:^|\\s)(?:[-\u2013\u2014]\\s?(?:0|30)\\s?[-\u2013\u2014]|#{3}|\\(END\\)|\\*{3})$");

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\n+\\s*");

    private TextNormalizer() {}

    /** Normalised {@code text}; null stays null. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        // One pass can expose more to do (an entity split by a zero-width space, a fullwidth '&'), so repeat to a
        // fixed point; the bound only matters for entities escaped a dozen times over.
        String s = text;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String next = once(s);
            if (next.equals(s)) {
                break;
            }
            s = next;
        }
        return s;
    }

    private static String once(String text) {
        // Entities first, so that a line break written as one ("&#13;", "&#x2028;") is a line break too.
        String s = unescape(text);
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        s = OTHER_LINE_BREAKS.matcher(s).replaceAll("\n");
        s = s.replace(String.valueOf(PARAGRAPH_SEPARATOR), "\n\n");
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        s = INVISIBLE.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ");
        s = SPACE_AROUND_NEWLINE.matcher(s).replaceAll("\n");
        s = BLANK_LINES.matcher(s).replaceAll("\n\n");
        s = GLUED_NAME.matcher(s).replaceAll(" ");
        s = END_MARKER.matcher(s.strip()).replaceAll("");
        return s.strip();
    }

    /** Title form: one line. */
    public static String normalizeLine(String text) {
        String s = normalize(text);
        return s == null ? null : LINE_BREAKS.matcher(s).replaceAll(" ");
    }

    private static String unescape(String s) {
        // Scrapers sometimes escape twice ("&amp;quot;"); decode until stable, a bounded number of times.
        for (int round = 0; round < MAX_UNESCAPE_ROUNDS && s.indexOf('&') >= 0; round++) {
            String decoded = Parser.unescapeEntities(s, false);
            if (decoded.equals(s)) {
                break;
            }
            s = decoded;
        }
        return s;
    }
}
