package org.newsdrift.clean.page;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A scraped page reduced to its article: the headline (null when none is identifiable), the body paragraphs joined
 * with {@code "\n"}, the publication date with where it came from, how many non-blank lines were dropped, and how
 * many characters (code points) the page's non-blank lines held in all.
 */
public record CleanedPage(
        String title, String text, LocalDate publishedDate, String dateSource, int removedLines, int pageChars) {
    /** The date came from a first line {@code date YYYY-MM-DD} that the scraper wrote. */
    public static final String SOURCE_HEADER = "header";
    /** The date came from an author or publication line near the headline. */
    public static final String SOURCE_BYLINE = "byline";
    /** No plausible date was found; the date is null. */
    public static final String SOURCE_NONE = "none";

    private static final Set<String> SOURCES = Set.of(SOURCE_HEADER, SOURCE_BYLINE, SOURCE_NONE);

    public CleanedPage {
        Objects.requireNonNull(text, "text");
        if (!SOURCES.contains(dateSource)) {
            throw new IllegalArgumentException(
                    "Cannot make a cleaned page: date source must be one of " + SOURCES + " (" + dateSource + ")");
        }
        if ((publishedDate == null) != SOURCE_NONE.equals(dateSource)) {
            throw new IllegalArgumentException("Cannot make a cleaned page: a date needs a source and no date needs '"
                    + SOURCE_NONE + "' (" + publishedDate + ", " + dateSource + ")");
        }
        if (pageChars < 0) {
            throw new IllegalArgumentException(
                    "Cannot make a cleaned page: page characters must be >= 0 (" + pageChars + ")");
        }
        if (removedLines < 0) {
            throw new IllegalArgumentException(
                    "Cannot make a cleaned page: removed lines must be >= 0 (" + removedLines + ")");
        }
    }
}
