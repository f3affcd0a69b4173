package org.newsdrift.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import org.newsdrift.ingest.archive.FrontMatterArticles;
import org.newsdrift.ingest.warc.WarcPageReader;

/**
 * Turns one document of a known format (a whole file or an archive entry), a file's JSON records or a WARC file's
 * pages into outcomes: articles, or rejects naming why (undecodable or binary text among them).
 */
final class DocumentOutcomes {
    private DocumentOutcomes() {}

    /** The outcomes of one document (a whole file or an archive entry) of a known format. */
    static Iterator<IngestOutcome> document(
            String uri,
            String locator,
            DocumentFormat format,
            byte[] bytes,
            FieldMapper mapper,
            long maxDocumentBytes) {
        if (bytes.length == 0) {
            return FileRecordSource.single(IngestOutcome.rejected(uri, locator, RejectReason.EMPTY_FILE, "no bytes"));
        }
        switch (format) {
            case JSON:
                try {
                    return json(
                            uri,
                            locator + " ",
                            new JsonRecordReader(new ByteArrayInputStream(bytes), maxDocumentBytes),
                            mapper);
                } catch (IOException e) {
                    return FileRecordSource.single(IngestOutcome.rejected(
                            uri, locator, RejectReason.UNREADABLE_FILE, FileRecordSource.detail(e)));
                }
            case MARKDOWN:
                return FileRecordSource.single(outcome(uri, locator, FrontMatterArticles.map(bytes)));
            case HTML:
            case TEXT:
                PageDecoder.Decoded decoded = PageDecoder.decode(bytes, null, format == DocumentFormat.HTML);
                IngestOutcome bad = undecodable(uri, locator, decoded);
                if (bad != null) {
                    return FileRecordSource.single(bad);
                }
                String kind = format == DocumentFormat.HTML ? RawArticle.HTML : RawArticle.PAGE;
                return FileRecordSource.single(new IngestOutcome(
                        uri, locator, RawArticle.page(kind, "unknown", null, null, decoded.text()), null, null));
            default:
                return FileRecordSource.single(IngestOutcome.rejected(
                        uri,
                        locator,
                        RejectReason.UNSUPPORTED_FORMAT,
                        "not a supported entry format; supported: " + DocumentFormat.SUPPORTED));
        }
    }

    static IngestOutcome outcome(String uri, String locator, MappedRecord mapped) {
        return mapped.ok()
                ? new IngestOutcome(uri, locator, mapped.article(), null, null)
                : IngestOutcome.rejected(uri, locator, mapped.reason(), FileRecordSource.truncate(mapped.detail()));
    }

    static Iterator<IngestOutcome> json(String uri, String prefix, JsonRecordReader reader, FieldMapper mapper) {
        return new LazyOutcomes<>(reader, uri) {
            @Override
            IngestOutcome convert(JsonRecordReader.JsonRecord record) {
                if (!record.ok()) {
                    return IngestOutcome.rejected(
                            uri, prefix + record.locator(), record.reason(), FileRecordSource.truncate(record.error()));
                }
                IngestOutcome outcome = outcome(uri, prefix + record.locator(), mapper.map(record.node()));
                if (outcome.article() != null) {
                    String text = outcome.article().text();
                    IngestOutcome bad = undecodable(
                            uri,
                            outcome.locator(),
                            new PageDecoder.Decoded(text, "UTF-8", PageDecoder.replacements(text), false));
                    return bad == null ? outcome : bad;
                }
                return outcome;
            }
        };
    }

    static Iterator<IngestOutcome> warc(String uri, WarcPageReader reader) {
        return new LazyOutcomes<>(reader, uri) {
            @Override
            IngestOutcome convert(WarcPageReader.Item item) {
                if (!item.ok()) {
                    RejectReason reason = item.broken() ? RejectReason.UNREADABLE_RECORD : RejectReason.NOT_AN_ARTICLE;
                    return IngestOutcome.rejected(uri, item.locator(), reason, FileRecordSource.truncate(item.error()));
                }
                PageDecoder.Decoded decoded = PageDecoder.decode(item.html(), item.charset(), true);
                IngestOutcome bad = undecodable(uri, item.locator(), decoded);
                if (bad != null) {
                    return bad;
                }
                String host = item.uri() == null ? "unknown" : hostOf(item.uri());
                return new IngestOutcome(
                        uri,
                        item.locator(),
                        RawArticle.page(RawArticle.HTML, host, item.uri(), item.crawlDate(), decoded.text()),
                        null,
                        null);
            }
        };
    }

    /** A reject for binary bytes, or for text where over 1% of characters could not be decoded; else null. */
    static IngestOutcome undecodable(String uri, String locator, PageDecoder.Decoded decoded) {
        if (decoded.binary()) {
            return IngestOutcome.rejected(uri, locator, RejectReason.BINARY_CONTENT, "the bytes are not text");
        }
        if (decoded.replacements() > 0
                && decoded.replacements() * 100L > decoded.text().length()) {
            return IngestOutcome.rejected(
                    uri,
                    locator,
                    RejectReason.UNDECODABLE_TEXT,
                    decoded.replacements() + " of " + decoded.text().length() + " characters could not be decoded as "
                            + decoded.charset());
        }
        return null;
    }

    static String hostOf(String url) {
        try {
            String host = java.net.URI.create(url.strip()).getHost();
            return host == null ? "unknown" : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return "unknown";
        }
    }
}
