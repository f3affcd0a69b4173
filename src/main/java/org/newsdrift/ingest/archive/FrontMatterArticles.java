package org.newsdrift.ingest.archive;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdrift.ingest.MappedRecord;
import org.newsdrift.ingest.PublicationDate;
import org.newsdrift.ingest.RawArticle;
import org.newsdrift.ingest.RejectReason;

/**
 * Maps Markdown articles with front matter (crawl archives such as Naver's) onto {@link RawArticle}: source from
 * {@code publisher}, {@code url}, {@code title}, the date from {@code published_at}, the body as text. Text is kept
 * as written, HTML entities included; cleaning decodes them.
 */
public final class FrontMatterArticles {
    /** How a date read from {@code published_at} is labelled. */
    public static final String DATE_SOURCE = "header";
    /** Language detection comes later; until then the language is undetermined. */
    public static final String UNDETERMINED_LANGUAGE = "und";

    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?");

    private FrontMatterArticles() {}

    /**
     * Maps one archive entry: UTF-8 text with front matter and a non-blank body, else a reject
     * ({@code malformed_text}, {@code malformed_front_matter}, {@code missing_text}).
     */
    public static MappedRecord map(byte[] content) {
        String document;
        try {
            document = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return MappedRecord.rejected(RejectReason.MALFORMED_TEXT, "Cannot decode the document: not valid UTF-8");
        }
        return map(document);
    }

    /** Maps one document; see {@link #map(byte[])}. */
    public static MappedRecord map(String document) {
        FrontMatterDocument parsed;
        try {
            parsed = FrontMatterParser.parse(document);
        } catch (FrontMatterException e) {
            return MappedRecord.rejected(RejectReason.MALFORMED_FRONT_MATTER, e.getMessage());
        }
        if (parsed.body().isBlank()) {
            return MappedRecord.rejected(RejectReason.MISSING_TEXT, "the document has front matter but no body");
        }
        return MappedRecord.accepted(toRawArticle(parsed));
    }

    /** The article of a parsed document; a blank publisher becomes {@code unknown}, as for JSON records. */
    public static RawArticle toRawArticle(FrontMatterDocument document) {
        LocalDate published = publishedDate(document.field("published_at").orElse(""));
        return new RawArticle(
                nonBlank(document.field("publisher").orElse(null), "unknown"),
                nonBlank(document.field("url").orElse(null), null),
                nonBlank(document.field("title").orElse(null), null),
                published,
                published == null ? "none" : DATE_SOURCE,
                UNDETERMINED_LANGUAGE,
                document.body(),
                RawArticle.MARKDOWN,
                publishedDate(document.field("crawled_at").orElse("")));
    }

    /**
     * The calendar day as written at the start of an ISO date or date-time ({@code 2025-12-24},
     * {@code 2025-12-24 00:00}, {@code 2025-12-24T09:00+09:00}), whatever zone follows; null when blank or not ISO.
     */
    static LocalDate publishedDate(String value) {
        Matcher day = ISO_DAY.matcher(value.strip());
        return day.matches()
                ? PublicationDate.of(day.group(1), day.group(2), day.group(3)).orElse(null)
                : null;
    }

    private static String nonBlank(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
