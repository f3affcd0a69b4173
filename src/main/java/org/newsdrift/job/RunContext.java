package org.newsdrift.job;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.newsdrift.config.RunConfig;
import org.newsdrift.ingest.InputFile;
import org.newsdrift.model.TopicModelStep;

/** What one run is: its id, night, command, configuration, inputs and output root. */
record RunContext(
        String runId,
        LocalDate runDate,
        String command,
        Instant startedAt,
        RunConfig config,
        List<InputFile> inputs,
        String output) {

    RunContext {
        inputs = List.copyOf(inputs);
    }

    /** A new run of {@code command}, starting now under a fresh id, for {@code runDate} or else today (UTC). */
    static RunContext start(
            String command, LocalDate runDate, RunConfig config, List<InputFile> inputs, String output) {
        return new RunContext(
                UUID.randomUUID().toString(),
                runDate == null ? LocalDate.now(ZoneOffset.UTC) : runDate,
                command,
                Instant.now(),
                config,
                inputs,
                output);
    }

    /** Terms mean the same only under the same analyzer settings and subject aliases: this hash says which. */
    String analyzerHash() {
        return TopicModelStep.hash(
                config.job().text().toString(), config.subject().toString());
    }
}
