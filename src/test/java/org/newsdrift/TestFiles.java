package org.newsdrift;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Locations in the repository, for tests. */
public final class TestFiles {
    private TestFiles() {}

    /** The repository root (surefire sets {@code newsdrift.repo}; IDEs run from the root). */
    public static Path repo() {
        return Path.of(System.getProperty("newsdrift.repo", "."))
                .toAbsolutePath()
                .normalize();
    }

    public static Path defaultConfig() {
        return repo().resolve("jobs/conf/default.json");
    }

    public static Path subject() {
        return repo().resolve("jobs/subjects/russia-dprk.json");
    }

    public static Path sample() {
        return repo().resolve("data/sample/kcna-2024-08-11.json");
    }

    /** Copies the folder {@code from}, with all it holds, to {@code to}, where none of its files may be yet. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
