package org.newsdrift.clean.page;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsdrift.config.BundledList;

/**
 * The phrase list of page chrome, in English, Korean, Russian and Ukrainian. Phrases are lower case and matched on a
 * line's lower-case form with its edge punctuation removed (so "Subscribe »" is "subscribe").
 *
 * <ul>
 *   <li>{@link #WHOLE_LINES}: chrome only when they are the whole line; as words they occur in articles ("share",
 *       "video").
 *   <li>{@link #PREFIXES}: chrome when a line starts with them, whatever follows ("Related: Putin visits ...").
 *   <li>{@link #CONTAINED}: chrome anywhere in a short line, as whole words; specific enough that no article
 *       sentence carries them.
 * </ul>
 *
 * The lists are UTF-8 resources beside this class, one phrase a line, grouped under {@code #} comments by purpose and
 * language.
 */
final class ChromePhrases {
    static final Set<String> WHOLE_LINES = Set.of(load("chrome-whole-lines.txt").toArray(new String[0]));

    static final List<String> PREFIXES = load("chrome-prefixes.txt");

    /**
     * Headings of the sections that follow an article (related stories, more on the topic, readers' comments), in the
     * languages of the news pages seen; a short line starting with one closes the article. "Read also" is not one: it
     * sits inside articles.
     */
    static final List<String> SECTION_ENDS = load("chrome-section-ends.txt");

    static final List<String> CONTAINED = load("chrome-contained.txt");

    private ChromePhrases() {}

    private static List<String> load(String resource) {
        return BundledList.read(ChromePhrases.class, resource, "page chrome phrases");
    }

    /** The phrase form of a line: lower case, without the punctuation, arrows and bullets around it. */
    static String key(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetterOrDigit(lower.codePointAt(start))) {
            start += Character.charCount(lower.codePointAt(start));
        }
        while (end > start && !Character.isLetterOrDigit(lower.codePointBefore(end))) {
            end -= Character.charCount(lower.codePointBefore(end));
        }
        return lower.substring(start, end);
    }
}
