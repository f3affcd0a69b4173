package org.newsdrift.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newsdrift.ingest.LookAheadIterator;

/**
 * Streams the HTML pages of a WARC or WARC.gz file (jwarc), one response record at a time. Response records of
 * other media types, or without a successful status, become items with a reason; request, metadata and warcinfo
 * records are not pages and are passed over. A record that cannot be parsed, or whose Content-Length does not match
 * it, becomes one broken item, and reading resumes at the next record start found after it ({@link WarcResync}).
 */
public final class WarcPageReader extends LookAheadIterator<WarcPageReader.Item> implements AutoCloseable {
    /** jwarc's warning when the bytes after a record are not its CRLF CRLF trailer: the Content-Length was wrong. */
    private static final String BAD_TRAILER = "invalid record trailer";

    /** Opens the file at a byte offset, so that reading can resume past a broken record. */
    @FunctionalInterface
    public interface Source {
        InputStream openAt(long offset) throws IOException;
    }

    /**
     * A page ({@code html} set) or a record that is not one ({@code error} set), found at {@code locator}.
     *
     * @param crawlDate the WARC-Date: when the page was fetched, not when it was published
     * @param broken the record could not be read as a WARC record (as opposed to a readable record that is no page)
     */
    public record Item(
            String locator,
            String uri,
            LocalDate crawlDate,
            byte[] html,
            String charset,
            String error,
            boolean broken) {
        public boolean ok() {
            return error == null;
        }
    }

    /** What reading on found: the next record and its offset, the end (no record), or a failure at an offset. */
    private record Ahead(WarcRecord record, long offset, String failure) {}

    private final Source source;
    private final long maxPageBytes;
    private final boolean gzip;
    private WarcReader reader;
    private long base;
    private Ahead ahead;
    private boolean badTrailer;
    private boolean resyncing;
    private boolean done;

    public WarcPageReader(Source source, long maxPageBytes) throws IOException {
        this.source = source;
        this.maxPageBytes = maxPageBytes;
        start(0);
        this.gzip = reader.compression() == WarcCompression.GZIP;
    }

    @Override
    protected Item computeNext() {
        Item item = null;
        while (item == null && !done) {
            item = advance();
        }
        return item;
    }

    /** The next item, or null when the record read was not a response (the loop in computeNext reads on). */
    private Item advance() {
        Ahead current = ahead != null ? ahead : readAhead();
        ahead = null;
        if (current.failure() != null) {
            return broken(current.offset(), current.failure());
        }
        if (current.record() == null) {
            done = true;
            return null;
        }
        Item item;
        try {
            item = current.record() instanceof WarcResponse response
                    ? page(response, "offset " + current.offset())
                    : null;
        } catch (IOException | RuntimeException e) {
            return broken(current.offset(), "truncated or malformed WARC response: " + e.getMessage());
        }
        // Reading the following record is what checks this one's trailer, so a wrong length is caught on its own
        // record.
        badTrailer = false;
        ahead = readAhead();
        if (badTrailer) {
            return broken(current.offset(), "the record's Content-Length does not match its content");
        }
        if (ahead.failure() != null && ahead.offset() == current.offset()) {
            // Reading failed before the next record began: this record could not be finished, so it is the broken one.
            return broken(current.offset(), ahead.failure());
        }
        resyncing = false;
        return item;
    }

    private Ahead readAhead() {
        try {
            Optional<WarcRecord> record = reader.next();
            return new Ahead(record.orElse(null), base + reader.position(), null);
        } catch (IOException | RuntimeException e) {
            return new Ahead(null, base + reader.position(), "unreadable WARC record: " + e.getMessage());
        }
    }

    private Item page(WarcResponse response, String locator) throws IOException {
        String uri = response.target();
        HttpResponse http = response.http();
        MediaType type = http.contentType();
        String mediaType = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        if (http.status() < 200 || http.status() >= 300) {
            return error(locator, uri, "HTTP status " + http.status() + ", not a page", false);
        }
        if (!mediaType.isEmpty() && !mediaType.equals("text/html") && !mediaType.equals("application/xhtml+xml")) {
            return error(locator, uri, "media type " + mediaType + ", not HTML", false);
        }
        byte[] body = http.body().stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPageBytes + 1));
        if (body.length > maxPageBytes) {
            return error(locator, uri, "page larger than " + maxPageBytes + " bytes", false);
        }
        String charset = type == null ? null : type.parameters().get("charset");
        return new Item(locator, uri, response.date().atZone(ZoneOffset.UTC).toLocalDate(), body, charset, null, false);
    }

    /**
     * One broken item for the record at {@code offset} (none for a further failure before any record was read again),
     * then reading goes on at the next record start after it, or ends when there is none.
     */
    private Item broken(long offset, String why) {
        boolean first = !resyncing;
        ahead = null;
        long resume = -1;
        try {
            reader.close();
            resume = WarcResync.nextRecordStart(source.openAt(offset + 1), offset + 1, gzip);
            if (resume >= 0) {
                start(resume);
            }
        } catch (IOException | RuntimeException e) {
            resume = -1;
        }
        resyncing = true;
        done = resume < 0;
        String where = done ? "no record after it, rest of the file skipped" : "reading resumed at offset " + resume;
        return first ? error("offset " + offset, null, why + "; " + where, true) : null;
    }

    private void start(long offset) throws IOException {
        reader = new WarcReader(source.openAt(offset));
        reader.onWarning(warning -> badTrailer |= BAD_TRAILER.equals(warning));
        base = offset;
    }

    private static Item error(String locator, String uri, String why, boolean broken) {
        return new Item(locator, uri, null, null, null, why, broken);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
