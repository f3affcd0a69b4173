package org.newsdrift.ingest.archive;

/**
 * An entry that could not be read, or the point where the archive itself broke.
 *
 * @param name the entry concerned; null when the failure is not tied to one entry
 * @param reason what went wrong, for people
 * @param fatal true when reading stopped here (a corrupt or truncated stream); false when the following entries
 *     are still read
 */
public record ArchiveError(String name, String reason, boolean fatal) implements ArchiveItem {}
