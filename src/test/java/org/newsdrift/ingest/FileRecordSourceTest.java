package org.newsdrift.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdrift.TestFiles;
import org.newsdrift.config.ConfigLoader;

class FileRecordSourceTest {
    private static final FieldMapper MAPPER = new FieldMapper(
            ConfigLoader.load(TestFiles.defaultConfig()).job().ingest().mappings());
    private static final Configuration HADOOP = new Configuration(false);
    private static final int RECORDS_IN_BIG_FILE = 1000;

    @TempDir
    Path dir;

    @Test
    void jsonArrayFileGivesOneOutcomePerRecord() throws IOException {
        String uri = write("kcna.json", "[" + kcna(0) + ",\n" + kcna(1) + ",\n" + kcnaWithText(2, "") + "]");

        List<IngestOutcome> outcomes = readAll(uri);

        assertThat(outcomes).hasSize(3);
        assertThat(outcomes).extracting(IngestOutcome::inputFile).containsOnly(uri);
        assertThat(outcomes).extracting(IngestOutcome::locator).containsExactly("element 0", "element 1", "element 2");
        assertThat(outcomes.get(0).article().title()).isEqualTo("Headline 0");
        assertThat(outcomes.get(1).article().url()).isEqualTo("http://www.kcna.kp/en/article/1");
        assertThat(outcomes.get(0).reason()).isNull();
        assertThat(outcomes.get(2).article()).isNull();
        assertThat(outcomes.get(2).reason()).isEqualTo("missing_text");
    }

    @Test
    void gzippedJsonLinesFileIsReadThroughTheGzip() throws IOException {
        String lines = kcna(0) + "\n" + "{\"headline\": \"broken\n" + kcna(2) + "\n" + "{\"unexpected\": 1}\n";
        String uri = write("kcna.jsonl.gz", gzip(lines));

        List<IngestOutcome> outcomes = readAll(uri);

        assertThat(outcomes).extracting(IngestOutcome::locator).containsExactly("line 1", "line 2", "line 3", "line 4");
        assertThat(outcomes)
                .extracting(IngestOutcome::reason)
                .containsExactly(null, "malformed_json", null, "unknown_record_shape");
        assertThat(outcomes.get(1).detail()).startsWith("malformed JSON: ");
        assertThat(outcomes.get(2).article().title()).isEqualTo("Headline 2");
    }

    @Test
    void truncatedGzippedArrayKeepsEveryRecordBeforeTheCutThenEndsWithOneReject() throws IOException {
        String array = IntStream.range(0, RECORDS_IN_BIG_FILE)
                .mapToObj(FileRecordSourceTest::kcna)
                .collect(Collectors.joining(",\n", "[", "]"));
        byte[] whole = gzip(array);
        String uri = write("kcna.json.gz", Arrays.copyOf(whole, whole.length / 2));

        assertTruncatedFileKeepsAPrefixThenOneReject(readAll(uri), uri);
    }

    @Test
    void truncatedGzippedJsonLinesKeepEveryRecordBeforeTheCutThenEndWithOneReject() throws IOException {
        String lines = IntStream.range(0, RECORDS_IN_BIG_FILE)
                .mapToObj(FileRecordSourceTest::kcna)
                .collect(Collectors.joining("\n"));
        byte[] whole = gzip(lines);
        String uri = write("kcna.jsonl.gz", Arrays.copyOf(whole, whole.length / 2));

        assertTruncatedFileKeepsAPrefixThenOneReject(readAll(uri), uri);
    }

    @Test
    void truncatedGzipKeepsEveryLineThatInflatesBeforeTheCut() throws IOException {
        String lines = IntStream.range(0, RECORDS_IN_BIG_FILE)
                .mapToObj(FileRecordSourceTest::kcna)
                .collect(Collectors.joining("\n"));
        byte[] whole = gzip(lines);
        for (int cut = whole.length / 10; cut < whole.length - 8; cut += whole.length / 7) {
            String uri = write("cut-" + cut + ".jsonl.gz", Arrays.copyOf(whole, cut));

            List<IngestOutcome> outcomes = readAll(uri);

            assertThat(outcomes.subList(0, outcomes.size() - 1))
                    .as("cut at %d of %d bytes", cut, whole.length)
                    .hasSize(completeLinesInflatedFrom(Arrays.copyOf(whole, cut)));
            assertThat(outcomes.get(outcomes.size() - 1).reason()).isEqualTo("unreadable_file");
        }
    }

    @Test
    void unsupportedFileIsOneRejectForTheWholeFile() throws IOException {
        String uri = write("articles.csv", "headline,link\nHeadline 0,http://www.kcna.kp/en/article/0\n");

        List<IngestOutcome> outcomes = readAll(uri);

        assertThat(outcomes).hasSize(1);
        assertThat(outcomes.get(0).locator()).isEqualTo("file");
        assertThat(outcomes.get(0).reason()).isEqualTo("unsupported_format");
        assertThat(outcomes.get(0).detail()).contains(".json", ".jsonl", ".ndjson", "gz");
    }

    @Test
    void missingFileIsOneUnreadableReject() {
        String uri = dir.resolve("absent.json").toUri().toString();

        List<IngestOutcome> outcomes = readAll(uri);

        assertThat(outcomes).hasSize(1);
        assertThat(outcomes.get(0).reason()).isEqualTo("unreadable_file");
        assertThat(outcomes.get(0).locator()).isEqualTo("file");
        assertThat(outcomes.get(0).detail()).contains("absent.json");
    }

    @Test
    void fileThatIsNotGzipDespiteItsNameIsOneUnreadableReject() throws IOException {
        String uri = write("kcna.json.gz", "[" + kcna(0) + "]");

        List<IngestOutcome> outcomes = readAll(uri);

        assertThat(outcomes).hasSize(1);
        assertThat(outcomes.get(0).reason()).isEqualTo("unreadable_file");
        assertThat(outcomes.get(0).detail()).startsWith("ZipException");
    }

    @Test
    void suffixIsMatchedWhateverItsCase() throws IOException {
        String uri = write("KCNA.NDJSON", kcna(0) + "\n" + kcna(1));

        assertThat(readAll(uri)).extracting(o -> o.article().title()).containsExactly("Headline 0", "Headline 1");
    }

    @Test
    void emptyFileGivesOneEmptyFileReject() throws IOException {
        String uri = write("empty.json", "");

        Iterator<IngestOutcome> outcomes = FileRecordSource.read(uri, HADOOP, MAPPER);

        assertThat(outcomes.next().reason()).isEqualTo("empty_file");
        assertThat(outcomes.hasNext()).isFalse();
        assertThatThrownBy(outcomes::next).isInstanceOf(NoSuchElementException.class);
    }

    private static void assertTruncatedFileKeepsAPrefixThenOneReject(List<IngestOutcome> outcomes, String uri) {
        List<IngestOutcome> accepted = outcomes.subList(0, outcomes.size() - 1);
        IngestOutcome last = outcomes.get(outcomes.size() - 1);
        assertThat(accepted).isNotEmpty().hasSizeLessThan(RECORDS_IN_BIG_FILE);
        assertThat(accepted)
                .extracting(o -> o.article().title())
                .containsExactlyElementsOf(IntStream.range(0, accepted.size())
                        .mapToObj(i -> "Headline " + i)
                        .toList());
        assertThat(last.article()).isNull();
        assertThat(last.inputFile()).isEqualTo(uri);
        assertThat(last.reason()).isIn("unreadable_file", "malformed_json");
        assertThat(last.detail()).isNotBlank();
    }

    /** How many line ends the bytes of a cut gzip file inflate to before the cut, read without any buffering layer. */
    private static int completeLinesInflatedFrom(byte[] cutGzip) {
        Inflater inflater = new Inflater(true);
        // A gzip header without optional fields is 10 bytes.
        inflater.setInput(cutGzip, 10, cutGzip.length - 10);
        byte[] out = new byte[1 << 16];
        int lineEnds = 0;
        try {
            for (int n; (n = inflater.inflate(out)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    lineEnds += out[i] == '\n' ? 1 : 0;
                }
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException(e);
        } finally {
            inflater.end();
        }
        return lineEnds;
    }

    private static List<IngestOutcome> readAll(String uri) {
        List<IngestOutcome> outcomes = new ArrayList<>();
        Iterator<IngestOutcome> iterator = FileRecordSource.read(uri, HADOOP, MAPPER);
        while (iterator.hasNext()) {
            // More outcomes than records means the source never ends; fail rather than hang.
            assertThat(outcomes).as("outcomes so far").hasSizeLessThanOrEqualTo(RECORDS_IN_BIG_FILE);
            outcomes.add(iterator.next());
        }
        return outcomes;
    }

    private static String kcna(int i) {
        return kcnaWithText(i, "Pyongyang, August 8 (KCNA) -- Report number " + i + " on the visit of a delegation.");
    }

    private static String kcnaWithText(int i, String text) {
        return "{\"topic\": \"External\", \"headline\": \"Headline " + i
                + "\", \"link\": \"http://www.kcna.kp/en/article/" + i
                + "\", \"date\": 1723075200000, \"story_text\": \"" + text + "\", \"date_str\": \"2024-08-08\"}";
    }

    private String write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private String write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content).toUri().toString();
    }

    private static byte[] gzip(String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
