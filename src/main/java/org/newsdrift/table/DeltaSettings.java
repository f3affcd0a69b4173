package org.newsdrift.table;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The session settings Delta Lake needs, and the run's tag on every commit a session makes. */
public final class DeltaSettings {
    /** Delta's SQL commands (DELETE, VACUUM, CONVERT, replaceWhere checks) and its catalog for {@code delta.`path`}. */
    public static final String EXTENSION = "io.delta.sql.DeltaSparkSessionExtension";

    public static final String CATALOG = "org.apache.spark.sql.delta.catalog.DeltaCatalog";
    /** Session setting whose value Delta writes into each commit's {@code userMetadata}. */
    public static final String COMMIT_METADATA = "spark.databricks.delta.commitInfo.userMetadata";

    private DeltaSettings() {}

    /**
     * Adds Delta's extension (after any already configured) and catalog. Both are needed: with the catalog alone,
     * replaceWhere and VACUUM fail.
     */
    public static void configure(SparkConf conf) {
        String extensions = conf.get("spark.sql.extensions", "");
        if (!extensions.contains(EXTENSION)) {
            conf.set("spark.sql.extensions", extensions.isBlank() ? EXTENSION : extensions + "," + EXTENSION);
        }
        conf.setIfMissing("spark.sql.catalog.spark_catalog", CATALOG);
        // The tables' logs are small (a checkpoint every 10 commits): Delta's default of 50 partitions for reading one
        // makes each commit's snapshot a job of 50 near-empty tasks, which doubled the time of a small commit.
        conf.setIfMissing("spark.databricks.delta.snapshotPartitions", "2");
    }

    /**
     * Tags every Delta commit this session makes from now on with the run, as {@code {"run_id":…,"run_date":…}} in
     * the commit's {@code userMetadata}: {@code DESCRIBE HISTORY} then finds the version a run wrote.
     */
    public static void tagCommits(SparkSession spark, String runId, String runDate) {
        spark.conf().set(COMMIT_METADATA, "{\"run_id\":\"" + runId + "\",\"run_date\":\"" + runDate + "\"}");
    }
}
