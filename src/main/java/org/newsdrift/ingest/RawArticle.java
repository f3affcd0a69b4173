package org.newsdrift.ingest;

import java.time.LocalDate;

/**
 * An article as read, before cleaning. Nullable: url, title, publishedDate.
 *
 * @param dateSource how {@code publishedDate} was found: {@code metadata} (a date field of the record) or
 *     {@code none}
 */
public record RawArticle(
    String source, String url, String title, LocalDate publishedDate, String dateSource, String language, String text) {}
