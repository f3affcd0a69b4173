package org.newsdrift.ingest.archive;

/**
 * A regular file read whole from an archive.
 *
 * @param name the name as stored ({@code ../x} and {@code /x} included): data, never a path to open
 * @param size the number of bytes in {@code content}
 */
public record ArchiveEntry(String name, long size, byte[] content) implements ArchiveItem {}
