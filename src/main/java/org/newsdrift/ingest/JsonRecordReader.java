package org.newsdrift.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Streams the records of a JSON array file or a JSON Lines file, one at a time, so no archive is held in memory.
 * The kind is told by the first non-blank byte. A broken JSON Lines line becomes an error record and reading goes
 * on; a broken array ends the file with an error record, because an array cannot be resynchronised. No record
 * larger than the limit is held: a longer line is skipped to its end, a longer array element ends the array. Bytes
 * that are not UTF-8 become U+FFFD, as in pages, so callers can count them.
 */
public final class JsonRecordReader extends LookAheadIterator<JsonRecordReader.JsonRecord> implements AutoCloseable {
    // Strings are bounded by the record limit below; Jackson's own 20M-character cap would end arrays early.
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE)
                    .build())
            .build());
    // Two records on one line would otherwise yield the first and drop the second without a word.
    private static final ObjectReader LINE = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final long NO_LIMIT = Integer.MAX_VALUE - 16;
    /** The error of the one record an empty (or all-blank) file yields. */
    public static final String EMPTY_FILE = "the file is empty";
    /** How the error of a record over the size limit starts. */
    public static final String TOO_LARGE = "the record is larger than ";

    /** One record ({@code node}) or one failure ({@code reason} and {@code error}), with where it was found. */
    public record JsonRecord(String locator, JsonNode node, RejectReason reason, String error) {
        static JsonRecord of(String locator, JsonNode node) {
            return new JsonRecord(locator, node, null, null);
        }

        static JsonRecord failed(String locator, RejectReason reason, String error) {
            return new JsonRecord(locator, null, reason, error);
        }

        public boolean ok() {
            return error == null;
        }
    }

    private final InputStream in;
    private final long maxRecordBytes;
    private final Mode mode;
    private JsonParser arrayParser;
    private BoundedCharReader arrayChars;
    private BoundedLines lines;
    private int position;
    private boolean done;

    private enum Mode {
        ARRAY,
        LINES,
        EMPTY,
        NOT_JSON
    }

    public JsonRecordReader(InputStream raw) throws IOException {
        this(raw, NO_LIMIT);
    }

    /** A reader that turns every record over {@code maxRecordBytes} into an error record instead of holding it. */
    public JsonRecordReader(InputStream raw, long maxRecordBytes) throws IOException {
        this.in = raw.markSupported() ? raw : new BufferedInputStream(raw);
        this.maxRecordBytes = maxRecordBytes;
        this.mode = sniff(in);
    }

    private static Mode sniff(InputStream in) throws IOException {
        in.mark(4096);
        int b;
        int seen = 0;
        while ((b = in.read()) != -1 && seen++ < 4096) {
            // A UTF-8 byte order mark is 0xEF 0xBB 0xBF; skip it like whitespace.
            if (Character.isWhitespace(b) || b == 0xEF || b == 0xBB || b == 0xBF) {
                continue;
            }
            in.reset();
            return b == '[' ? Mode.ARRAY : b == '{' ? Mode.LINES : Mode.NOT_JSON;
        }
        in.reset();
        return b == -1 ? Mode.EMPTY : Mode.NOT_JSON;
    }

    @Override
    protected JsonRecord computeNext() {
        if (done) {
            return null;
        }
        try {
            switch (mode) {
                case ARRAY:
                    return nextArrayElement();
                case LINES:
                    return nextLine();
                case NOT_JSON:
                    done = true;
                    return JsonRecord.failed(
                            "file", RejectReason.MALFORMED_JSON, "not a JSON array or JSON Lines file");
                case EMPTY:
                    done = true;
                    return JsonRecord.failed("file", RejectReason.EMPTY_FILE, EMPTY_FILE);
                default:
                    return null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonRecord nextArrayElement() throws IOException {
        String locator = "element " + position;
        try {
            if (arrayParser == null) {
                skipByteOrderMark();
                // Decoded here rather than by Jackson, which stops at the first invalid byte and loses the rest.
                arrayChars = new BoundedCharReader(new InputStreamReader(in, StandardCharsets.UTF_8), maxRecordBytes);
                arrayParser = MAPPER.getFactory().createParser(arrayChars);
                arrayParser.nextToken();
            }
            JsonToken token = arrayParser.nextToken();
            if (token == null) {
                done = true;
                return JsonRecord.failed(
                        locator, RejectReason.MALFORMED_JSON, "malformed JSON: the array is not closed");
            }
            if (token == JsonToken.END_ARRAY) {
                done = true;
                // A second array or anything else after the first would otherwise be dropped without a word.
                return arrayParser.nextToken() == null
                        ? null
                        : JsonRecord.failed(
                                "after element " + (position - 1),
                                RejectReason.MALFORMED_JSON,
                                "content after the closing bracket of the array");
            }
            position++;
            arrayChars.startRecord(arrayParser.currentTokenLocation().getCharOffset());
            JsonNode node = MAPPER.readTree(arrayParser);
            arrayChars.endRecord();
            return node.isObject() ? JsonRecord.of(locator, node) : notAnObject(locator);
        } catch (BoundedCharReader.RecordTooLargeException e) {
            done = true;
            return JsonRecord.failed(
                    locator,
                    RejectReason.TOO_LARGE,
                    TOO_LARGE + maxRecordBytes + " characters, rest of the array unreadable");
        } catch (JacksonException e) {
            done = true;
            // The parser cannot find the next element after a syntax error, so the rest of the array is lost here.
            return JsonRecord.failed(
                    locator,
                    RejectReason.MALFORMED_JSON,
                    "malformed JSON, rest of the array unreadable: " + e.getOriginalMessage());
        }
    }

    private JsonRecord nextLine() throws IOException {
        if (lines == null) {
            lines = new BoundedLines(in, maxRecordBytes);
        }
        BoundedLines.Line read;
        String line;
        do {
            read = lines.next();
            position++;
            if (read == null) {
                return null;
            }
            line = read.tooLong() ? null : new String(read.bytes(), StandardCharsets.UTF_8);
        } while (line != null && line.isBlank());
        String locator = "line " + position;
        if (line == null) {
            return JsonRecord.failed(
                    locator, RejectReason.TOO_LARGE, TOO_LARGE + maxRecordBytes + " bytes (" + read.length() + ")");
        }
        if (position == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        try {
            JsonNode node = LINE.readTree(line);
            return node != null && node.isObject() ? JsonRecord.of(locator, node) : notAnObject(locator);
        } catch (JacksonException e) {
            return JsonRecord.failed(locator, RejectReason.MALFORMED_JSON, "malformed JSON: " + e.getOriginalMessage());
        }
    }

    private static JsonRecord notAnObject(String locator) {
        return JsonRecord.failed(locator, RejectReason.MALFORMED_JSON, "not a JSON object");
    }

    private void skipByteOrderMark() throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (head.length < 3 || (head[0] & 0xFF) != 0xEF || (head[1] & 0xFF) != 0xBB || (head[2] & 0xFF) != 0xBF) {
            in.reset();
        }
    }

    @Override
    public void close() throws IOException {
        if (arrayParser != null) {
            arrayParser.close();
        }
        in.close();
    }
}
