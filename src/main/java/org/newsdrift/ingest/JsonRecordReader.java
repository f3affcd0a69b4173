package org.newsdrift.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Streams the records of a JSON array file or a JSON Lines file, one at a time, so no archive is held in memory.
 * The kind is told by the first non-blank byte. A broken JSON Lines line becomes an error record and reading goes
 * on; a broken array ends the file with an error record, because an array cannot be resynchronised.
 */
public final class JsonRecordReader implements Iterator<JsonRecordReader.JsonRecord>, AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** The error of the one record an empty (or all-blank) file yields. */
  public static final String EMPTY_FILE = "the file is empty";

  /** One record ({@code node}) or one failure ({@code error}), with where it was found. */
  public record JsonRecord(String locator, JsonNode node, String error) {
    public boolean ok() {
      return error == null;
    }
  }

  private final InputStream in;
  private final Mode mode;
  private JsonParser arrayParser;
  private BufferedReader lines;
  private int position;
  private JsonRecord next;
  private boolean done;

  private enum Mode { ARRAY, LINES, EMPTY, NOT_JSON }

  public JsonRecordReader(InputStream raw) throws IOException {
    this.in = raw.markSupported() ? raw : new BufferedInputStream(raw);
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
  public boolean hasNext() {
    if (next == null && !done) {
      next = advance();
      if (next == null) {
        done = true;
      }
    }
    return next != null;
  }

  @Override
  public JsonRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    JsonRecord record = next;
    next = null;
    return record;
  }

  private JsonRecord advance() {
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
        arrayParser = MAPPER.getFactory().createParser(in);
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
      JsonNode node = MAPPER.readTree(arrayParser);
      return node.isObject() ? new JsonRecord(locator, node, null) : new JsonRecord(locator, null, "not a JSON object");
    } catch (JacksonException e) {
      done = true;
      // The parser cannot find the next element after a syntax error, so the rest of the array is lost here.
      return new JsonRecord(locator, null, "malformed JSON, rest of the array unreadable: " + e.getOriginalMessage());
    }
  }

  private JsonRecord nextLine() throws IOException {
    if (lines == null) {
      lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    String line;
    do {
      line = lines.readLine();
      position++;
      if (line == null) {
        return null;
      }
    } while (line.isBlank());
    String locator = "line " + position;
    if (position == 1 && line.startsWith("\uFEFF")) {
      line = line.substring(1);
    }
    try {
      JsonNode node = MAPPER.readTree(line);
      return node != null && node.isObject()
          ? new JsonRecord(locator, node, null)
          : new JsonRecord(locator, null, "not a JSON object");
    } catch (JacksonException e) {
      return new JsonRecord(locator, null, "malformed JSON: " + e.getOriginalMessage());
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
