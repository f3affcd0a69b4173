package org.newsdrift.ingest.archive;

/**
 * An entry that could not be read, or the point where the archive itself broke.
 *
 * @param name the entry concerned; null when the failure is not tied to one entry
 * @param kind what went wrong, for code
 * @param reason what went wrong, for people
 */
public record ArchiveError(String name, Kind kind, String reason) implements ArchiveItem {

    /** Why an item is an error; only {@code BROKEN} stops reading. */
    public enum Kind {
        /** An entry without bytes. */
        EMPTY,
        /** An entry larger than the limit; it was not buffered. */
        TOO_LARGE,
        /** An entry that is no regular file, or whose data the format cannot give (encryption, compression method). */
        UNREADABLE,
        /** A corrupt or truncated stream: no later entry can be found reliably. */
        BROKEN
    }

    /** True when reading stopped here; false when the following entries are still read. */
    public boolean fatal() {
        return kind == Kind.BROKEN;
    }
}
