package org.newsdrift.table;

import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Names the Spark jobs of one operation in the Spark UI and event log, and gives the name they had before back when
 * the operation ends: {@code try (JobDescription d = JobDescription.of(spark, "merge articles")) { ... }}. An
 * operation inside a run's step shows under its own name and leaves the step's name to the jobs that follow.
 */
public final class JobDescription implements AutoCloseable {
    /** The local property Spark reads a job's description from. */
    private static final String PROPERTY = "spark.job.description";

    private final SparkContext context;
    private final String previous;

    private JobDescription(SparkContext context, String description) {
        this.context = context;
        this.previous = context.getLocalProperty(PROPERTY);
        context.setJobDescription(description);
    }

    /** Sets {@code description} for the Spark jobs this thread starts until {@link #close()}. */
    public static JobDescription of(SparkSession spark, String description) {
        return new JobDescription(spark.sparkContext(), description);
    }

    /** Sets {@code description} on the thread's context, then {@link #close()} restores the one before. */
    public static JobDescription of(SparkContext context, String description) {
        return new JobDescription(context, description);
    }

    /** Changes the description while the operation runs (one phase of several); {@link #close()} still restores. */
    public void update(String description) {
        context.setJobDescription(description);
    }

    /** Restores the description the thread had when this was made (none, if it had none). */
    @Override
    public void close() {
        context.setJobDescription(previous);
    }
}
