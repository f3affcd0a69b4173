package org.newsdrift.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a built-in word or phrase list shipped as a UTF-8 class path resource: one entry a line, lines starting with
 * {@code #} (headers, group names) and blank lines skipped, entries in file order.
 */
public final class BundledList {
    private BundledList() {}

    /**
     * The entries of {@code resource}, resolved beside {@code owner}, as an immutable list (duplicates kept).
     *
     * @param what what the list is, for the error message ("page chrome phrases")
     * @throws IllegalStateException if the resource is not on the class path
     */
    public static List<String> read(Class<?> owner, String resource, String what) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Cannot load " + what + ": resource " + resource
                        + " not found on the class path beside " + owner.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + what + ": " + e.getMessage() + " (" + resource + ")", e);
        }
    }
}
