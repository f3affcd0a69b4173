package org.newsdrift.ingest;

import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** Converts a reader's items one by one; a read failure becomes one final reject, then the reader is closed. */
abstract class LazyOutcomes<T> implements Iterator<IngestOutcome> {
    private final Iterator<T> reader;
    private final AutoCloseable closeable;
    private final String uri;
    private IngestOutcome failure;
    private boolean closed;

    LazyOutcomes(Iterator<T> reader, String uri) {
        this.reader = reader;
        this.closeable = (AutoCloseable) reader;
        this.uri = uri;
    }

    abstract IngestOutcome convert(T item);

    @Override
    public boolean hasNext() {
        if (failure != null) {
            return true;
        }
        if (closed) {
            return false;
        }
        try {
            if (reader.hasNext()) {
                return true;
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            failure = IngestOutcome.rejected(
                    uri,
                    "file",
                    RejectReason.UNREADABLE_FILE,
                    FileRecordSource.detail(e.getCause() == null ? e : e.getCause()));
        }
        close();
        return failure != null;
    }

    @Override
    public IngestOutcome next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (failure != null) {
            IngestOutcome last = failure;
            failure = null;
            return last;
        }
        return convert(reader.next());
    }

    private void close() {
        if (!closed) {
            closed = true;
            try {
                closeable.close();
            } catch (Exception ignored) {
                // Closing a stream we have finished reading; nothing of the data depends on it.
            }
        }
    }
}
