package org.newsdrift.ingest.archive;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.newsdrift.ingest.LookAheadIterator;

/**
 * The items of one archive, read on demand. Directories are skipped; every other entry becomes one item. A failure
 * inside the stream (truncation, corrupt compression, a bad header) ends the items with one fatal error, because no
 * later entry can be found reliably after it. Never throws while iterating.
 */
public final class ArchiveItems extends LookAheadIterator<ArchiveItem> implements AutoCloseable {
    private final ArchiveInputStream<?> archive;
    private final InputStream decompressed;
    private final Closeable source;
    private final long maxEntryBytes;
    private ArchiveItem only;
    private boolean done;

    ArchiveItems(ArchiveInputStream<?> archive, InputStream decompressed, long maxEntryBytes) {
        this.archive = archive;
        this.decompressed = decompressed;
        this.source = archive;
        this.maxEntryBytes = maxEntryBytes;
    }

    private ArchiveItems(Closeable source, ArchiveItem only) {
        this.archive = null;
        this.decompressed = null;
        this.source = source;
        this.maxEntryBytes = 0;
        this.only = only;
        close();
    }

    static ArchiveItems failed(Closeable source, String reason) {
        return new ArchiveItems(source, new ArchiveError(null, ArchiveError.Kind.BROKEN, reason));
    }

    @Override
    protected ArchiveItem computeNext() {
        if (only != null) {
            ArchiveItem item = only;
            only = null;
            return item;
        }
        return done ? null : advance();
    }

    private ArchiveItem advance() {
        while (true) {
            org.apache.commons.compress.archivers.ArchiveEntry entry;
            try {
                entry = archive.getNextEntry();
            } catch (IOException | RuntimeException e) {
                return fatal(null, "Cannot read archive: " + describe(e));
            }
            if (entry == null) {
                return finish();
            }
            if (entry.isDirectory()) {
                continue;
            }
            String name = entry.getName();
            String special = specialFile(entry);
            if (special != null) {
                return new ArchiveError(name, ArchiveError.Kind.UNREADABLE, "not a regular file: " + special);
            }
            if (!archive.canReadEntryData(entry)) {
                return new ArchiveError(
                        name, ArchiveError.Kind.UNREADABLE, "cannot read entry data: " + unreadableBecause(entry));
            }
            if (entry.getSize() > maxEntryBytes) {
                return tooLarge(name);
            }
            byte[] content;
            try {
                // One byte past the limit tells an entry of exactly the limit from a longer one; the rest is never
                // read.
                content = archive.readNBytes((int) maxEntryBytes + 1);
            } catch (IOException | RuntimeException e) {
                return fatal(name, "Cannot read entry: " + describe(e));
            }
            if (content.length > maxEntryBytes) {
                return tooLarge(name);
            }
            if (content.length == 0) {
                return new ArchiveError(name, ArchiveError.Kind.EMPTY, "empty entry");
            }
            return new ArchiveEntry(name, content.length, content);
        }
    }

    private ArchiveError tooLarge(String name) {
        return new ArchiveError(name, ArchiveError.Kind.TOO_LARGE, "entry larger than " + maxEntryBytes + " bytes");
    }

    /** A gzip'ed tar ends before its gzip trailer; reading on to it is what checks the stream was complete. */
    private ArchiveItem finish() {
        if (decompressed != null) {
            try {
                decompressed.transferTo(OutputStream.nullOutputStream());
            } catch (IOException | RuntimeException e) {
                return fatal(null, "Cannot read archive: broken after the last entry: " + describe(e));
            }
        }
        close();
        return null;
    }

    private ArchiveError fatal(String name, String reason) {
        close();
        return new ArchiveError(name, ArchiveError.Kind.BROKEN, reason);
    }

    private static String specialFile(org.apache.commons.compress.archivers.ArchiveEntry entry) {
        if (entry instanceof TarArchiveEntry tar) {
            if (tar.isSymbolicLink()) {
                return "symbolic link to " + tar.getLinkName();
            }
            if (tar.isLink()) {
                return "hard link to " + tar.getLinkName();
            }
            if (tar.isCharacterDevice() || tar.isBlockDevice() || tar.isFIFO()) {
                return "device or FIFO";
            }
            return tar.isFile() ? null : "tar entry type '" + (char) tar.getLinkFlag() + "'";
        }
        if (entry instanceof ZipArchiveEntry zip && zip.isUnixSymlink()) {
            return "symbolic link";
        }
        return null;
    }

    private static String unreadableBecause(org.apache.commons.compress.archivers.ArchiveEntry entry) {
        if (entry instanceof ZipArchiveEntry zip) {
            if (zip.getGeneralPurposeBit().usesEncryption()) {
                return "encrypted";
            }
            return "unsupported compression method " + zip.getMethod();
        }
        return "unsupported by the archive format";
    }

    static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** Closes the underlying stream; idempotent. */
    @Override
    public void close() {
        if (!done) {
            done = true;
            try {
                source.close();
            } catch (IOException ignored) {
                // Everything that will be read has been read; a failing close loses nothing.
            }
        }
    }
}
