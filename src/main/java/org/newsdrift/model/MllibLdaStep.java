package org.newsdrift.model;

import org.apache.spark.ml.clustering.DistributedLDAModel;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.clustering.LocalLDAModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsdrift.config.LdaConfig;
import org.newsdrift.table.JobDescription;

/** Fits LDA with Spark MLlib's online or em optimizer, on the term-count vectors {@link TopicModelStep} makes. */
final class MllibLdaStep {
    private MllibLdaStep() {}

    /** Fits with Spark MLlib's online or em optimizer; {@code counts} must not be cached (see the caller). */
    static LocalLDAModel fit(Dataset<Row> counts, LdaConfig config, int k, long seed) {
        SparkSession spark = counts.sparkSession();
        // The online optimizer samples its input at every iteration. MLlib's LDA caches the vectors it samples, and
        // drops them after the fit, only when its input is not cached: given cached rows, it would convert them to
        // vectors again at every iteration (and warn that its input is not cached).
        counts.unpersist();
        LDA lda = new LDA()
                .setK(k)
                .setMaxIter(config.maxIterations())
                .setSeed(seed)
                .setOptimizer(config.optimizer())
                .setFeaturesCol(TopicModelStep.COUNTS)
                .setTopicDistributionCol(TopicModelStep.DISTRIBUTION);
        if (config.optimizer().equals("online")) {
            lda.setSubsamplingRate(config.subsamplingRate());
            if (config.learningOffset() != null) {
                lda.setLearningOffset(config.learningOffset());
            }
            if (config.learningDecay() != null) {
                lda.setLearningDecay(config.learningDecay());
            }
        }
        if (config.docConcentration() != null) {
            lda.setDocConcentration(config.docConcentration());
        }
        if (config.topicConcentration() != null) {
            lda.setTopicConcentration(config.topicConcentration());
        }
        try (JobDescription job = JobDescription.of(spark, "topics: fit LDA k=" + k + " seed=" + seed)) {
            LDAModel fitted = lda.fit(counts);
            return fitted instanceof DistributedLDAModel distributed ? distributed.toLocal() : (LocalLDAModel) fitted;
        }
    }
}
