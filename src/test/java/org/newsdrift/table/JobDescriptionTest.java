package org.newsdrift.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdrift.SparkTestSession;
import org.newsdrift.StartedJobs;

/** An operation's description names the jobs its actions start, and its end gives back the description before. */
class JobDescriptionTest {
    private static final String PROPERTY = "spark.job.description";
    private static SparkSession spark;
    private static SparkContext context;

    @BeforeAll
    static void startSpark() {
        spark = SparkTestSession.get();
        context = spark.sparkContext();
    }

    /** The test thread is shared with every other test class, which may have left a description on it. */
    @BeforeEach
    void startWithoutDescription() {
        context.setLocalProperty(PROPERTY, null);
    }

    @Test
    void closingGivesBackTheDescriptionBefore() {
        try (JobDescription step = JobDescription.of(spark, "step")) {
            try (JobDescription operation = JobDescription.of(context, "operation")) {
                assertThat(description()).isEqualTo("operation");
                operation.update("operation, second phase");
                assertThat(description()).isEqualTo("operation, second phase");
            }
            assertThat(description()).isEqualTo("step");
        }
        assertThat(description()).isNull();
    }

    @Test
    void anOperationThatFailsStillGivesItBack() {
        try (JobDescription step = JobDescription.of(spark, "step")) {
            assertThatThrownBy(() -> {
                        try (JobDescription operation = JobDescription.of(spark, "failing operation")) {
                            throw new IllegalStateException("failed");
                        }
                    })
                    .hasMessage("failed");
            assertThat(description()).isEqualTo("step");
        }
    }

    @Test
    void aJobIsNamedWhenItsActionRunsNotWhenItsDatasetIsDefined() {
        try (StartedJobs jobs = new StartedJobs(spark)) {
            Dataset<Long> defined;
            try (JobDescription counting = JobDescription.of(spark, "counting")) {
                assertThat(spark.range(10).count()).isEqualTo(10);
                defined = spark.range(5);
            }
            try (JobDescription collecting = JobDescription.of(spark, "collecting")) {
                assertThat(defined.collectAsList()).hasSize(5);
            }
            List<String> named = jobs.descriptions().stream().distinct().toList();
            assertThat(named).containsExactly("counting", "collecting");
        }
    }

    private static String description() {
        return context.getLocalProperty(PROPERTY);
    }
}
