package org.newsdrift.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdrift.TestFiles;
import org.newsdrift.config.ConfigLoader;

/** Format routing in FileRecordSource: pages in declared charsets, broken bytes, and random files. */
class FileFormatsTest {
    private static final FieldMapper MAPPER = new FieldMapper(
            ConfigLoader.load(TestFiles.defaultConfig()).job().ingest().mappings());

    @TempDir
    Path dir;

    private List<IngestOutcome> read(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        List<IngestOutcome> all = new ArrayList<>();
        FileRecordSource.read(file.toUri().toString(), new Configuration(false), MAPPER, 1 << 20)
                .forEachRemaining(all::add);
        return all;
    }

    private static byte[] page(String charset, String body) {
        return ("<html><head><meta charset=\"" + charset + "\"><title>t</title></head><body><p>" + body
                        + "</p></body></html>")
                .getBytes(Charset.forName(charset));
    }

    @Test
    void cyrillicAndKoreanPagesAreDecodedWithTheirDeclaredCharset() throws IOException {
        List<IngestOutcome> russian = read("ru.html", page("windows-1251", "Россия и КНДР подписали договор"));
        List<IngestOutcome> korean = read("ko.html", page("EUC-KR", "러시아와 북한이 조약을 맺었다"));

        assertThat(russian).hasSize(1);
        assertThat(russian.get(0).article().text()).contains("Россия и КНДР подписали договор");
        assertThat(russian.get(0).article().format()).isEqualTo(RawArticle.HTML);
        assertThat(korean.get(0).article().text()).contains("러시아와 북한이 조약을 맺었다");
    }

    @Test
    void bytesThatAreNotTextInTheirCharsetAreRejectedWithACount() throws IOException {
        byte[] latin = "Россия ".repeat(50).getBytes(Charset.forName("windows-1251"));
        List<IngestOutcome> outcomes = read("wrong.txt", latin);

        assertThat(outcomes).hasSize(1);
        assertThat(outcomes.get(0).reason()).isEqualTo("undecodable_text");
        assertThat(outcomes.get(0).detail()).contains("could not be decoded as UTF-8");
    }

    @Test
    void binaryNamedAsAPageIsRejected() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(read("photo.html", png)).extracting(IngestOutcome::reason).containsExactly("binary_content");
    }

    @Test
    void emptyFilesAreOneRejectEach() throws IOException {
        assertThat(read("empty.json", new byte[0]))
                .extracting(IngestOutcome::reason)
                .containsExactly("empty_file");
        assertThat(read("empty.txt", new byte[0]))
                .extracting(IngestOutcome::reason)
                .containsExactly("empty_file");
    }

    @Test
    void aPageLargerThanTheLimitIsRejectedUnread() throws IOException {
        byte[] big = new byte[(1 << 20) + 10];
        Arrays.fill(big, (byte) 'a');
        assertThat(read("big.txt", big)).extracting(IngestOutcome::reason).containsExactly("too_large");
    }

    @Test
    void randomBytesUnderEveryNameEndInOutcomesNotExceptions() throws IOException {
        Random random = new Random(20240619);
        List<String> names = List.of(
                "x.json", "x.jsonl.gz", "x.html", "x.txt", "x.md", "x.warc", "x.warc.gz", "x.tar.gz", "x.zip", "x.bin");
        for (int i = 0; i < 60; i++) {
            byte[] bytes = new byte[random.nextInt(5000)];
            random.nextBytes(bytes);
            if (i % 3 == 0) {
                ByteArrayOutputStream gz = new ByteArrayOutputStream();
                try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
                    out.write(bytes);
                }
                bytes = Arrays.copyOf(gz.toByteArray(), gz.size() / 2 + 1);
            }
            String name = names.get(i % names.size());
            List<IngestOutcome> outcomes = read("r" + i + "-" + name, bytes);
            assertThat(outcomes)
                    .as(name)
                    .isNotEmpty()
                    .allSatisfy(o -> assertThat(o.article() != null || (o.reason() != null && o.detail() != null))
                            .isTrue());
        }
    }

    @Test
    void aTruncatedWarcEndsWithAReject() throws IOException {
        String record = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.example/x\r\n"
                + "WARC-Date: 2024-06-20T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: 5000\r\n\r\n"
                + "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>cut";
        List<IngestOutcome> outcomes = read("cut.warc", record.getBytes(StandardCharsets.US_ASCII));

        assertThat(outcomes).isNotEmpty();
        IngestOutcome last = outcomes.get(outcomes.size() - 1);
        assertThat(last.reason()).isNotNull();
    }
}
