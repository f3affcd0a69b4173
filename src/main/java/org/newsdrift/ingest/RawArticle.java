package org.newsdrift.ingest;

import java.time.LocalDate;

/**
 * An article as read, before cleaning. Nullable: url, title, publishedDate, crawlDate.
 *
 * @param dateSource how {@code publishedDate} was found: {@code metadata} (a date field of the record),
 *     {@code header} (a front-matter header) or {@code none}
 * @param format what {@code text} holds: {@code record} (the body, from a structured record), {@code markdown} (a
 *     Markdown body), {@code html} (a whole HTML page) or {@code page} (a plain-text page with its chrome); cleaning
 *     extracts the article from the last three
 * @param crawlDate when a crawler fetched the page, if the input says; a fallback date only, never a publication date
 */
public record RawArticle(
        String source,
        String url,
        String title,
        LocalDate publishedDate,
        String dateSource,
        String language,
        String text,
        String format,
        LocalDate crawlDate) {

    public static final String RECORD = "record";
    public static final String HTML = "html";
    public static final String PAGE = "page";
    public static final String MARKDOWN = "markdown";

    /** A page to extract during cleaning ({@link #HTML} or {@link #PAGE}), with what the container says of it. */
    public static RawArticle page(String format, String source, String url, LocalDate crawlDate, String text) {
        return new RawArticle(source, url, null, null, "none", "und", text, format, crawlDate);
    }
}
