package org.newsdrift.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator over items read one ahead: {@link #hasNext} reads the next item with {@link #computeNext} and keeps it
 * until {@link #next} hands it out. Null from {@code computeNext} ends the items; it is not called again after that.
 */
public abstract class LookAheadIterator<T> implements Iterator<T> {
    private T next;
    private boolean ended;

    /** The next item, or null when there is none. */
    protected abstract T computeNext();

    @Override
    public final boolean hasNext() {
        if (next == null && !ended) {
            next = computeNext();
            ended = next == null;
        }
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T item = next;
        next = null;
        return item;
    }
}
