package org.newsdrift.ingest;

import static org.newsdrift.ingest.HostileCorpus.ACCEPTED;
import static org.newsdrift.ingest.HostileCorpus.RUSSIAN;
import static org.newsdrift.ingest.HostileCorpus.utf8;
import static org.newsdrift.ingest.HostileDocuments.gzip;
import static org.newsdrift.ingest.HostileDocuments.htmlPage;
import static org.newsdrift.ingest.HostileDocuments.jsonRecord;
import static org.newsdrift.ingest.HostileDocuments.markdown;
import static org.newsdrift.ingest.HostileDocuments.noise;
import static org.newsdrift.ingest.HostileDocuments.png;
import static org.newsdrift.ingest.HostileDocuments.textPage;
import static org.newsdrift.ingest.archive.ArchiveFixtures.Item.directory;
import static org.newsdrift.ingest.archive.ArchiveFixtures.Item.file;
import static org.newsdrift.ingest.archive.ArchiveFixtures.Item.symlink;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import org.newsdrift.ingest.archive.ArchiveFixtures;

/** The archive part of {@link HostileCorpus}: zip, tar and tar.gz, with escaping names, bombs and cuts. */
final class HostileArchives {
    private final HostileCorpus corpus;

    HostileArchives(HostileCorpus corpus) {
        this.corpus = corpus;
    }

    void write() throws IOException {
        escapingNames();
        dates();
        bombs();
        truncatedAndEmpty();
    }

    /** Entries named to escape the folder they would be extracted to, among good and bad entries of other kinds. */
    private void escapingNames() throws IOException {
        String escape = corpus.escapeName();
        byte[] jsonArray = utf8("[" + jsonRecord("zip-json", "2024-06-19") + "]");
        corpus.put(
                "archives/traversal.zip",
                ArchiveFixtures.zip(List.of(
                        file("../../" + escape + ".md", markdown("zip-dotdot", "2024-06-19 09:00")),
                        file("/tmp/" + escape + ".html", htmlPage("zip-absolute")),
                        file("C:/" + escape + ".json", jsonArray),
                        file("noise.html.gz", gzip(noise(11, 20_000))),
                        file("image.html", png()),
                        file(
                                "nested.zip",
                                ArchiveFixtures.zip(List.of(file("inner.md", markdown("inner", "2024-06-19"))))),
                        file(
                                "cp1251.md",
                                markdown("cp1251", "2024-06-19")
                                        .replace("Report", RUSSIAN)
                                        .getBytes(Charset.forName("windows-1251"))))));
        String zip = "archives/traversal.zip";
        corpus.expect(zip, "entry ../../" + escape + ".md", ACCEPTED);
        corpus.expect(zip, "entry /tmp/" + escape + ".html", ACCEPTED);
        corpus.expect(zip, "entry C:/" + escape + ".json element 0", ACCEPTED);
        corpus.expect(zip, "entry noise.html.gz", "binary_content");
        corpus.expect(zip, "entry image.html", "binary_content");
        corpus.expect(zip, "entry nested.zip", "unsupported_format");
        corpus.expect(zip, "entry cp1251.md", "malformed_text");

        corpus.put(
                "archives/traversal.tar",
                ArchiveFixtures.tar(List.of(
                        file("../../../" + escape + ".md", markdown("tar-dotdot", "2024-06-19")),
                        file("/etc/" + escape + ".html", htmlPage("tar-absolute")),
                        file("..\\..\\" + escape + ".txt", textPage("tar-backslash")),
                        symlink("link.md", "/etc/passwd"),
                        file("empty.md", new byte[0]))));
        corpus.expect("archives/traversal.tar", "entry ../../../" + escape + ".md", ACCEPTED);
        corpus.expect("archives/traversal.tar", "entry /etc/" + escape + ".html", ACCEPTED);
        corpus.expect("archives/traversal.tar", "entry ..\\..\\" + escape + ".txt", ACCEPTED);
        corpus.expect("archives/traversal.tar", "entry link.md", "unreadable_entry");
        corpus.expect("archives/traversal.tar", "entry empty.md", "empty_file");
    }

    private void dates() throws IOException {
        corpus.put(
                "archives/dates.tar",
                ArchiveFixtures.tar(List.of(
                        file("zero-date.md", markdown("md-zero-date", "0000-00-00 00:00")),
                        file("future-date.md", markdown("md-future-date", "2099-01-01 00:00")))));
        corpus.expect("archives/dates.tar", "entry zero-date.md", ACCEPTED);
        corpus.expect("archives/dates.tar", "entry future-date.md", ACCEPTED);
    }

    /** Entries that inflate far past the limit, each followed by a good one. */
    private void bombs() throws IOException {
        byte[] zeros = new byte[(int) HostileCorpus.BOMB_BYTES];
        byte[] spaces = zeros.clone();
        Arrays.fill(spaces, (byte) ' ');
        corpus.put(
                "archives/bomb.zip",
                ArchiveFixtures.zip(List.of(
                        file("bomb.html", zeros),
                        file("bomb.md.gz", gzip(spaces)),
                        file("after-bomb.md", markdown("after-zip-bomb", "2024-06-19")))));
        corpus.expect("archives/bomb.zip", "entry bomb.html", "too_large");
        corpus.expect("archives/bomb.zip", "entry bomb.md.gz", "too_large");
        corpus.expect("archives/bomb.zip", "entry after-bomb.md", ACCEPTED);
        corpus.put(
                "archives/bomb.tar.gz",
                ArchiveFixtures.tarGz(List.of(
                        file("bomb.md", spaces), file("after-bomb.md", markdown("after-tar-bomb", "2024-06-19")))));
        corpus.expect("archives/bomb.tar.gz", "entry bomb.md", "too_large");
        corpus.expect("archives/bomb.tar.gz", "entry after-bomb.md", ACCEPTED);
    }

    private void truncatedAndEmpty() throws IOException {
        byte[] whole = ArchiveFixtures.tarGz(List.of(
                file("first.md", markdown("tgz-first", "2024-06-19")),
                file("second.md", markdown("tgz-second", "2024-06-19")),
                file("cut.md", noise(13, 200_000))));
        corpus.put("archives/truncated.tar.gz", Arrays.copyOf(whole, whole.length * 3 / 4));
        corpus.expect("archives/truncated.tar.gz", "entry first.md", ACCEPTED);
        corpus.expect("archives/truncated.tar.gz", "entry second.md", ACCEPTED);
        corpus.expect("archives/truncated.tar.gz", "entry cut.md", "unreadable_file");

        corpus.put(
                "archives/empty.zip",
                new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        corpus.put("archives/empty.tar", new byte[1024]);
        corpus.put("archives/empty.tar.gz", gzip(new byte[1024]));
        corpus.put("archives/zero-bytes.zip", new byte[0]);
        corpus.put("archives/only-directories.zip", ArchiveFixtures.zip(List.of(directory("a/"), directory("a/b/"))));
        for (String name :
                List.of("empty.zip", "empty.tar", "empty.tar.gz", "zero-bytes.zip", "only-directories.zip")) {
            corpus.expect("archives/" + name, "file", "empty_file");
        }
    }
}
