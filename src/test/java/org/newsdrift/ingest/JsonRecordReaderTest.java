package org.newsdrift.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.newsdrift.ingest.JsonRecordReader.JsonRecord;

class JsonRecordReaderTest {
    /** More records than any input here holds: a reader that never ends fails the test instead of hanging it. */
    private static final int LIMIT = 100;

    @Test
    void jsonArrayYieldsOneRecordPerElementLocatedByIndex() throws IOException {
        List<JsonRecord> records = readAll("[{\"id\": 1}, {\"id\": 2},\n {\"id\": 3}]");

        assertThat(records).extracting(JsonRecord::locator).containsExactly("element 0", "element 1", "element 2");
        assertThat(records).allMatch(JsonRecord::ok);
        assertThat(records).extracting(r -> r.node().get("id").asInt()).containsExactly(1, 2, 3);
    }

    @Test
    void jsonLinesYieldOneRecordPerLineLocatedByLineNumber() throws IOException {
        List<JsonRecord> records = readAll("{\"id\": 1}\n{\"id\": 2}\r\n{\"id\": 3}");

        assertThat(records).extracting(JsonRecord::locator).containsExactly("line 1", "line 2", "line 3");
        assertThat(records).extracting(r -> r.node().get("id").asInt()).containsExactly(1, 2, 3);
    }

    @Test
    void blankLinesAreSkippedButStillCounted() throws IOException {
        List<JsonRecord> records = readAll("\n{\"id\": 1}\n\n   \t\n{\"id\": 2}\n\n");

        assertThat(records).extracting(JsonRecord::locator).containsExactly("line 2", "line 5");
        assertThat(records).allMatch(JsonRecord::ok);
    }

    @Test
    void brokenLineBecomesAnErrorRecordAndReadingGoesOn() throws IOException {
        List<JsonRecord> records = readAll("{\"id\": 1}\n{\"id\": 2, \"text\": \"cut he\n{\"id\": 3}\n");

        assertThat(records).extracting(JsonRecord::locator).containsExactly("line 1", "line 2", "line 3");
        assertThat(records.get(0).ok()).isTrue();
        assertThat(records.get(1).ok()).isFalse();
        assertThat(records.get(1).node()).isNull();
        assertThat(records.get(1).error()).startsWith("malformed JSON: ");
        assertThat(records.get(2).node().get("id").asInt()).isEqualTo(3);
    }

    @Test
    void truncatedArrayKeepsTheElementsBeforeTheBreakThenGivesAnErrorRecord() throws IOException {
        try (JsonRecordReader reader = reader("[{\"id\": 1}, {\"id\": 2}, {\"id\": 3, \"text\": \"cut")) {
            assertThat(reader.next().node().get("id").asInt()).isEqualTo(1);
            assertThat(reader.next().node().get("id").asInt()).isEqualTo(2);
            JsonRecord broken = reader.next();
            assertThat(broken.ok()).isFalse();
            assertThat(broken.locator()).isEqualTo("element 2");
            assertThat(broken.error()).startsWith("malformed JSON, rest of the array unreadable: ");
        }
    }

    @Test
    void arrayElementsThatAreNotObjectsBecomeErrorRecords() throws IOException {
        List<JsonRecord> records = readAll("[{\"id\": 1}, 3, \"text\", [1, 2], null, true, {\"id\": 2}]");

        assertThat(records)
                .extracting(JsonRecord::locator)
                .containsExactly(
                        "element 0", "element 1", "element 2", "element 3", "element 4", "element 5", "element 6");
        assertThat(records)
                .extracting(JsonRecord::error)
                .containsExactly(
                        null,
                        "not a JSON object",
                        "not a JSON object",
                        "not a JSON object",
                        "not a JSON object",
                        "not a JSON object",
                        null);
        assertThat(records.get(6).node().get("id").asInt()).isEqualTo(2);
    }

    @Test
    void linesThatAreNotObjectsBecomeErrorRecords() throws IOException {
        List<JsonRecord> records = readAll("{\"id\": 1}\n[1, 2]\n\"text\"\n42\nnull\n{\"id\": 2}");

        assertThat(records)
                .extracting(JsonRecord::error)
                .containsExactly(
                        null, "not a JSON object", "not a JSON object", "not a JSON object", "not a JSON object", null);
        assertThat(records.get(5).locator()).isEqualTo("line 6");
    }

    @Test
    void emptyInputYieldsOneEmptyFileRecord() throws IOException {
        for (String empty : List.of("", " \n\t\r\n ")) {
            List<JsonRecord> records = readAll(empty);
            assertThat(records).hasSize(1);
            assertThat(records.get(0).locator()).isEqualTo("file");
            assertThat(records.get(0).error()).isEqualTo(JsonRecordReader.EMPTY_FILE);
        }
    }

    @Test
    void aTruncatedArrayEndsWithExactlyOneErrorRecord() throws IOException {
        List<JsonRecord> records = readAll("[{\"id\":1},{\"id\":2");
        assertThat(records).hasSize(2);
        assertThat(records.get(0).ok()).isTrue();
        assertThat(records.get(1).ok()).isFalse();
    }

    @Test
    void aNonJsonFileIsExactlyOneErrorRecord() throws IOException {
        assertThat(readAll("<html>404</html>"))
                .hasSize(1)
                .allSatisfy(r -> assertThat(r.locator()).isEqualTo("file"));
    }

    @Test
    void aByteOrderMarkBeforeJsonLinesIsSkipped() throws IOException {
        List<JsonRecord> records = readAll("\uFEFF{\"id\":1}\n{\"id\":2}");
        assertThat(records).hasSize(2).allSatisfy(r -> assertThat(r.ok()).isTrue());
    }

    @Test
    void contentAfterTheArrayIsAnErrorRecordNotSilentlyDropped() throws IOException {
        List<JsonRecord> records = readAll("[{\"id\":1}]\n[{\"id\":2}]");
        assertThat(records).hasSize(2);
        assertThat(records.get(1).ok()).isFalse();
        assertThat(records.get(1).error()).contains("after the closing bracket");
    }

    @Test
    void emptyArrayYieldsNothing() throws IOException {
        assertThat(readAll("[]")).isEmpty();
        assertThat(readAll("\n  [ \n ]\n")).isEmpty();
    }

    @Test
    void byteOrderMarkBeforeAnArrayIsSkipped() throws IOException {
        List<JsonRecord> records = readAll("\uFEFF[{\"id\": 1}]");

        assertThat(records).hasSize(1);
        assertThat(records.get(0).node().get("id").asInt()).isEqualTo(1);
    }

    @Test
    void nonJsonFileStartsWithAnErrorRecordLocatedAtTheFile() throws IOException {
        try (JsonRecordReader reader = reader("<html><body>Not found</body></html>")) {
            JsonRecord first = reader.next();

            assertThat(first.ok()).isFalse();
            assertThat(first.locator()).isEqualTo("file");
            assertThat(first.error()).isEqualTo("not a JSON array or JSON Lines file");
        }
    }

    @Test
    void nonAsciiTextIsReadAsUtf8() throws IOException {
        List<JsonRecord> lines = readAll("{\"t\": \"Россия и КНДР\"}\n{\"t\": \"러시아와 북한\"}");
        List<JsonRecord> array = readAll("[{\"t\": \"Россия и КНДР\"}, {\"t\": \"러시아와 북한\"}]");

        assertThat(lines).extracting(r -> r.node().get("t").asText()).containsExactly("Россия и КНДР", "러시아와 북한");
        assertThat(array).extracting(r -> r.node().get("t").asText()).containsExactly("Россия и КНДР", "러시아와 북한");
    }

    @Test
    void nextAfterTheLastRecordThrows() throws IOException {
        try (JsonRecordReader reader = reader("{\"id\": 1}")) {
            reader.next();

            assertThat(reader.hasNext()).isFalse();
            assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void aLineOverTheLimitIsAnErrorRecordWithItsLengthAndTheNextLineIsRead() throws IOException {
        String big = "{\"text\": \"" + "x".repeat(5000) + "\"}";

        List<JsonRecord> records = readAll(bytes("{\"id\": 1}\n" + big + "\n{\"id\": 3}"), 1024);

        assertThat(records).extracting(JsonRecord::locator).containsExactly("line 1", "line 2", "line 3");
        assertThat(records.get(1).error()).isEqualTo(JsonRecordReader.TOO_LARGE + "1024 bytes (" + big.length() + ")");
        assertThat(records.get(2).node().get("id").asInt()).isEqualTo(3);
    }

    @Test
    void anArrayElementOverTheLimitEndsTheArrayWithOneErrorRecord() throws IOException {
        String big = "{\"text\": \"" + "x".repeat(200_000) + "\"}";

        List<JsonRecord> records = readAll(bytes("[{\"id\": 1}, " + big + ", {\"id\": 3}]"), 1024);

        assertThat(records).hasSize(2);
        assertThat(records.get(0).node().get("id").asInt()).isEqualTo(1);
        assertThat(records.get(1).locator()).isEqualTo("element 1");
        assertThat(records.get(1).error())
                .startsWith(JsonRecordReader.TOO_LARGE)
                .endsWith("rest of the array unreadable");
    }

    @Test
    void arrayElementsUpToTheLimitAreReadWhateverTheBufferHoldsBeforeThem() throws IOException {
        // Elements of 900 characters under a 1024 limit, so buffer refills fall inside many of them.
        String element = "{\"text\": \"" + "y".repeat(886) + "\"}";
        String array = "[" + String.join(",", java.util.Collections.nCopies(200, element)) + "]";

        assertThat(readAll(bytes(array), 1024)).hasSize(200).allMatch(JsonRecord::ok);
    }

    @Test
    void bytesThatAreNotUtf8BecomeReplacementCharactersInLinesAndArraysAlike() throws IOException {
        byte[] lines =
                HostileDocuments.concat(bytes("{\"t\": \"a"), new byte[] {(byte) 0xFF}, bytes("b\"}\n{\"t\": \"c\"}"));
        byte[] array = HostileDocuments.concat(
                bytes("[{\"t\": \"a"), new byte[] {(byte) 0xC3, '('}, bytes("b\"}, {\"t\": \"c\"}]"));

        assertThat(readAll(lines, 1024))
                .extracting(r -> r.node().get("t").asText())
                .containsExactly("a\uFFFDb", "c");
        assertThat(readAll(array, 1024))
                .extracting(r -> r.node().get("t").asText())
                .containsExactly("a\uFFFD(b", "c");
    }

    @Test
    void twoRecordsRunTogetherOnOneLineAreOneErrorRecordNotOneRecord() throws IOException {
        List<JsonRecord> records = readAll("{\"id\": 1}{\"id\": 2}\n{\"id\": 3}");

        assertThat(records).extracting(JsonRecord::ok).containsExactly(false, true);
        assertThat(records.get(0).error()).startsWith("malformed JSON: Trailing token");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<JsonRecord> readAll(byte[] content, long maxRecordBytes) throws IOException {
        List<JsonRecord> records = new ArrayList<>();
        try (JsonRecordReader reader = new JsonRecordReader(new ByteArrayInputStream(content), maxRecordBytes)) {
            reader.forEachRemaining(records::add);
        }
        return records;
    }

    private static JsonRecordReader reader(String content) throws IOException {
        return new JsonRecordReader(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<JsonRecord> readAll(String content) throws IOException {
        List<JsonRecord> records = new ArrayList<>();
        try (JsonRecordReader reader = reader(content)) {
            while (reader.hasNext()) {
                assertThat(records).as("records read so far").hasSizeLessThan(LIMIT);
                records.add(reader.next());
            }
        }
        return records;
    }
}
