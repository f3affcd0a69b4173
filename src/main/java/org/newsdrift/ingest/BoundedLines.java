package org.newsdrift.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a stream into lines of bytes (ended by LF, CR LF or CR) and never holds more than {@code maxBytes} of one:
 * a longer line is read on to its end without being kept, so one endless line cannot exhaust memory.
 */
final class BoundedLines {
    private static final int BUFFER = 64 * 1024;

    /** One line without its ending; {@code bytes} is null when the line was longer than the limit. */
    record Line(byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final long maxBytes;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int end;
    private boolean afterCr;

    BoundedLines(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        long length = 0;
        while (true) {
            if (position == end && !fill()) {
                return length == 0 ? null : line(kept, length);
            }
            if (afterCr) {
                afterCr = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            int stop = position;
            while (stop < end && buffer[stop] != '\n' && buffer[stop] != '\r') {
                stop++;
            }
            length += stop - position;
            if (kept != null && length <= maxBytes) {
                kept.write(buffer, position, stop - position);
            } else {
                kept = null;
            }
            if (stop < end) {
                afterCr = buffer[stop] == '\r';
                position = stop + 1;
                return line(kept, length);
            }
            position = end;
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        position = 0;
        end = Math.max(n, 0);
        return n > 0;
    }

    private static Line line(ByteArrayOutputStream kept, long length) {
        return new Line(kept == null ? null : kept.toByteArray(), length);
    }
}
