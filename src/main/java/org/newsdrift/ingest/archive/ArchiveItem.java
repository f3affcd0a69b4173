package org.newsdrift.ingest.archive;

/** One item read from an archive: a regular file's content ({@link ArchiveEntry}) or a failure ({@link ArchiveError}). */
public sealed interface ArchiveItem permits ArchiveEntry, ArchiveError {

    /** The entry's name as stored in the archive, never resolved against a file system; null for the archive itself. */
    String name();
}
