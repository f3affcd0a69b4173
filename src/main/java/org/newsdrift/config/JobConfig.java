package org.newsdrift.config;

import java.io.Serializable;
import java.util.List;

/**
 * The job's settings as written in {@code jobs/conf/*.json}; immutable and validated on construction.
 *
 * @param subjectFile the subject definition, relative to the config file unless absolute
 * @param ingest what is read and what is rejected
 * @param text tokenisation
 * @param nearDuplicates near-duplicate detection (MinHash LSH) settings
 * @param tfidf TF-IDF vocabulary and output sizes
 * @param lda topic model
 * @param topicUpdates when a new topic model version is fitted, and how versions are matched
 * @param granularities the periods trend tables are computed for: any of day, week, month
 * @param tables upkeep of the Delta tables (retention, how often they are vacuumed); absent means the defaults
 */
public record JobConfig(
        String subjectFile,
        IngestConfig ingest,
        TextConfig text,
        NearDuplicateConfig nearDuplicates,
        TfIdfConfig tfidf,
        LdaConfig lda,
        TopicUpdateConfig topicUpdates,
        List<String> granularities,
        TableConfig tables)
        implements Serializable {

    public static final List<String> GRANULARITIES = List.of("day", "week", "month");

    public JobConfig {
        ConfigException.require(
                subjectFile != null && !subjectFile.isBlank(), "Cannot use config: subject_file is missing");
        ConfigException.require(ingest != null, "Cannot use config: the 'ingest' section is missing");
        ConfigException.require(text != null, "Cannot use config: the 'text' section is missing");
        ConfigException.require(nearDuplicates != null, "Cannot use config: the 'near_duplicates' section is missing");
        ConfigException.require(tfidf != null, "Cannot use config: the 'tfidf' section is missing");
        ConfigException.require(lda != null, "Cannot use config: the 'lda' section is missing");
        ConfigException.require(topicUpdates != null, "Cannot use config: the 'topic_updates' section is missing");
        ConfigException.require(
                granularities != null && !granularities.isEmpty(), "Cannot use config: granularities is empty");
        for (String granularity : granularities) {
            ConfigException.require(
                    GRANULARITIES.contains(granularity),
                    "Cannot use config: granularities may hold " + GRANULARITIES + " (was '" + granularity + "')");
        }
        granularities = List.copyOf(granularities);
        tables = tables == null ? TableConfig.DEFAULTS : tables;
    }
}
