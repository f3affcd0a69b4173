package org.newsdrift.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdrift.ingest.archive.ArchiveFixtures.Item.file;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.newsdrift.ingest.archive.ArchiveReader.Kind;

class ArchiveKindTest {
    private static final List<ArchiveFixtures.Item> ONE_FILE = List.of(file("a.md", "alpha"));

    @Test
    void contentTellsTheKindWhateverTheName() {
        assertThat(ArchiveReader.detect("data.bin", ArchiveFixtures.tar(ONE_FILE)))
                .isEqualTo(Kind.TAR);
        assertThat(ArchiveReader.detect("data.bin", ArchiveFixtures.tarGz(ONE_FILE)))
                .isEqualTo(Kind.TAR_GZIP);
        assertThat(ArchiveReader.detect("data.bin", ArchiveFixtures.zip(ONE_FILE)))
                .isEqualTo(Kind.ZIP);
        assertThat(ArchiveReader.detect("data.zip", ArchiveFixtures.tarGz(ONE_FILE)))
                .isEqualTo(Kind.TAR_GZIP);
    }

    @Test
    void anEmptyZipIsAZip() {
        assertThat(ArchiveReader.detect("empty", ArchiveFixtures.zip(List.of())))
                .isEqualTo(Kind.ZIP);
    }

    @Test
    void gzippedJsonIsNotAnArchiveSoItsOwnReaderKeepsIt() throws IOException {
        byte[] gzippedJson = gzip("[{\"story_text\": \"" + "x".repeat(600) + "\"}]");

        assertThat(ArchiveReader.detect("kcna.json.gz", gzippedJson)).isEqualTo(Kind.NONE);
        assertThat(ArchiveReader.detect("kcna.tar.gz", gzippedJson)).isEqualTo(Kind.TAR_GZIP);
    }

    @Test
    void aGzippedTarIsFoundFromItsFirstBytesAlone() {
        byte[] head = Arrays.copyOf(ArchiveFixtures.tarGz(ONE_FILE), 120);

        assertThat(ArchiveReader.detect("crawl", head)).isEqualTo(Kind.TAR_GZIP);
    }

    @Test
    void theNameDecidesWhenThereIsNothingToLookAt() {
        assertThat(ArchiveReader.detect("crawl.TAR", new byte[0])).isEqualTo(Kind.TAR);
        assertThat(ArchiveReader.detect("crawl.tgz", null)).isEqualTo(Kind.TAR_GZIP);
        assertThat(ArchiveReader.detect("crawl.tar.gz", new byte[] {1})).isEqualTo(Kind.TAR_GZIP);
        assertThat(ArchiveReader.detect("crawl.zip", new byte[0])).isEqualTo(Kind.ZIP);
        assertThat(ArchiveReader.detect("crawl.json", new byte[0])).isEqualTo(Kind.NONE);
        assertThat(ArchiveReader.detect(null, null)).isEqualTo(Kind.NONE);
    }

    @Test
    void sniffingLeavesTheStreamAtItsStart() throws IOException {
        byte[] tar = ArchiveFixtures.tar(ONE_FILE);
        InputStream in = new BufferedInputStream(new ByteArrayInputStream(tar));

        assertThat(ArchiveReader.sniff(in, "a")).isEqualTo(Kind.TAR);
        assertThat(in.readAllBytes()).isEqualTo(tar);
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
