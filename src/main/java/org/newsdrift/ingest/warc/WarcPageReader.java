package org.newsdrift.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Streams the HTML pages of a WARC or WARC.gz file (jwarc), one response record at a time. Response records of
 * other media types, or without a successful status, become items with a reason; request, metadata and warcinfo
 * records are not pages and are passed over. A record that cannot be parsed ends the file with an error item.
 */
public final class WarcPageReader implements Iterator<WarcPageReader.Item>, AutoCloseable {

  /**
   * A page ({@code html} set) or a record that is not one ({@code error} set), found at {@code locator}.
   *
   * @param crawlDate the WARC-Date: when the page was fetched, not when it was published
   */
  public record Item(String locator, String uri, LocalDate crawlDate, byte[] html, String charset, String error) {
    public boolean ok() {
      return error == null;
    }
  }

  private final WarcReader reader;
  private final long maxPageBytes;
  private Item next;
  private boolean done;

  public WarcPageReader(InputStream in, long maxPageBytes) throws IOException {
    this.reader = new WarcReader(in);
    this.maxPageBytes = maxPageBytes;
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public Item next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Item item = next;
    next = null;
    return item;
  }

  /** The next item, or null when the record read was not a response (the loop in hasNext reads on). */
  private Item advance() {
    String locator = "offset " + reader.position();
    Optional<WarcRecord> record;
    try {
      record = reader.next();
    } catch (IOException | RuntimeException e) {
      done = true;
      return error(locator, null, "unreadable WARC record, rest of the file skipped: " + e.getMessage());
    }
    if (record.isEmpty()) {
      done = true;
      return null;
    }
    if (!(record.get() instanceof WarcResponse response)) {
      return null;
    }
    String uri = response.target();
    try {
      HttpResponse http = response.http();
      MediaType type = http.contentType();
      String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
      if (http.status() < 200 || http.status() >= 300) {
        return error(locator, uri, "HTTP status " + http.status() + ", not a page");
      }
      if (!base.isEmpty() && !base.equals("text/html") && !base.equals("application/xhtml+xml")) {
        return error(locator, uri, "media type " + base + ", not HTML");
      }
      byte[] body = readBounded(http.body().stream());
      if (body == null) {
        return error(locator, uri, "page larger than " + maxPageBytes + " bytes");
      }
      String charset = type == null ? null : type.parameters().get("charset");
      return new Item(locator, uri, response.date().atZone(ZoneOffset.UTC).toLocalDate(), body, charset, null);
    } catch (IOException | RuntimeException e) {
      done = true;
      return error(locator, uri, "truncated or malformed WARC response, rest of the file skipped: " + e.getMessage());
    }
  }

  private byte[] readBounded(InputStream body) throws IOException {
    byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPageBytes + 1));
    return bytes.length > maxPageBytes ? null : bytes;
  }

  private static Item error(String locator, String uri, String why) {
    return new Item(locator, uri, null, null, null, why);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
