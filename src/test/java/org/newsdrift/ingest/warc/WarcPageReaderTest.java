package org.newsdrift.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdrift.ingest.HostileDocuments.concat;
import static org.newsdrift.ingest.HostileDocuments.gzip;
import static org.newsdrift.ingest.HostileDocuments.warcResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsdrift.ingest.HostileDocuments;

@Timeout(10)
class WarcPageReaderTest {
    private static final byte[] ONE = page("one");
    private static final byte[] TWO = page("two");
    private static final byte[] THREE = page("three");

    @Test
    void eachPageIsLocatedAtTheOffsetWhereItsRecordStarts() throws IOException {
        List<WarcPageReader.Item> items = readAll(concat(ONE, TWO, THREE));

        assertThat(items)
                .extracting(WarcPageReader.Item::locator)
                .containsExactly("offset 0", "offset " + ONE.length, "offset " + (ONE.length + TWO.length));
        assertThat(items)
                .extracting(WarcPageReader.Item::uri)
                .containsExactly("https://warc.test/one", "https://warc.test/two", "https://warc.test/three");
        assertThat(items.get(0).crawlDate()).isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(new String(items.get(2).html(), StandardCharsets.UTF_8)).isEqualTo("<p>Page three</p>");
    }

    @Test
    void aContentLengthTooShortIsOneBrokenItemAndTheNextRecordIsStillRead() throws IOException {
        byte[] shortOne = record("short", -5);

        List<WarcPageReader.Item> items = readAll(concat(ONE, shortOne, THREE));

        assertThat(items).hasSize(3);
        assertThat(items.get(1).broken()).isTrue();
        assertThat(items.get(1).locator()).isEqualTo("offset " + ONE.length);
        assertThat(items.get(1).error())
                .isEqualTo("the record's Content-Length does not match its content; " + "reading resumed at offset "
                        + (ONE.length + shortOne.length));
        assertThat(items.get(2).uri()).isEqualTo("https://warc.test/three");
        assertThat(items.get(2).locator()).isEqualTo("offset " + (ONE.length + shortOne.length));
    }

    @Test
    void aContentLengthTooLongDoesNotSwallowTheNextRecord() throws IOException {
        byte[] longOne = record("long", 30);

        List<WarcPageReader.Item> items = readAll(concat(ONE, longOne, THREE));

        assertThat(items).extracting(WarcPageReader.Item::ok).containsExactly(true, false, true);
        assertThat(items.get(2).uri()).isEqualTo("https://warc.test/three");
        assertThat(new String(items.get(2).html(), StandardCharsets.UTF_8)).isEqualTo("<p>Page three</p>");
    }

    @Test
    void inAWarcGzReadingResumesAtTheNextGzipMember() throws IOException {
        byte[] one = gzip(ONE);
        byte[] broken = gzip(record("short", -5));
        byte[] three = gzip(THREE);

        List<WarcPageReader.Item> items = readAll(concat(one, broken, three));

        assertThat(items)
                .extracting(WarcPageReader.Item::locator)
                .containsExactly("offset 0", "offset " + one.length, "offset " + (one.length + broken.length));
        assertThat(items).extracting(WarcPageReader.Item::broken).containsExactly(false, true, false);
    }

    @Test
    void garbageBetweenRecordsIsOneBrokenItemHoweverManyFalseStartsItHolds() throws IOException {
        byte[] junk = ("junk\nWARC/ not a header\nWARC/1.0\r\nbroken\r\n\r\n" + "x".repeat(100) + "\nWARC/")
                .getBytes(StandardCharsets.US_ASCII);

        List<WarcPageReader.Item> items = readAll(concat(ONE, junk, THREE));

        assertThat(items).extracting(WarcPageReader.Item::broken).containsExactly(false, true, false);
        assertThat(items.get(2).uri()).isEqualTo("https://warc.test/three");
    }

    @Test
    void aTruncatedLastRecordIsOneBrokenItemAndTheReadingEnds() throws IOException {
        byte[] whole = concat(ONE, TWO);

        List<WarcPageReader.Item> items = readAll(Arrays.copyOf(whole, whole.length - 20));

        assertThat(items).hasSize(2);
        assertThat(items.get(1).broken()).isTrue();
        assertThat(items.get(1).error()).endsWith("no record after it, rest of the file skipped");
    }

    @Test
    void randomBytesEndInBrokenItemsNeverInAnException() throws IOException {
        for (int seed = 0; seed < 30; seed++) {
            byte[] noise = HostileDocuments.noise(seed, 3000);
            byte[] bytes = seed % 2 == 0 ? concat(ONE, noise, THREE) : gzip(noise);

            List<WarcPageReader.Item> items = readAll(bytes);

            assertThat(items)
                    .as("seed %d", seed)
                    .isNotEmpty()
                    .allSatisfy(item ->
                            assertThat(item.ok() || item.error() != null).isTrue());
        }
    }

    @Test
    void theNextRecordStartIsFoundAcrossBufferBoundaries() throws IOException {
        byte[] bytes = concat(new byte[64 * 1024 - 3], "\r\nWARC/1.0".getBytes(StandardCharsets.US_ASCII));

        assertThat(WarcResync.nextRecordStart(new ByteArrayInputStream(bytes), 100, false))
                .isEqualTo(100 + 64 * 1024 - 1);
        assertThat(WarcResync.nextRecordStart(new ByteArrayInputStream(new byte[10]), 0, true))
                .isEqualTo(-1);
    }

    private static byte[] page(String name) {
        return record(name, 0);
    }

    private static byte[] record(String name, int lengthError) {
        return warcResponse(
                "https://warc.test/" + name,
                "text/html",
                ("<p>Page " + name + "</p>").getBytes(StandardCharsets.UTF_8),
                lengthError);
    }

    private static List<WarcPageReader.Item> readAll(byte[] file) throws IOException {
        List<WarcPageReader.Item> items = new ArrayList<>();
        try (WarcPageReader reader = new WarcPageReader(
                offset -> new ByteArrayInputStream(file, (int) offset, file.length - (int) offset), 1 << 20)) {
            reader.forEachRemaining(items::add);
        }
        return items;
    }
}
