package org.newsdrift;

import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.util.ShutdownHookManager;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import org.newsdrift.job.SparkSessions;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The one local Spark session the Spark tests of a JVM share, with the job's settings ({@link SparkSessions#configure})
 * on two cores, UI off, loopback driver. Test classes take it with {@link #get()} and never stop it; the job's
 * commands, run in-process, borrow it. It is stopped when the JVM exits.
 */
public final class SparkTestSession {
    private static final String HADOOP_PREFIX = "spark.hadoop.";
    private static SparkSession shared;
    private static boolean hookAdded;

    private SparkTestSession() {}

    /** The shared session, started on first use (and again after {@link #release()}). */
    public static synchronized SparkSession get() {
        if (shared == null || shared.sparkContext().isStopped()) {
            // Set here, so they win over system properties a test sets for a session the job starts (spark.master).
            SparkConf conf = new SparkConf(false)
                    .setMaster("local[2]")
                    .setAppName("newsdrift tests")
                    .set("spark.ui.enabled", "false")
                    .set("spark.driver.host", "127.0.0.1")
                    .set("spark.driver.bindAddress", "127.0.0.1")
                    .set("spark.sql.shuffle.partitions", "4")
                    // One session lives through every test class: keep only a little of the run history the
                    // status store holds in the heap (Delta's plans are large).
                    .set("spark.ui.retainedJobs", "100")
                    .set("spark.ui.retainedStages", "100")
                    .set("spark.ui.retainedTasks", "10000")
                    .set("spark.sql.ui.retainedExecutions", "20");
            shared =
                    SparkSession.builder().config(SparkSessions.configure(conf)).getOrCreate();
            if (!hookAdded) {
                // Before Hadoop closes its file systems, which Spark's own hook also waits for.
                ShutdownHookManager.get()
                        .addShutdownHook(SparkTestSession::release, FileSystem.SHUTDOWN_HOOK_PRIORITY + 40);
                hookAdded = true;
            }
        }
        return shared;
    }

    /**
     * Frees what a test class left in the shared session's memory: cached Datasets, persisted RDDs and Delta's cached
     * table logs and snapshots. {@link SharedSessionCleanup} calls it after every test class.
     */
    public static synchronized void releaseCachedData() {
        if (shared == null || shared.sparkContext().isStopped()) {
            return;
        }
        shared.catalog().clearCache();
        CollectionConverters.asJava(shared.sparkContext().getPersistentRDDs())
                .values()
                .forEach(rdd -> rdd.unpersist(true));
        DeltaLog.clearCache();
    }

    /**
     * Stops the shared session, for a test whose code under test must start a session of its own (other settings fixed
     * at start, such as the master); the next {@link #get()} starts the shared one again.
     */
    public static synchronized void release() {
        if (shared != null) {
            shared.stop();
            shared = null;
        }
    }

    /**
     * Applies {@code spark.hadoop.*} settings as spark-submit would have before the session started: as system
     * properties (which the job reads before Spark) and in the shared session's Hadoop configuration. Closing takes
     * both away again, so no other test sees them.
     */
    public static SubmitSettings submitSettings(Map<String, String> settings) {
        Configuration hadoop = get().sparkContext().hadoopConfiguration();
        Map<String, String> before = new HashMap<>();
        settings.forEach((key, value) -> {
            System.setProperty(key, value);
            if (key.startsWith(HADOOP_PREFIX)) {
                String hadoopKey = key.substring(HADOOP_PREFIX.length());
                before.put(hadoopKey, hadoop.getRaw(hadoopKey));
                hadoop.set(hadoopKey, value);
            }
        });
        return () -> {
            settings.keySet().forEach(System::clearProperty);
            before.forEach((key, value) -> {
                if (value == null) {
                    hadoop.unset(key);
                } else {
                    hadoop.set(key, value);
                }
            });
        };
    }

    /** Settings applied by {@link #submitSettings(Map)}, taken away on close. */
    public interface SubmitSettings extends AutoCloseable {
        @Override
        void close();
    }
}
