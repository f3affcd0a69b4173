package org.newsdrift.ingest;

import java.util.Locale;

/**
 * Why an input item is no article, decided where the failure is found; {@link #code} is what {@code rejects.reason}
 * holds, the constant's name in lower case.
 */
public enum RejectReason {
    /** A file or entry without bytes, an archive without entries, a WARC without responses. */
    EMPTY_FILE,
    /** A name no reader is for. */
    UNSUPPORTED_FORMAT,
    /** A file, entry, record or page past {@code ingest.max_document_bytes}. */
    TOO_LARGE,
    /** A file that cannot be opened or breaks midway. */
    UNREADABLE_FILE,
    /** An archive entry that cannot be read (a link, a device, encryption, broken gzip). */
    UNREADABLE_ENTRY,
    /** A WARC record that cannot be parsed or whose Content-Length is wrong. */
    UNREADABLE_RECORD,
    /** A JSON line or array element that is no JSON object. */
    MALFORMED_JSON,
    /** A Markdown document that is not UTF-8. */
    MALFORMED_TEXT,
    /** A Markdown document without readable front matter. */
    MALFORMED_FRONT_MATTER,
    /** A JSON record no configured field mapping fits. */
    UNKNOWN_RECORD_SHAPE,
    /** A record or document with an empty text. */
    MISSING_TEXT,
    /** Bytes that are not text. */
    BINARY_CONTENT,
    /** Text with over 1% of its characters undecodable. */
    UNDECODABLE_TEXT,
    /** A body shorter than {@code ingest.min_text_chars} after cleaning; clean gives it. */
    TEXT_TOO_SHORT,
    /** A readable WARC response that is no HTML page; clean gives it to a text page that holds no article. */
    NOT_AN_ARTICLE;

    /** The reason as written to the tables, e.g. {@code too_large}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return code();
    }
}
