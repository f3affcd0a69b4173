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
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
      .build());
  // Two records on one line would otherwise yield the first and drop the second without a word.
  private static final ObjectReader LINE = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final long NO_LIMIT = Integer.MAX_VALUE - 16;
  /** The error of the one record an empty (or all-blank) file yields. */
  public static final String EMPTY_FILE = "the file is empty";
  /** How the error of a record over the size limit starts. */
  public static final String TOO_LARGE = "the record is larger than ";

  /** One record ({@code node}) or one failure ({@code error}), with where it was found. */
  public record JsonRecord(String locator, JsonNode node, String error) {
    public boolean ok() {
      return error == null;
    }
  }

  private final InputStream in;
  private final long maxRecordBytes;
  private final Mode mode;
  private JsonParser arrayParser;
  private BoundedReader arrayChars;
  private BoundedLines lines;
  private int position;
  private boolean done;

  private enum Mode { ARRAY, LINES, EMPTY, NOT_JSON }

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
          return new JsonRecord("file", null, "not a JSON array or JSON Lines file");
        case EMPTY:
          done = true;
          return new JsonRecord("file", null, EMPTY_FILE);
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
        arrayChars = new BoundedReader(new InputStreamReader(in, StandardCharsets.UTF_8), maxRecordBytes);
        arrayParser = MAPPER.getFactory().createParser(arrayChars);
        arrayParser.nextToken();
      }
      JsonToken token = arrayParser.nextToken();
      if (token == null) {
        done = true;
        return new JsonRecord(locator, null, "malformed JSON: the array is not closed");
      }
      if (token == JsonToken.END_ARRAY) {
        done = true;
        // A second array or anything else after the first would otherwise be dropped without a word.
        return arrayParser.nextToken() == null
            ? null
            : new JsonRecord("after element " + (position - 1), null, "content after the closing bracket of the array");
      }
      position++;
      arrayChars.startRecord(arrayParser.currentTokenLocation().getCharOffset());
      JsonNode node = MAPPER.readTree(arrayParser);
      arrayChars.endRecord();
      return node.isObject() ? new JsonRecord(locator, node, null) : new JsonRecord(locator, null, "not a JSON object");
    } catch (RecordTooLargeException e) {
      done = true;
      return new JsonRecord(locator, null, TOO_LARGE + maxRecordBytes + " characters, rest of the array unreadable");
    } catch (JacksonException e) {
      done = true;
      // The parser cannot find the next element after a syntax error, so the rest of the array is lost here.
      return new JsonRecord(locator, null, "malformed JSON, rest of the array unreadable: " + e.getOriginalMessage());
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
      return new JsonRecord(locator, null, TOO_LARGE + maxRecordBytes + " bytes (" + read.length() + ")");
    }
    if (position == 1 && line.startsWith("\uFEFF")) {
      line = line.substring(1);
    }
    try {
      JsonNode node = LINE.readTree(line);
      return node != null && node.isObject()
          ? new JsonRecord(locator, node, null)
          : new JsonRecord(locator, null, "not a JSON object");
    } catch (JacksonException e) {
      return new JsonRecord(locator, null, "malformed JSON: " + e.getOriginalMessage());
    }
  }

  private void skipByteOrderMark() throws IOException {
    in.mark(3);
    byte[] head = in.readNBytes(3);
    if (head.length < 3 || (head[0] & 0xFF) != 0xEF || (head[1] & 0xFF) != 0xBB || (head[2] & 0xFF) != 0xBF) {
      in.reset();
    }
  }

  /** Thrown by {@link BoundedReader} when an array element passes the limit; reading cannot resume after it. */
  private static final class RecordTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    RecordTooLargeException() {
      super("record too large");
    }
  }

  /**
   * Counts the characters it hands to the parser and refuses more once the element being read has passed the
   * limit: the parser asks for more only after using all it has, so the element is then longer than the count.
   */
  private static final class BoundedReader extends FilterReader {
    private final long limit;
    private long delivered;
    private long recordStart = -1;

    BoundedReader(Reader in, long limit) {
      super(in);
      this.limit = limit;
    }

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

  @Override
  public void close() throws IOException {
    if (arrayParser != null) {
      arrayParser.close();
    }
    in.close();
  }
}
