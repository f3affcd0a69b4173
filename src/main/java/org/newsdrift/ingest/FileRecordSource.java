package org.newsdrift.ingest;

import java.io.BufferedInputStream;
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
                        DocumentOutcomes.warc(
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
                return DocumentOutcomes.json(uri, "", new JsonRecordReader(in, maxDocumentBytes), mapper);
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
            return DocumentOutcomes.document(uri, "file", format, bytes, mapper, maxDocumentBytes);
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
