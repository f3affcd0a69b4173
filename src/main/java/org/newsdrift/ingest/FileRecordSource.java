package org.newsdrift.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * Reads one input file into outcomes, lazily: every record becomes an article or a reject, and a file that cannot
 * be opened or breaks midway ends with a reject naming why, so nothing is lost silently.
 */
public final class FileRecordSource {
  static final List<String> JSON_SUFFIXES = List.of(".json", ".jsonl", ".ndjson");
  private static final int MAX_DETAIL_CHARS = 500;

  private FileRecordSource() {}

  public static Iterator<IngestOutcome> read(String uri, Configuration conf, FieldMapper mapper) {
    String name = uri.toLowerCase(Locale.ROOT);
    boolean gzip = name.endsWith(".gz");
    String bare = gzip ? name.substring(0, name.length() - 3) : name;
    if (JSON_SUFFIXES.stream().noneMatch(bare::endsWith)) {
      return List.of(IngestOutcome.rejected(uri, "file", "unsupported_format",
          "not a supported input format; supported: " + JSON_SUFFIXES + ", optionally .gz")).iterator();
    }
    try {
      Path path = new Path(uri);
      InputStream in = path.getFileSystem(conf).open(path);
      if (gzip) {
        in = new GZIPInputStream(in, 64 * 1024);
      }
      return new JsonOutcomes(uri, new JsonRecordReader(in), mapper);
    } catch (IOException | RuntimeException e) {
      return List.of(IngestOutcome.rejected(uri, "file", "unreadable_file", detail(e))).iterator();
    }
  }

  static String detail(Throwable e) {
    String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return message.length() <= MAX_DETAIL_CHARS ? message : message.substring(0, MAX_DETAIL_CHARS - 1) + "\u2026";
  }

  /** Maps JSON records to outcomes and turns a read failure into a final reject. */
  private static final class JsonOutcomes implements Iterator<IngestOutcome> {
    private final String uri;
    private final JsonRecordReader reader;
    private final FieldMapper mapper;
    private IngestOutcome failure;
    private boolean closed;

    JsonOutcomes(String uri, JsonRecordReader reader, FieldMapper mapper) {
      this.uri = uri;
      this.reader = reader;
      this.mapper = mapper;
    }

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
        failure = IngestOutcome.rejected(uri, "file", "unreadable_file", detail(e.getCause() == null ? e : e.getCause()));
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
      JsonRecordReader.JsonRecord record = reader.next();
      if (!record.ok()) {
        return IngestOutcome.rejected(uri, record.locator(), "malformed_json", truncate(record.error()));
      }
      MappedRecord mapped = mapper.map(record.node());
      return mapped.ok()
          ? new IngestOutcome(uri, record.locator(), mapped.article(), null, null)
          : IngestOutcome.rejected(uri, record.locator(), mapped.reason(), truncate(mapped.detail()));
    }

    private void close() {
      if (!closed) {
        closed = true;
        try {
          reader.close();
        } catch (IOException ignored) {
          // Closing a stream we have finished reading; nothing of the data depends on it.
        }
      }
    }

    private static String truncate(String s) {
      return s == null || s.length() <= MAX_DETAIL_CHARS ? s : s.substring(0, MAX_DETAIL_CHARS - 1) + "\u2026";
    }
  }
}
