package org.newsdrift.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdrift.ingest.archive.ArchiveFixtures.Item.directory;
import static org.newsdrift.ingest.archive.ArchiveFixtures.Item.file;
import static org.newsdrift.ingest.archive.ArchiveFixtures.Item.symlink;
import static org.newsdrift.ingest.archive.ArchiveFixtures.archive;
import static org.newsdrift.ingest.archive.ArchiveFixtures.fileName;
import static org.newsdrift.ingest.archive.ArchiveFixtures.readAll;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ArchiveReaderTest {
    private static final ArchiveReader READER = new ArchiveReader(1024);

    @ParameterizedTest
    @EnumSource(
            value = ArchiveReader.Kind.class,
            names = {"TAR", "TAR_GZIP", "ZIP"})
    void everyRegularFileIsReadInArchiveOrderAndDirectoriesAreSkipped(ArchiveReader.Kind kind) {
        byte[] bytes = archive(
                kind,
                List.of(
                        directory("naver/"),
                        directory("naver/2025-12-25/"),
                        file("naver/2025-12-25/001.md", "첫 번째 기사"),
                        file("naver/2025-12-25/002.md", "second")));

        List<ArchiveItem> items = readAll(READER, bytes, fileName(kind));

        assertThat(items)
                .extracting(ArchiveItem::name)
                .containsExactly("naver/2025-12-25/001.md", "naver/2025-12-25/002.md");
        assertThat(items).allSatisfy(item -> assertThat(item).isInstanceOf(ArchiveEntry.class));
        ArchiveEntry first = (ArchiveEntry) items.get(0);
        assertThat(new String(first.content(), StandardCharsets.UTF_8)).isEqualTo("첫 번째 기사");
        assertThat(first.size()).isEqualTo("첫 번째 기사".getBytes(StandardCharsets.UTF_8).length);
    }

    @ParameterizedTest
    @EnumSource(
            value = ArchiveReader.Kind.class,
            names = {"TAR", "TAR_GZIP", "ZIP"})
    void namesWithParentSegmentsOrAbsolutePathsAreReadAsDataWithoutTouchingTheFileSystem(ArchiveReader.Kind kind) {
        byte[] bytes = archive(
                kind, List.of(file("../../etc/passwd", "a"), file("/tmp/evil.md", "b"), file("naver/../../x.md", "c")));

        List<ArchiveItem> items = readAll(READER, bytes, fileName(kind));

        assertThat(items)
                .extracting(ArchiveItem::name)
                .containsExactly("../../etc/passwd", "/tmp/evil.md", "naver/../../x.md");
        assertThat(items)
                .extracting(item -> new String(((ArchiveEntry) item).content(), StandardCharsets.UTF_8))
                .containsExactly("a", "b", "c");
    }

    @ParameterizedTest
    @EnumSource(
            value = ArchiveReader.Kind.class,
            names = {"TAR", "TAR_GZIP", "ZIP"})
    void anEmptyFileIsAnErrorItemAndReadingGoesOn(ArchiveReader.Kind kind) {
        byte[] bytes = archive(kind, List.of(file("empty.md", ""), file("next.md", "x")));

        List<ArchiveItem> items = readAll(READER, bytes, fileName(kind));

        assertThat(items).hasSize(2);
        assertThat(items.get(0)).isEqualTo(new ArchiveError("empty.md", ArchiveError.Kind.EMPTY, "empty entry"));
        assertThat(items.get(1))
                .isInstanceOf(ArchiveEntry.class)
                .extracting(ArchiveItem::name)
                .isEqualTo("next.md");
    }

    @ParameterizedTest
    @EnumSource(
            value = ArchiveReader.Kind.class,
            names = {"TAR", "TAR_GZIP", "ZIP"})
    void anEntryOverTheLimitIsAnErrorItemAndTheFollowingEntriesAreStillRead(ArchiveReader.Kind kind) {
        byte[] exactly = new byte[1024];
        Arrays.fill(exactly, (byte) 'a');
        byte[] tooLong = new byte[1025];
        byte[] bytes =
                archive(kind, List.of(file("big.md", tooLong), file("exact.md", exactly), file("small.md", "x")));

        List<ArchiveItem> items = readAll(READER, bytes, fileName(kind));

        assertThat(items).hasSize(3);
        assertThat(items.get(0))
                .isEqualTo(new ArchiveError("big.md", ArchiveError.Kind.TOO_LARGE, "entry larger than 1024 bytes"));
        assertThat(((ArchiveEntry) items.get(1)).content()).isEqualTo(exactly);
        assertThat(((ArchiveEntry) items.get(2)).content()).isEqualTo("x".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aZipBombEntryIsCutAtTheLimitAndTheNextEntryIsStillRead() {
        // 64 MiB of zeros deflate to about 64 KiB; the reader must stop buffering at the limit.
        byte[] bytes = ArchiveFixtures.zip(List.of(file("bomb.md", new byte[64 << 20]), file("after.md", "ok")));
        assertThat(bytes.length).isLessThan(1 << 20);

        List<ArchiveItem> items = readAll(new ArchiveReader(1 << 20), bytes, "bomb.zip");

        assertThat(items).hasSize(2);
        assertThat(items.get(0))
                .isEqualTo(new ArchiveError("bomb.md", ArchiveError.Kind.TOO_LARGE, "entry larger than 1048576 bytes"));
        assertThat(items.get(1))
                .isInstanceOf(ArchiveEntry.class)
                .extracting(ArchiveItem::name)
                .isEqualTo("after.md");
    }

    @Test
    void aSymbolicLinkIsAnErrorItemNamingItsTarget() {
        byte[] bytes = ArchiveFixtures.tar(List.of(symlink("link.md", "../target.md"), file("real.md", "x")));

        List<ArchiveItem> items = readAll(READER, bytes, "links.tar");

        assertThat(items.get(0))
                .isEqualTo(new ArchiveError(
                        "link.md", ArchiveError.Kind.UNREADABLE, "not a regular file: symbolic link to ../target.md"));
        assertThat(items.get(1).name()).isEqualTo("real.md");
    }

    @Test
    void aTruncatedTarGzYieldsEveryCompleteEntryThenOneFatalError() {
        Random random = new Random(20251225L);
        List<byte[]> contents = new ArrayList<>();
        List<ArchiveFixtures.Item> files = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            byte[] content = new byte[700];
            random.nextBytes(content);
            contents.add(content);
            files.add(file("entry-" + i + ".bin", content));
        }
        byte[] whole = ArchiveFixtures.tarGz(files);

        for (int cut = 1; cut < whole.length; cut += 37) {
            List<ArchiveItem> items = readAll(READER, Arrays.copyOf(whole, cut), "cut.tar.gz");

            assertThat(items).as("cut at %d of %d bytes", cut, whole.length).isNotEmpty();
            ArchiveItem last = items.get(items.size() - 1);
            assertThat(last)
                    .as("cut at %d", cut)
                    .isInstanceOfSatisfying(
                            ArchiveError.class, e -> assertThat(e.fatal()).isTrue());
            List<ArchiveItem> complete = items.subList(0, items.size() - 1);
            for (int i = 0; i < complete.size(); i++) {
                assertThat(complete.get(i)).as("cut at %d, item %d", cut, i).isInstanceOf(ArchiveEntry.class);
                assertThat(((ArchiveEntry) complete.get(i)).content()).isEqualTo(contents.get(i));
            }
        }
        // Cut inside the gzip trailer: every entry is complete, and the broken stream is still reported.
        List<ArchiveItem> items = readAll(READER, Arrays.copyOf(whole, whole.length - 4), "cut.tar.gz");
        assertThat(items).hasSize(7);
        assertThat(items.subList(0, 6)).allSatisfy(item -> assertThat(item).isInstanceOf(ArchiveEntry.class));
        assertThat(items.get(6)).isInstanceOfSatisfying(ArchiveError.class, e -> {
            assertThat(e.fatal()).isTrue();
            assertThat(e.name()).isNull();
            assertThat(e.reason()).startsWith("Cannot read archive:");
        });
    }

    @Test
    void aFileThatIsNoArchiveYieldsOneFatalErrorNamingIt() {
        byte[] json = "[{\"title\": \"x\"}]".getBytes(StandardCharsets.UTF_8);

        List<ArchiveItem> items = readAll(READER, json, "articles.json");

        assertThat(items)
                .containsExactly(new ArchiveError(
                        null,
                        ArchiveError.Kind.BROKEN,
                        "Cannot read archive: not a tar, tar.gz or zip archive (articles.json)"));
    }

    @Test
    void randomBytesNeverThrowAndEndWithAtMostOneFatalError() {
        Random random = new Random(42L);
        byte[] valid = ArchiveFixtures.tarGz(List.of(file("a.md", "alpha"), file("b.md", "beta")));
        byte[] validZip = ArchiveFixtures.zip(List.of(file("a.md", "alpha"), file("b.md", "beta")));
        byte[] validTar = ArchiveFixtures.tar(List.of(file("a.md", "alpha"), file("b.md", "beta")));
        String[] names = {"x.tar", "x.tar.gz", "x.tgz", "x.zip", "x.bin"};
        for (int round = 0; round < 600; round++) {
            byte[] bytes;
            switch (round % 4) {
                case 0:
                    bytes = new byte[random.nextInt(2048)];
                    random.nextBytes(bytes);
                    break;
                case 1:
                    bytes = mutate(valid, random);
                    break;
                case 2:
                    bytes = mutate(validZip, random);
                    break;
                default:
                    bytes = mutate(validTar, random);
            }
            String name = names[random.nextInt(names.length)];

            List<ArchiveItem> items = readAll(READER, bytes, name);

            for (int i = 0; i < items.size() - 1; i++) {
                ArchiveItem item = items.get(i);
                assertThat(item instanceof ArchiveError e && e.fatal())
                        .as("round %d, item %d", round, i)
                        .isFalse();
            }
        }
    }

    @Test
    void theItemsCloseTheStreamWhenExhausted() {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream in = new ByteArrayInputStream(ArchiveFixtures.tar(List.of(file("a.md", "a")))) {
            @Override
            public void close() throws IOException {
                closed.set(true);
                super.close();
            }
        };

        ArchiveItems items = READER.open(in, "a.tar");
        items.forEachRemaining(item -> {});

        assertThat(closed).isTrue();
        assertThat(items.hasNext()).isFalse();
    }

    @Test
    void aLimitBelowOneByteIsRefusedWithTheBadValue() {
        assertThatThrownBy(() -> new ArchiveReader(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot create an archive reader: max entry bytes must be between 1 and 2147483631 (0)");
    }

    /** Overwrites a few bytes, and sometimes cuts the tail, of a valid archive. */
    private static byte[] mutate(byte[] valid, Random random) {
        byte[] bytes = valid.clone();
        int changes = 1 + random.nextInt(8);
        for (int i = 0; i < changes; i++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return random.nextBoolean() ? bytes : Arrays.copyOf(bytes, random.nextInt(bytes.length));
    }
}
