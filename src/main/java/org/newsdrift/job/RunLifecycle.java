package org.newsdrift.job;

import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/**
 * One run from start to record, the same for nightly, backfill and retrain: the output readied, the steps logged, and
 * the run recorded in the {@code runs} table and its manifest as succeeded or failed.
 */
final class RunLifecycle {
    private final StepLog steps;
    private final RunRecorder recorder;

    private RunLifecycle(StepLog steps, RunRecorder recorder) {
        this.steps = steps;
        this.recorder = recorder;
    }

    /** Readies the output for {@code run} (a failure here is not recorded: the output may not be writable). */
    static RunLifecycle start(SparkSession spark, RunContext run) {
        SparkSessions.prepareOutput(spark, run);
        StepLog steps = new StepLog(spark, run);
        return new RunLifecycle(steps, new RunRecorder(spark, run, steps));
    }

    /** The run's steps, for its work to start and end. */
    StepLog steps() {
        return steps;
    }

    /** Runs the run's work; when it fails, the run is recorded as failed and the error passed on. */
    <T> T perform(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            recordFailure(e);
            throw e;
        }
    }

    /** Records the run as succeeded: it comes last, so a succeeded run's tables are all written. */
    void succeeded(NightlyResult result) {
        recorder.succeeded(result);
    }

    /** Records a failed run, keeping the run's own error when recording fails too. */
    private void recordFailure(RuntimeException e) {
        try {
            recorder.failed(e);
        } catch (RuntimeException secondary) {
            e.addSuppressed(secondary);
        }
    }
}
