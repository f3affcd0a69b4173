package org.newsdrift.job;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

    /** Terms mean the same only under the same analyzer settings and subject aliases: this hash says which. */
    String analyzerHash() {
        return TopicModelStep.hash(
                config.job().text().toString(), config.subject().toString());
    }
}
