package org.newsdrift.job;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.newsdrift.config.SecretRedactor;
import org.newsdrift.table.DeltaSettings;
import org.newsdrift.table.TableWriter;
import org.slf4j.LoggerFactory;
import scala.Option;

/** The job's Spark settings and the SparkSession it starts; only the entry point starts one, and stops it. */
public final class SparkSessions {
    private SparkSessions() {}

    /**
     * Adds the job's settings to {@code conf}, each only where nothing (spark-submit, --conf, a system property, the
     * caller) set it: the tests start their shared session with these, so they run the job's configuration.
     */
    public static SparkConf configure(SparkConf conf) {
        if (!conf.contains("spark.master")) {
            // Only when nothing (spark-submit, --conf, a system property) chose a master.
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            // Spark's 200 shuffle partitions make hundreds of near-empty tasks on one machine; 2 per core is plenty.
            conf.setIfMissing(
                    "spark.sql.shuffle.partitions",
                    String.valueOf(Math.max(4, 2 * Runtime.getRuntime().availableProcessors())));
        }
        conf.setIfMissing("spark.sql.session.timeZone", "UTC");
        conf.setIfMissing("spark.sql.sources.partitionOverwriteMode", "dynamic");
        conf.setIfMissing("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
        conf.setIfMissing("spark.redaction.regex", SecretRedactor.KEY_REGEX);
        // Articles have 27 columns and some steps' rows more: with Spark's default of 25 fields their plans would be
        // cut short in the UI and event log, and Spark warns on the console when it does so.
        conf.setIfMissing("spark.sql.debug.maxToStringFields", "100");
        DeltaSettings.configure(conf);
        return conf;
    }

    static SparkSession start(String appName) {
        return SparkSession.builder()
                .config(configure(new SparkConf(true).setAppName(appName)))
                .getOrCreate();
    }

    /** The session already running in this JVM (this thread's, else the default one), if any: a notebook's or a test's. */
    static Optional<SparkSession> active() {
        for (Option<SparkSession> session :
                List.of(SparkSession.getActiveSession(), SparkSession.getDefaultSession())) {
            if (session.isDefined() && !session.get().sparkContext().isStopped()) {
                return Optional.of(session.get());
            }
        }
        return Optional.empty();
    }

    /**
     * Readies the session and the output root for {@code run}: every Delta commit it makes is tagged with the run, and
     * tables an older build wrote as plain Parquet become Delta tables first.
     */
    static void prepareOutput(SparkSession spark, RunContext run) {
        DeltaSettings.tagCommits(spark, run.runId(), run.runDate().toString());
        new TableWriter(run.output()).convertParquetTables(spark);
    }

    /**
     * Gives the run a checkpoint folder under the output root (so on the cluster's shared file system) unless
     * {@code spark.checkpoint.dir} named one: the em topic optimizer checkpoints its graph every 10 iterations, and
     * without a folder its lineage grows until the driver's stack overflows. Returns the folder to delete at the end,
     * or null when it was configured.
     */
    static String checkpointFolder(SparkSession spark, RunContext run) {
        if (spark.sparkContext().getCheckpointDir().isDefined()) {
            return null;
        }
        String folder = run.output() + "/" + TableWriter.STAGING + "/checkpoints/" + run.runId();
        spark.sparkContext().setCheckpointDir(folder);
        return folder;
    }

    /** Deletes the run's checkpoint folder; a failure to do so only leaves files under {@code _staging}. */
    static void deleteCheckpoints(SparkSession spark, String folder) {
        if (folder == null) {
            return;
        }
        try {
            Path path = new Path(folder);
            path.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(path, true);
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(SparkSessions.class).warn("Cannot delete checkpoints {}: {}", folder, e.toString());
        }
    }

    /** Removes what publishing left empty under {@code _staging}; a failure to do so is only a warning. */
    static void tidyStaging(SparkSession spark, String output) {
        try {
            new TableWriter(output).tidyStaging(spark.sparkContext().hadoopConfiguration());
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(SparkSessions.class)
                    .warn(
                            "Cannot tidy {}/{}: {}",
                            SecretRedactor.redactValue(output),
                            TableWriter.STAGING,
                            SecretRedactor.redactValue(e.toString()));
        }
    }
}
