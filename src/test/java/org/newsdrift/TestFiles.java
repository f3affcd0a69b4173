package org.newsdrift;

import java.nio.file.Path;

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
}
