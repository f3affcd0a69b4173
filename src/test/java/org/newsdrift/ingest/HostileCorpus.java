package org.newsdrift.ingest;

import static org.newsdrift.ingest.HostileDocuments.body;
import static org.newsdrift.ingest.HostileDocuments.concat;
import static org.newsdrift.ingest.HostileDocuments.gzip;
import static org.newsdrift.ingest.HostileDocuments.htmlPage;
import static org.newsdrift.ingest.HostileDocuments.png;
import static org.newsdrift.ingest.HostileDocuments.warcResponse;

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
    /** Records the readers accept and cleaning rejects (file → locators). */
    private final Map<String, List<String>> rejectedWhenCleaned = new LinkedHashMap<>();

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
        new HostileArchives(corpus).write();
        corpus.warcs();
        return corpus;
    }

    /** File (relative to the root, with {@code /}) → locator → reason code, or {@link #ACCEPTED}. */
    public Map<String, Map<String, String>> expected() {
        return expected;
    }

    /** What the readers alone make of every record: as {@link #expected()}, but cleaning's rejects still accepted. */
    public Map<String, Map<String, String>> expectedAtTheReaders() {
        Map<String, Map<String, String>> readers = new LinkedHashMap<>();
        expected.forEach((file, outcomes) -> readers.put(file, new LinkedHashMap<>(outcomes)));
        rejectedWhenCleaned.forEach(
                (file, locators) -> locators.forEach(l -> readers.get(file).put(l, ACCEPTED)));
        return readers;
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
        return List.of(escapeName() + ".md", escapeName() + ".html", escapeName() + ".txt", escapeName() + ".json");
    }

    String escapeName() {
        return "hostile-escape-" + token;
    }

    void expect(String file, String locator, String reason) {
        expected.computeIfAbsent(file, f -> new LinkedHashMap<>()).put(locator, reason);
    }

    /** Expects a record that the readers accept to be rejected by cleaning, for {@code reason}. */
    void expectRejectedWhenCleaned(String file, String locator, String reason) {
        expect(file, locator, reason);
        rejectedWhenCleaned.computeIfAbsent(file, f -> new ArrayList<>()).add(locator);
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
                warcResponse(
                        "https://warc.example/cp1251",
                        "text/html; charset=windows-1251",
                        htmlPage("warc-cp1251", "", "<p>" + RUSSIAN + ". " + body("warc-cp1251-ru") + "</p>", "")
                                .getBytes(Charset.forName("windows-1251")),
                        0),
                warcResponse("https://warc.example/logo.png", "image/png", png(), 0));
        List<String> reasons = Arrays.asList(
                ACCEPTED,
                "unreadable_record",
                ACCEPTED,
                "unreadable_record",
                ACCEPTED,
                null,
                ACCEPTED,
                "not_an_article");
        writeWarc("crawl/wrong-length.warc", records, reasons, false);
        // Other URLs than the plain WARC's, or the job would count these pages as repeats of those.
        writeWarc(
                "crawl/wrong-length.warc.gz",
                List.of(
                        warcResponse("https://warc.example/gz-1", "text/html", utf8(htmlPage("warc-gz-1")), 0),
                        warcResponse(
                                "https://warc.example/gz-short", "text/html", utf8(htmlPage("warc-gz-short")), -40),
                        warcResponse("https://warc.example/gz-3", "text/html", utf8(htmlPage("warc-gz-3")), 0)),
                reasons.subList(0, 3),
                true);

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
