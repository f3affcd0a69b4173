package org.newsdrift.ingest.archive;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Reads the regular files of tar, tar.gz and zip archives one entry at a time, each bounded by a maximum size, so
 * neither a large archive nor a decompression bomb is ever held in memory.
 */
public final class ArchiveReader {
    /** How many leading bytes {@link #detect} needs to tell a gzip'ed tar from other gzip'ed data. */
    public static final int SNIFF_BYTES = 4096;
    /** The largest entry a byte array can hold, with headroom for the JVM's array header. */
    public static final long MAX_ENTRY_BYTES_LIMIT = Integer.MAX_VALUE - 16;

    private static final int USTAR_OFFSET = 257;
    private static final byte[] USTAR = "ustar".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GZIP = {(byte) 0x1f, (byte) 0x8b};
    private static final byte[] ZIP_LOCAL_FILE = {'P', 'K', 3, 4};
    private static final byte[] ZIP_EMPTY = {'P', 'K', 5, 6};

    /** What a file is, as far as this reader is concerned; {@code NONE} is anything it does not read. */
    public enum Kind {
        TAR,
        TAR_GZIP,
        ZIP,
        NONE
    }

    private final long maxEntryBytes;

    /** Entries longer than {@code maxEntryBytes} become errors and are skipped without being buffered. */
    public ArchiveReader(long maxEntryBytes) {
        if (maxEntryBytes < 1 || maxEntryBytes > MAX_ENTRY_BYTES_LIMIT) {
            throw new IllegalArgumentException("Cannot create an archive reader: max entry bytes must be between 1 and "
                    + MAX_ENTRY_BYTES_LIMIT + " (" + maxEntryBytes + ")");
        }
        this.maxEntryBytes = maxEntryBytes;
    }

    public long maxEntryBytes() {
        return maxEntryBytes;
    }

    /**
     * Iterates the archive's items lazily; the kind is told by {@link #detect} from the name and the first bytes. The
     * items own {@code in}: they close it when exhausted, on a fatal error, or on {@link ArchiveItems#close()}.
     */
    public ArchiveItems open(InputStream in, String fileName) {
        InputStream buffered = in.markSupported() ? in : new BufferedInputStream(in, 64 * 1024);
        try {
            Kind kind = sniff(buffered, fileName);
            switch (kind) {
                case TAR:
                    return new ArchiveItems(new TarArchiveInputStream(buffered), null, maxEntryBytes);
                case TAR_GZIP:
                    GzipCompressorInputStream gzip = GzipCompressorInputStream.builder()
                            .setInputStream(buffered)
                            .setDecompressConcatenated(true)
                            .get();
                    return new ArchiveItems(new TarArchiveInputStream(gzip), gzip, maxEntryBytes);
                case ZIP:
                    return new ArchiveItems(
                            new ZipArchiveInputStream(buffered, "UTF-8", true, true), null, maxEntryBytes);
                default:
                    return ArchiveItems.failed(
                            buffered, "Cannot read archive: not a tar, tar.gz or zip archive (" + fileName + ")");
            }
        } catch (IOException | RuntimeException e) {
            return ArchiveItems.failed(
                    buffered, "Cannot read archive: " + ArchiveItems.describe(e) + " (" + fileName + ")");
        }
    }

    /** Tells the kind of a stream that supports mark/reset, leaving it where it was. */
    public static Kind sniff(InputStream in, String fileName) throws IOException {
        if (!in.markSupported()) {
            throw new IllegalArgumentException(
                    "Cannot sniff an archive: the stream does not support mark/reset (" + fileName + ")");
        }
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        return detect(fileName, head);
    }

    /**
     * Tells the kind by content first (zip and gzip magic, the ustar magic at offset 257, inside gzip too) and by name
     * when the content says nothing (a tar without ustar magic, a file too short to look at). Gzip'ed data that is not
     * a tar and is not named {@code .tar.gz} or {@code .tgz} is {@code NONE}, so {@code .json.gz} stays with its reader.
     */
    public static Kind detect(String fileName, byte[] firstBytes) {
        byte[] head = firstBytes == null ? new byte[0] : firstBytes;
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean tarGzipName = name.endsWith(".tar.gz") || name.endsWith(".tgz");
        if (startsWith(head, ZIP_LOCAL_FILE) || startsWith(head, ZIP_EMPTY)) {
            return Kind.ZIP;
        }
        if (hasUstarMagic(head)) {
            return Kind.TAR;
        }
        if (startsWith(head, GZIP)) {
            return tarGzipName || hasUstarMagic(inflatePrefix(head)) ? Kind.TAR_GZIP : Kind.NONE;
        }
        if (tarGzipName) {
            return Kind.TAR_GZIP;
        }
        return name.endsWith(".tar") ? Kind.TAR : name.endsWith(".zip") ? Kind.ZIP : Kind.NONE;
    }

    private static boolean hasUstarMagic(byte[] head) {
        return head.length >= USTAR_OFFSET + USTAR.length
                && Arrays.equals(head, USTAR_OFFSET, USTAR_OFFSET + USTAR.length, USTAR, 0, USTAR.length);
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    /** Inflates as much of a gzip prefix as it holds, up to the end of the ustar magic; a cut prefix is expected. */
    private static byte[] inflatePrefix(byte[] head) {
        byte[] out = new byte[USTAR_OFFSET + USTAR.length];
        int filled = 0;
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(head))) {
            int n;
            while (filled < out.length && (n = gzip.read(out, filled, out.length - filled)) > 0) {
                filled += n;
            }
        } catch (IOException e) {
            // The prefix ends inside the compressed data; what was inflated so far is all there is to look at.
        }
        return Arrays.copyOf(out, filled);
    }
}
