package org.newsdrift.evaluation;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Compares an extracted title with the expected one as a reader would: after Unicode NFKC, with every whitespace run
 * made one space, and with typographic quotes and apostrophes made plain ({@code “Putin’s”} is {@code "Putin's"}).
 */
public final class TitleMatch {
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]+");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u2032\\u00B4`]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u201F\\u2033\\u00AB\\u00BB]");

    private TitleMatch() {}

    /** True when both titles are present and the same after {@link #normalise}. */
    public static boolean matches(String actual, String expected) {
        return actual != null && expected != null && normalise(actual).equals(normalise(expected));
    }

    /** {@code title} in the compared form; null stays null. */
    public static String normalise(String title) {
        if (title == null) {
            return null;
        }
        String s = Normalizer.normalize(title, Normalizer.Form.NFKC);
        s = SINGLE_QUOTES.matcher(s).replaceAll("'");
        s = DOUBLE_QUOTES.matcher(s).replaceAll("\"");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
