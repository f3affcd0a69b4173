package org.newsdrift.job;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SparkSession;
import org.newsdrift.table.DeltaSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The SparkSession a run works in: the one already active in the JVM (a notebook's, a test's), borrowed and left
 * running with what the run changed in it put back, or else one the run starts and stops.
 */
final class RunSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunSession.class);

    private final SparkSession spark;
    private final boolean borrowed;
    private final String output;
    /** Session settings the run may change, with the value each had before it ({@code null}: unset). */
    private final Map<String, String> before = new LinkedHashMap<>();

    private String checkpoints;
    /** The ids of the RDDs a borrowed session had persisted before the run: the others are the run's to release. */
    private Set<Integer> persistedBefore = Set.of();

    private RunSession(SparkSession spark, boolean borrowed, String output) {
        this.spark = spark;
        this.borrowed = borrowed;
        this.output = output;
    }

    /**
     * Borrows the active session or starts one named for the run ({@code newsdrift <command> <run date>}), and gives
     * the run a checkpoint folder.
     */
    static RunSession open(RunContext run) {
        String appName = "newsdrift " + run.command() + " " + run.runDate();
        Optional<SparkSession> active = SparkSessions.active();
        RunSession session =
                new RunSession(active.orElseGet(() -> SparkSessions.start(appName)), active.isPresent(), run.output());
        try {
            if (session.borrowed) {
                LOG.info(
                        "Running in the active Spark session (application {}); it stays running after the run",
                        session.spark.sparkContext().applicationId());
                session.applyJobDefaults();
                session.persistedBefore = session.persistedIds();
            }
            session.checkpoints = SparkSessions.checkpointFolder(session.spark, run);
            return session;
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    SparkSession spark() {
        return spark;
    }

    /**
     * The job's runtime SQL settings that the borrowed session leaves unset are set for the run; its own choices
     * stand, as {@code --conf} would. Settings fixed at the session's start (serializer, Delta's extension) cannot be
     * changed here. The commit tag, set per run, is remembered so that the session gets its own value back.
     */
    private void applyJobDefaults() {
        RuntimeConfig conf = spark.conf();
        remember(DeltaSettings.COMMIT_METADATA);
        SparkConf defaults = SparkSessions.configure(
                new SparkConf(false).setMaster(spark.sparkContext().master()));
        for (Tuple2<String, String> setting : defaults.getAll()) {
            if (!conf.contains(setting._1()) && conf.isModifiable(setting._1())) {
                remember(setting._1());
                conf.set(setting._1(), setting._2());
            }
        }
    }

    private void remember(String key) {
        before.put(key, spark.conf().getOption(key).isDefined() ? spark.conf().get(key) : null);
    }

    /**
     * Deletes the run's checkpoints and tidies the output's staging folder; then stops the session if the run started
     * it, or puts back the settings, checkpoint folder and job group the run changed in a borrowed one.
     */
    @Override
    public void close() {
        SparkSessions.deleteCheckpoints(spark, checkpoints);
        SparkSessions.tidyStaging(spark, output);
        if (!borrowed) {
            spark.stop();
            return;
        }
        before.forEach((key, value) -> {
            if (value == null) {
                spark.conf().unset(key);
            } else {
                spark.conf().set(key, value);
            }
        });
        if (checkpoints != null) {
            // Spark has no call to unset the folder; null leaves the context without one, as it was.
            spark.sparkContext().setCheckpointDir(null);
        }
        spark.sparkContext().clearJobGroup();
        // A step that fails, or a table read Delta caches, can leave data persisted; a session that outlives the run
        // would hold it for every run after.
        CollectionConverters.asJava(spark.sparkContext().getPersistentRDDs()).forEach((id, rdd) -> {
            if (!persistedBefore.contains((Integer) id)) {
                rdd.unpersist(false);
            }
        });
    }

    private Set<Integer> persistedIds() {
        Set<Integer> ids = new HashSet<>();
        CollectionConverters.asJava(spark.sparkContext().getPersistentRDDs())
                .keySet()
                .forEach(id -> ids.add((Integer) id));
        return ids;
    }
}
