package org.newsdrift.job;

import java.nio.file.Path;
import org.newsdrift.config.ConfigLoader;
import org.newsdrift.config.RunConfig;
import picocli.CommandLine.Option;

/**
 * The {@code --config} option as backfill and retrain word it; nightly, the command people meet first, explains
 * more in its own.
 */
final class JobConfigOption {
    @Option(names = "--config", required = true, paramLabel = "FILE", description = "Job config (JSON).")
    Path file;

    /** The job config and the subject it names, checked. */
    RunConfig load() {
        return ConfigLoader.load(file);
    }
}
