package org.newsdrift.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Finds where the next WARC record may start after a broken one: {@code WARC/} in a plain WARC, a gzip member header
 * in a WARC.gz (one member per record, as WARC writers make them). A hit is only a candidate; the reader tries it
 * and searches on if it does not parse, so text that merely looks like a start costs a retry, never a record.
 */
final class WarcResync {
    private static final byte[] PLAIN_RECORD = "WARC/".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GZIP_MEMBER = {(byte) 0x1f, (byte) 0x8b, 8};
    private static final int BUFFER = 64 * 1024;

    private WarcResync() {}

    /**
     * The offset of the first candidate record start in {@code in}, which begins at file offset {@code from}; -1 when
     * there is none before the end. Closes {@code in}.
     */
    static long nextRecordStart(InputStream in, long from, boolean gzip) throws IOException {
        byte[] pattern = gzip ? GZIP_MEMBER : PLAIN_RECORD;
        byte[] buffer = new byte[BUFFER];
        int matched = 0;
        long offset = from;
        try (in) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++, offset++) {
                    // Neither pattern repeats its first byte, so a mismatch can only restart the match at this byte.
                    matched = buffer[i] == pattern[matched] ? matched + 1 : buffer[i] == pattern[0] ? 1 : 0;
                    if (matched == pattern.length) {
                        return offset - pattern.length + 1;
                    }
                }
            }
        }
        return -1;
    }
}
