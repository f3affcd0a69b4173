package org.newsdrift.ingest;

import static org.newsdrift.ingest.HostileDocuments.body;
import static org.newsdrift.ingest.HostileDocuments.concat;
import static org.newsdrift.ingest.HostileDocuments.gzip;
import static org.newsdrift.ingest.HostileDocuments.htmlPage;
import static org.newsdrift.ingest.HostileDocuments.jsonRecord;
import static org.newsdrift.ingest.HostileDocuments.markdown;
import static org.newsdrift.ingest.HostileDocuments.noise;
import static org.newsdrift.ingest.HostileDocuments.png;
import static org.newsdrift.ingest.HostileDocuments.textPage;
import static org.newsdrift.ingest.HostileDocuments.warcResponse;
import static org.newsdrift.ingest.archive.ArchiveFixtures.Item.directory;
import static org.newsdrift.ingest.archive.ArchiveFixtures.Item.file;
import static org.newsdrift.ingest.archive.ArchiveFixtures.Item.symlink;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdrift.ingest.archive.ArchiveFixtures;

/**
 * Issue 9's bad-input corpus, generated into a folder (nothing large is stored in the repository), with what must
 * become of every record: accepted, or rejected with a reason. Where a format allows, each bad item has a good
 * record beside it in the same file or archive. Read with {@code ingest.max_document_bytes} = {@link #MAX_BYTES}.
 */
public final class HostileCorpus {
  /** The document limit the corpus is read with; every bomb and the huge page are far above it. */
  public static final long MAX_BYTES = 1 << 20;
  public static final String ACCEPTED = "accepted";
  public static final String RUSSIAN = "Россия и КНДР подписали договор о стратегическом партнерстве";
  public static final String KOREAN = "러시아와 북한이 포괄적 전략적 동반자 관계 조약을 체결했다";
  /** Text inside scripts and other non-content elements; it must never reach an article. */
  public static final String SCRIPT_CANARY = "SCRIPTCANARY";
  /** How many bytes each decompression bomb inflates to. */
  static final long BOMB_BYTES = 16L << 20;

  private final Path root;
  private final int beaconPort;
  private final String token;
  private final Map<String, Map<String, String>> expected = new LinkedHashMap<>();

  private HostileCorpus(Path root, int beaconPort, String token) {
    this.root = root;
    this.beaconPort = beaconPort;
    this.token = token;
  }

  /**
   * Writes the corpus under {@code root}. Pages name {@code 127.0.0.1:beaconPort} as the source of images, scripts
   * and frames; archive entries that try to escape are named with {@code token}, so a test can look for them.
   */
  public static HostileCorpus write(Path root, int beaconPort, String token) throws IOException {
    HostileCorpus corpus = new HostileCorpus(root, beaconPort, token);
    new HostileJsonFiles(corpus).write();
    new HostilePages(corpus).write();
    corpus.archives();
    corpus.warcs();
    return corpus;
  }

  /** File (relative to the root, with {@code /}) → locator → reason code, or {@link #ACCEPTED}. */
  public Map<String, Map<String, String>> expected() {
    return expected;
  }

  public long records() {
    return expected.values().stream().mapToLong(Map::size).sum();
  }

  public Path root() {
    return root;
  }

  /** The corpus name of an input file URI as the job lists it ({@code file:/...}, not percent-encoded). */
  public String relative(String inputFile) {
    Path file = Path.of(new org.apache.hadoop.fs.Path(inputFile).toUri().getPath());
    return root.relativize(file).toString().replace('\\', '/');
  }

  int beaconPort() {
    return beaconPort;
  }

  /** The names archive entries use to try to escape; none may ever exist as a file. */
  public List<String> escapeNames() {
    return List.of("hostile-escape-" + token + ".md", "hostile-escape-" + token + ".html",
        "hostile-escape-" + token + ".txt", "hostile-escape-" + token + ".json");
  }

  void expect(String file, String locator, String reason) {
    expected.computeIfAbsent(file, f -> new LinkedHashMap<>()).put(locator, reason);
  }

  Path put(String name, byte[] content) throws IOException {
    Path path = root.resolve(name);
    Files.createDirectories(path.getParent());
    return Files.write(path, content);
  }

  OutputStream stream(String name) throws IOException {
    Path path = root.resolve(name);
    Files.createDirectories(path.getParent());
    return new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private void archives() throws IOException {
    String escape = "hostile-escape-" + token;
    byte[] jsonArray = utf8("[" + jsonRecord("zip-json", "2024-06-19") + "]");
    put("archives/traversal.zip", ArchiveFixtures.zip(List.of(
        file("../../" + escape + ".md", markdown("zip-dotdot", "2024-06-19 09:00")),
        file("/tmp/" + escape + ".html", htmlPage("zip-absolute")),
        file("C:/" + escape + ".json", jsonArray),
        file("noise.html.gz", gzip(noise(11, 20_000))),
        file("image.html", png()),
        file("nested.zip", ArchiveFixtures.zip(List.of(file("inner.md", markdown("inner", "2024-06-19"))))),
        file("cp1251.md", markdown("cp1251", "2024-06-19").replace("Report", RUSSIAN)
            .getBytes(Charset.forName("windows-1251"))))));
    String zip = "archives/traversal.zip";
    expect(zip, "entry ../../" + escape + ".md", ACCEPTED);
    expect(zip, "entry /tmp/" + escape + ".html", ACCEPTED);
    expect(zip, "entry C:/" + escape + ".json element 0", ACCEPTED);
    expect(zip, "entry noise.html.gz", "binary_content");
    expect(zip, "entry image.html", "binary_content");
    expect(zip, "entry nested.zip", "unsupported_format");
    expect(zip, "entry cp1251.md", "malformed_text");

    put("archives/traversal.tar", ArchiveFixtures.tar(List.of(
        file("../../../" + escape + ".md", markdown("tar-dotdot", "2024-06-19")),
        file("/etc/" + escape + ".html", htmlPage("tar-absolute")),
        file("..\\..\\" + escape + ".txt", textPage("tar-backslash")),
        symlink("link.md", "/etc/passwd"),
        file("empty.md", new byte[0]))));
    expect("archives/traversal.tar", "entry ../../../" + escape + ".md", ACCEPTED);
    expect("archives/traversal.tar", "entry /etc/" + escape + ".html", ACCEPTED);
    expect("archives/traversal.tar", "entry ..\\..\\" + escape + ".txt", ACCEPTED);
    expect("archives/traversal.tar", "entry link.md", "unreadable_entry");
    expect("archives/traversal.tar", "entry empty.md", "empty_file");

    put("archives/dates.tar", ArchiveFixtures.tar(List.of(
        file("zero-date.md", markdown("md-zero-date", "0000-00-00 00:00")),
        file("future-date.md", markdown("md-future-date", "2099-01-01 00:00")))));
    expect("archives/dates.tar", "entry zero-date.md", ACCEPTED);
    expect("archives/dates.tar", "entry future-date.md", ACCEPTED);

    byte[] zeros = new byte[(int) BOMB_BYTES];
    byte[] spaces = zeros.clone();
    Arrays.fill(spaces, (byte) ' ');
    put("archives/bomb.zip", ArchiveFixtures.zip(List.of(
        file("bomb.html", zeros), file("bomb.md.gz", gzip(spaces)), file("after-bomb.md", markdown("after-zip-bomb",
            "2024-06-19")))));
    expect("archives/bomb.zip", "entry bomb.html", "too_large");
    expect("archives/bomb.zip", "entry bomb.md.gz", "too_large");
    expect("archives/bomb.zip", "entry after-bomb.md", ACCEPTED);
    put("archives/bomb.tar.gz", ArchiveFixtures.tarGz(List.of(
        file("bomb.md", spaces), file("after-bomb.md", markdown("after-tar-bomb", "2024-06-19")))));
    expect("archives/bomb.tar.gz", "entry bomb.md", "too_large");
    expect("archives/bomb.tar.gz", "entry after-bomb.md", ACCEPTED);

    byte[] whole = ArchiveFixtures.tarGz(List.of(
        file("first.md", markdown("tgz-first", "2024-06-19")), file("second.md", markdown("tgz-second", "2024-06-19")),
        file("cut.md", noise(13, 200_000))));
    put("archives/truncated.tar.gz", Arrays.copyOf(whole, whole.length * 3 / 4));
    expect("archives/truncated.tar.gz", "entry first.md", ACCEPTED);
    expect("archives/truncated.tar.gz", "entry second.md", ACCEPTED);
    expect("archives/truncated.tar.gz", "entry cut.md", "unreadable_file");

    put("archives/empty.zip", new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    put("archives/empty.tar", new byte[1024]);
    put("archives/empty.tar.gz", gzip(new byte[1024]));
    put("archives/zero-bytes.zip", new byte[0]);
    put("archives/only-directories.zip", ArchiveFixtures.zip(List.of(directory("a/"), directory("a/b/"))));
    for (String name : List.of("empty.zip", "empty.tar", "empty.tar.gz", "zero-bytes.zip", "only-directories.zip")) {
      expect("archives/" + name, "file", "empty_file");
    }
  }

  private void warcs() throws IOException {
    List<byte[]> records = List.of(
        warcResponse("https://warc.example/good-1", "text/html", utf8(htmlPage("warc-1")), 0),
        warcResponse("https://warc.example/short", "text/html", utf8(htmlPage("warc-short")), -40),
        warcResponse("https://warc.example/good-3", "text/html", utf8(htmlPage("warc-3")), 0),
        warcResponse("https://warc.example/long", "text/html", utf8(htmlPage("warc-long")), 60),
        warcResponse("https://warc.example/good-5", "text/html", utf8(htmlPage("warc-5")), 0),
        utf8("WARC/1.0\r\nWARC-Type: request\r\nWARC-Target-URI: https://warc.example/good-5\r\n"
            + "WARC-Date: 2024-06-20T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000009>\r\n"
            + "Content-Type: application/http; msgtype=request\r\nContent-Length: 0\r\n\r\n\r\n\r\n"),
        warcResponse("https://warc.example/cp1251", "text/html; charset=windows-1251",
            htmlPage("warc-cp1251", "", "<p>" + RUSSIAN + ". " + body("warc-cp1251-ru") + "</p>", "")
                .getBytes(Charset.forName("windows-1251")), 0),
        warcResponse("https://warc.example/logo.png", "image/png", png(), 0));
    List<String> reasons = Arrays.asList(ACCEPTED, "unreadable_record", ACCEPTED, "unreadable_record", ACCEPTED, null,
        ACCEPTED, "not_an_article");
    writeWarc("crawl/wrong-length.warc", records, reasons, false);
    // Other URLs than the plain WARC's, or the job would count these pages as repeats of those.
    writeWarc("crawl/wrong-length.warc.gz", List.of(
        warcResponse("https://warc.example/gz-1", "text/html", utf8(htmlPage("warc-gz-1")), 0),
        warcResponse("https://warc.example/gz-short", "text/html", utf8(htmlPage("warc-gz-short")), -40),
        warcResponse("https://warc.example/gz-3", "text/html", utf8(htmlPage("warc-gz-3")), 0)),
        reasons.subList(0, 3), true);

    put("crawl/empty.warc", new byte[0]);
    expect("crawl/empty.warc", "file", "empty_file");
    put("crawl/only-requests.warc", records.get(5));
    expect("crawl/only-requests.warc", "file", "empty_file");
  }

  /** Writes the records (each its own gzip member when {@code gzip}) and expects each at its own offset. */
  private void writeWarc(String name, List<byte[]> records, List<String> reasons, boolean gzip) throws IOException {
    List<byte[]> written = new ArrayList<>();
    long offset = 0;
    for (int i = 0; i < records.size(); i++) {
      byte[] record = gzip ? gzip(records.get(i)) : records.get(i);
      if (reasons.get(i) != null) {
        expect(name, "offset " + offset, reasons.get(i));
      }
      written.add(record);
      offset += record.length;
    }
    put(name, concat(written.toArray(new byte[0][])));
  }
}
