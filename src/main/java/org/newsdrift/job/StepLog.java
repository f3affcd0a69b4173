package org.newsdrift.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps of one run, in order. Starting a step names the Spark jobs that follow (their group in the Spark UI and
 * event log); ending it logs its duration and count and keeps both for the {@code runs} table and the manifest.
 *
 * <p>Spark evaluates lazily, so a step's time is the time spent between its start and its end: work planned by an
 * earlier step is paid by the step whose action runs it (the near-duplicate search, for instance, runs when the
 * articles are written).
 */
final class StepLog {
    private static final Logger LOG = LoggerFactory.getLogger(StepLog.class);

    /** One ended step: its name, wall seconds and the rows (or files) it produced; {@code rows} null when not counted. */
    record Step(String name, double seconds, Long rows) {}

    private final SparkSession spark;
    private final RunContext run;
    private final List<Step> ended = new ArrayList<>();
    private String current;
    private long startedNanos;

    StepLog(SparkSession spark, RunContext run) {
        this.spark = spark;
        this.run = run;
    }

    /** Starts a step, ending the one in progress (uncounted) if there is one. */
    void start(String name) {
        if (current != null) {
            end(null);
        }
        current = name;
        startedNanos = System.nanoTime();
        spark.sparkContext().setJobGroup(run.runId(), run.command() + " " + run.runDate() + ": " + name, false);
    }

    /** Ends the step in progress with what it produced ({@code null}: not counted). */
    void end(Long rows) {
        if (current == null) {
            throw new IllegalStateException("Cannot end a step: none was started");
        }
        Step step = new Step(current, (System.nanoTime() - startedNanos) / 1e9, rows);
        ended.add(step);
        current = null;
        LOG.info(
                "{}: done in {} s{}",
                step.name(),
                String.format(Locale.ROOT, "%.1f", step.seconds()),
                rows == null ? "" : " (" + rows + ")");
    }

    /** The ended steps, in order; a step still in progress (a run that failed inside it) is included, uncounted. */
    List<Step> steps() {
        List<Step> all = new ArrayList<>(ended);
        if (current != null) {
            all.add(new Step(current, (System.nanoTime() - startedNanos) / 1e9, null));
        }
        return List.copyOf(all);
    }
}
