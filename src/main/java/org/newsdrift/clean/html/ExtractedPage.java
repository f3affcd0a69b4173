package org.newsdrift.clean.html;

import java.time.LocalDate;

/**
 * What {@link HtmlExtractor} found on one article page: the title, the body paragraphs joined with newlines, the
 * publication day with where it came from ({@code metadata}, {@code url} or {@code none}), the canonical URL and
 * the declared primary language subtag.
 */
public record ExtractedPage(
        String title, String text, LocalDate publishedDate, String dateSource, String canonicalUrl, String language) {

    /** Date source when the day comes from meta tags, JSON-LD or a {@code <time datetime>} element. */
    public static final String DATE_FROM_METADATA = "metadata";
    /** Date source when the day comes from the URL path. */
    public static final String DATE_FROM_URL = "url";
    /** Date source when no day was found. */
    public static final String NO_DATE = "none";

    /** The page of an input that yields nothing: no title, empty text, no date. */
    static ExtractedPage empty(String pageUrl) {
        return new ExtractedPage(null, "", null, NO_DATE, pageUrl, null);
    }
}
