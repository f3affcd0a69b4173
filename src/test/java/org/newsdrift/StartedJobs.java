package org.newsdrift;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;

/**
 * Keeps the description of every Spark job started while open, as the Spark UI and the event log show it: what a
 * job is called is decided when its action runs, so only the jobs themselves tell a test which name they got.
 */
public final class StartedJobs implements AutoCloseable {
    private final SparkContext context;
    private final List<String> descriptions = Collections.synchronizedList(new ArrayList<>());
    private final SparkListener listener = new SparkListener() {
        @Override
        public void onJobStart(SparkListenerJobStart start) {
            descriptions.add(
                    start.properties() == null ? null : start.properties().getProperty("spark.job.description"));
        }
    };

    public StartedJobs(SparkSession spark) {
        this.context = spark.sparkContext();
        context.addSparkListener(listener);
    }

    /** The descriptions of the jobs started so far, in order (null for a job without one). */
    public List<String> descriptions() {
        // Listeners hear of jobs on the listener bus's own thread, after the job has started.
        try {
            context.listenerBus().waitUntilEmpty();
        } catch (TimeoutException e) {
            throw new IllegalStateException("Spark's listener bus did not catch up", e);
        }
        synchronized (descriptions) {
            return new ArrayList<>(descriptions);
        }
    }

    @Override
    public void close() {
        context.removeSparkListener(listener);
    }
}
