package org.newsdrift.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import org.newsdrift.ingest.archive.ArchiveEntry;
import org.newsdrift.ingest.archive.ArchiveError;
import org.newsdrift.ingest.archive.ArchiveItem;
import org.newsdrift.ingest.archive.ArchiveItems;

/** The entries of an archive, each read as the document its name says, flattened into outcomes. */
final class ArchiveOutcomes implements Iterator<IngestOutcome> {
    private final String uri;
    private final ArchiveItems items;
    private final FieldMapper mapper;
    private final long maxDocumentBytes;
    private Iterator<IngestOutcome> current = Collections.emptyIterator();

    ArchiveOutcomes(String uri, ArchiveItems items, FieldMapper mapper, long maxDocumentBytes) {
        this.uri = uri;
        this.items = items;
        this.mapper = mapper;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && items.hasNext()) {
            current = outcomes(items.next());
        }
        return current.hasNext();
    }

    @Override
    public IngestOutcome next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    private Iterator<IngestOutcome> outcomes(ArchiveItem item) {
        if (item instanceof ArchiveError error) {
            String locator = error.name() == null ? "file" : "entry " + error.name();
            return FileRecordSource.single(IngestOutcome.rejected(
                    uri, locator, reason(error.kind()), FileRecordSource.truncate(error.reason())));
        }
        ArchiveEntry entry = (ArchiveEntry) item;
        String entryName = entry.name().toLowerCase(Locale.ROOT);
        DocumentFormat format = DocumentFormat.of(entryName);
        byte[] content = entry.content();
        if (entryName.endsWith(".gz") && format != DocumentFormat.UNSUPPORTED) {
            try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(content))) {
                content = gz.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxDocumentBytes + 1));
            } catch (IOException e) {
                return FileRecordSource.single(IngestOutcome.rejected(
                        uri, "entry " + entry.name(), RejectReason.UNREADABLE_ENTRY, FileRecordSource.detail(e)));
            }
            if (content.length > maxDocumentBytes) {
                return FileRecordSource.single(IngestOutcome.rejected(
                        uri,
                        "entry " + entry.name(),
                        RejectReason.TOO_LARGE,
                        "decompresses to more than ingest.max_document_bytes (" + maxDocumentBytes + ")"));
            }
        }
        return DocumentOutcomes.document(
                uri,
                "entry " + entry.name(),
                format == DocumentFormat.WARC ? DocumentFormat.UNSUPPORTED : format,
                content,
                mapper,
                maxDocumentBytes);
    }

    /** The same codes as for whole files, so an oversized or empty entry is found under the reason a file gets. */
    private static RejectReason reason(ArchiveError.Kind kind) {
        switch (kind) {
            case EMPTY:
                return RejectReason.EMPTY_FILE;
            case TOO_LARGE:
                return RejectReason.TOO_LARGE;
            case UNREADABLE:
                return RejectReason.UNREADABLE_ENTRY;
            default:
                return RejectReason.UNREADABLE_FILE;
        }
    }
}
