package org.newsdrift.job;

import java.util.List;
import org.newsdrift.model.TopicModelUpdateResult;

/**
 * What a run did: its counts (null for a run that read no input), what happened to the topic model, and which of
 * its input URIs it read (the others the ledger found unchanged).
 */
record NightlyResult(RunCounts counts, TopicModelUpdateResult topics, List<String> read) {

    NightlyResult {
        read = List.copyOf(read);
    }

    String modelVersion() {
        return topics.modelVersion();
    }
}
