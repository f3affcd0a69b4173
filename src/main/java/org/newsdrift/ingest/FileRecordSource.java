package org.newsdrift.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Iterator;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newsdrift.ingest.archive.ArchiveReader;
import org.newsdrift.ingest.archive.FrontMatterArticles;
import org.newsdrift.ingest.warc.WarcPageReader;

/**
 * Reads one input file into outcomes, lazily: every record becomes an article or a reject, and a file that cannot
 * be opened or breaks midway ends with a reject naming why, so nothing is lost silently; a file with nothing in it
 * is one reject too. The format is told by the name ({@link DocumentFormat}); tar, tar.gz and zip archives are told
 * by their bytes, and each entry is read as the file its name says it is. Whole files, archive entries, JSON
 * records and WARC pages are each bounded by {@code maxDocumentBytes}.
 */
public final class FileRecordSource {
    private static final int MAX_DETAIL_CHARS = 500;
    private static final int BUFFER = 64 * 1024;

    private FileRecordSource() {}

    public static Iterator<IngestOutcome> read(String uri, Configuration conf, FieldMapper mapper) {
        return read(uri, conf, mapper, 64L * 1024 * 1024);
    }

    public static Iterator<IngestOutcome> read(
            String uri, Configuration conf, FieldMapper mapper, long maxDocumentBytes) {
        try {
            Path path = new Path(uri);
            FileSystem fs = inputFileSystem(path, conf);
            InputStream in = new BufferedInputStream(fs.open(path), BUFFER);
            if (isEmpty(in)) {
                in.close();
                return single(IngestOutcome.rejected(uri, "file", RejectReason.EMPTY_FILE, "no bytes"));
            }
            String name = uri.toLowerCase(Locale.ROOT);
            if (ArchiveReader.sniff(in, name) != ArchiveReader.Kind.NONE) {
                return atLeastOne(
                        uri,
                        "the archive has no entries",
                        new ArchiveOutcomes(
                                uri, new ArchiveReader(maxDocumentBytes).open(in, uri), mapper, maxDocumentBytes));
            }
            DocumentFormat format = DocumentFormat.of(name);
            if (format == DocumentFormat.WARC) {
                in.close();
                return atLeastOne(
                        uri,
                        "no WARC response records",
                        warc(
                                uri,
                                new WarcPageReader(
                                        offset -> {
                                            FSDataInputStream at = fs.open(path);
                                            at.seek(offset);
                                            return new BufferedInputStream(at, BUFFER);
                                        },
                                        maxDocumentBytes)));
            }
            if (name.endsWith(".gz")) {
                in = gunzip(in);
            }
            if (format == DocumentFormat.JSON) {
                return json(uri, "", new JsonRecordReader(in, maxDocumentBytes), mapper);
            }
            if (format == DocumentFormat.UNSUPPORTED) {
                in.close();
                return single(IngestOutcome.rejected(
                        uri,
                        "file",
                        RejectReason.UNSUPPORTED_FORMAT,
                        "not a supported input format; supported: " + DocumentFormat.SUPPORTED
                                + " (optionally .gz), tar, tar.gz, zip, warc, warc.gz"));
            }
            byte[] bytes;
            try (InputStream document = in) {
                bytes = document.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxDocumentBytes + 1));
            }
            if (bytes.length > maxDocumentBytes) {
                return single(IngestOutcome.rejected(
                        uri,
                        "file",
                        RejectReason.TOO_LARGE,
                        "larger than ingest.max_document_bytes (" + maxDocumentBytes + ")"));
            }
            return document(uri, "file", format, bytes, mapper, maxDocumentBytes);
        } catch (IOException | RuntimeException e) {
            return single(IngestOutcome.rejected(uri, "file", RejectReason.UNREADABLE_FILE, detail(e)));
        }
    }

    /**
     * The file system to read an input from: the local one without its checksum layer, which looks for a checksum file
     * beside each input (inputs have none) and cannot even name it when the file name holds a colon, as ISO times do.
     */
    static FileSystem inputFileSystem(Path path, Configuration conf) throws IOException {
        FileSystem fs = path.getFileSystem(conf);
        return fs instanceof ChecksumFileSystem local ? local.getRawFileSystem() : fs;
    }

    /**
     * Gzip'ed input that never claims more is available: a buffer reading it would otherwise go on asking after it
     * has what was inflated so far, and a truncated file's exception would discard that data, records and all.
     */
    private static InputStream gunzip(InputStream in) throws IOException {
        return new BufferedInputStream(
                new GZIPInputStream(in, BUFFER) {
                    @Override
                    public int available() {
                        return 0;
                    }
                },
                BUFFER);
    }

    private static boolean isEmpty(InputStream in) throws IOException {
        in.mark(1);
        boolean empty = in.read() < 0;
        in.reset();
        return empty;
    }

    /** The outcomes, or one {@code empty_file} reject when there are none, so every input file leaves a row. */
    private static Iterator<IngestOutcome> atLeastOne(String uri, String why, Iterator<IngestOutcome> outcomes) {
        return outcomes.hasNext()
                ? outcomes
                : single(IngestOutcome.rejected(uri, "file", RejectReason.EMPTY_FILE, why));
    }

    /** The outcomes of one document (a whole file or an archive entry) of a known format. */
    static Iterator<IngestOutcome> document(
            String uri,
            String locator,
            DocumentFormat format,
            byte[] bytes,
            FieldMapper mapper,
            long maxDocumentBytes) {
        if (bytes.length == 0) {
            return single(IngestOutcome.rejected(uri, locator, RejectReason.EMPTY_FILE, "no bytes"));
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
                    return single(IngestOutcome.rejected(uri, locator, RejectReason.UNREADABLE_FILE, detail(e)));
                }
            case MARKDOWN:
                return single(outcome(uri, locator, FrontMatterArticles.map(bytes)));
            case HTML:
            case TEXT:
                PageDecoder.Decoded decoded = PageDecoder.decode(bytes, null, format == DocumentFormat.HTML);
                IngestOutcome bad = undecodable(uri, locator, decoded);
                if (bad != null) {
                    return single(bad);
                }
                String kind = format == DocumentFormat.HTML ? RawArticle.HTML : RawArticle.PAGE;
                return single(new IngestOutcome(
                        uri, locator, RawArticle.page(kind, "unknown", null, null, decoded.text()), null, null));
            default:
                return single(IngestOutcome.rejected(
                        uri,
                        locator,
                        RejectReason.UNSUPPORTED_FORMAT,
                        "not a supported entry format; supported: " + DocumentFormat.SUPPORTED));
        }
    }

    static IngestOutcome outcome(String uri, String locator, MappedRecord mapped) {
        return mapped.ok()
                ? new IngestOutcome(uri, locator, mapped.article(), null, null)
                : IngestOutcome.rejected(uri, locator, mapped.reason(), truncate(mapped.detail()));
    }

    static Iterator<IngestOutcome> json(String uri, String prefix, JsonRecordReader reader, FieldMapper mapper) {
        return new LazyOutcomes<>(reader, uri) {
            @Override
            IngestOutcome convert(JsonRecordReader.JsonRecord record) {
                if (!record.ok()) {
                    return IngestOutcome.rejected(
                            uri, prefix + record.locator(), record.reason(), truncate(record.error()));
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

    private static Iterator<IngestOutcome> warc(String uri, WarcPageReader reader) {
        return new LazyOutcomes<>(reader, uri) {
            @Override
            IngestOutcome convert(WarcPageReader.Item item) {
                if (!item.ok()) {
                    RejectReason reason = item.broken() ? RejectReason.UNREADABLE_RECORD : RejectReason.NOT_AN_ARTICLE;
                    return IngestOutcome.rejected(uri, item.locator(), reason, truncate(item.error()));
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

    static String detail(Throwable e) {
        String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return truncate(message);
    }

    static String truncate(String s) {
        return s == null || s.length() <= MAX_DETAIL_CHARS ? s : s.substring(0, MAX_DETAIL_CHARS - 1) + "\u2026";
    }

    static Iterator<IngestOutcome> single(IngestOutcome outcome) {
        return Collections.singletonList(outcome).iterator();
    }
}
