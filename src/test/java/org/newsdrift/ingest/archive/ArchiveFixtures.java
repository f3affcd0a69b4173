package org.newsdrift.ingest.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Archives built in memory for tests, with a fixed modification time so they are the same bytes on every run. */
public final class ArchiveFixtures {
    static final Instant FIXED = Instant.parse("2025-12-25T00:00:00Z");

    /** A file ({@code content}), a directory (name ending in {@code /}, no content) or a symbolic link. */
    public record Item(String name, byte[] content, String linkTarget) {
        public static Item file(String name, String content) {
            return new Item(name, content.getBytes(StandardCharsets.UTF_8), null);
        }

        public static Item file(String name, byte[] content) {
            return new Item(name, content, null);
        }

        public static Item directory(String name) {
            return new Item(name, null, null);
        }

        public static Item symlink(String name, String target) {
            return new Item(name, null, target);
        }
    }

    private ArchiveFixtures() {}

    public static byte[] tar(List<Item> items) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writeTar(bytes, items);
        return bytes.toByteArray();
    }

    public static byte[] tarGz(List<Item> items) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GzipCompressorOutputStream gzip = new GzipCompressorOutputStream(bytes)) {
            writeTar(gzip, items);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A zip written to a stream, so every entry has a data descriptor and no size in its local header. */
    public static byte[] zip(List<Item> items) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            for (Item item : items) {
                ZipArchiveEntry entry = new ZipArchiveEntry(item.name());
                entry.setTime(FIXED.toEpochMilli());
                zip.putArchiveEntry(entry);
                if (item.content() != null) {
                    zip.write(item.content());
                }
                zip.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] archive(ArchiveReader.Kind kind, List<Item> items) {
        switch (kind) {
            case TAR:
                return tar(items);
            case TAR_GZIP:
                return tarGz(items);
            case ZIP:
                return zip(items);
            default:
                throw new IllegalArgumentException("no fixture for " + kind);
        }
    }

    static String fileName(ArchiveReader.Kind kind) {
        switch (kind) {
            case TAR:
                return "crawl.tar";
            case TAR_GZIP:
                return "crawl.tar.gz";
            case ZIP:
                return "crawl.zip";
            default:
                return "crawl.bin";
        }
    }

    private static void writeTar(OutputStream out, List<Item> items) {
        // Not closed here: closing would also close a gzip stream the caller still has to finish.
        try {
            TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (Item item : items) {
                TarArchiveEntry entry = item.linkTarget() != null
                        ? new TarArchiveEntry(item.name(), TarConstants.LF_SYMLINK, true)
                        : new TarArchiveEntry(item.name(), true);
                entry.setLastModifiedTime(FileTime.from(FIXED));
                if (item.linkTarget() != null) {
                    entry.setLinkName(item.linkTarget());
                }
                if (item.content() != null) {
                    entry.setSize(item.content().length);
                }
                tar.putArchiveEntry(entry);
                if (item.content() != null) {
                    tar.write(item.content());
                }
                tar.closeArchiveEntry();
            }
            tar.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drains the items of an archive into a list, as a consumer would. */
    static List<ArchiveItem> readAll(ArchiveReader reader, byte[] archive, String fileName) {
        List<ArchiveItem> items = new ArrayList<>();
        try (ArchiveItems it = reader.open(new java.io.ByteArrayInputStream(archive), fileName)) {
            it.forEachRemaining(items::add);
        }
        return items;
    }
}
