package org.newsdrift.model;

import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;
import org.newsdrift.config.LdaConfig;
import org.newsdrift.config.RunConfig;
import org.newsdrift.config.TopicUpdateConfig;
import org.newsdrift.table.TableWriter;

/**
 * What every part of a topic model update shares: the session, where tables and versions are written, the
 * configuration and the run.
 *
 * @param analyzerHash hash of the analyzer settings and subject the terms were made with
 */
record UpdateContext(
        SparkSession spark,
        TableWriter tables,
        ModelStore store,
        RunConfig config,
        String runId,
        LocalDate runDate,
        String analyzerHash) {

    LdaConfig lda() {
        return config.job().lda();
    }

    TopicUpdateConfig updates() {
        return config.job().topicUpdates();
    }
}
