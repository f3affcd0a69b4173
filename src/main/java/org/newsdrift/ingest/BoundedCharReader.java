package org.newsdrift.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts the characters it hands to the parser and refuses more once the element being read has passed the
 * limit: the parser asks for more only after using all it has, so the element is then longer than the count.
 */
final class BoundedCharReader extends FilterReader {
    private final long limit;
    private long delivered;
    private long recordStart = -1;

    /** Thrown when an array element passes the limit; reading cannot resume after it. */
    static final class RecordTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        RecordTooLargeException() {
            super("record too large");
        }
    }

    BoundedCharReader(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** Starts counting an element that begins at {@code charOffset} of everything read. */
    void startRecord(long charOffset) {
        recordStart = charOffset;
    }

    void endRecord() {
        recordStart = -1;
    }

    @Override
    public int read(char[] chars, int offset, int length) throws IOException {
        if (recordStart >= 0 && delivered - recordStart > limit) {
            throw new RecordTooLargeException();
        }
        int n = super.read(chars, offset, length);
        delivered += Math.max(n, 0);
        return n;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }
}
