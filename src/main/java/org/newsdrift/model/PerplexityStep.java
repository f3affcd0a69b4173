package org.newsdrift.model;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;

import org.apache.spark.ml.clustering.LocalLDAModel;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;

/** Per-token perplexity of articles under a fitted model: how a fit is judged on held-out articles, and drift. */
final class PerplexityStep {
    private PerplexityStep() {}

    /** Per-token perplexity of articles under a model; NaN when none has a vocabulary term. */
    static double of(CountVectorizerModel vectorizer, LocalLDAModel model, Dataset<Row> docs) {
        return ofCounts(model, TopicModelStep.withCounts(vectorizer, TopicModelStep.arrange(docs)));
    }

    /**
     * exp(−log-likelihood per token), each article's likelihood being Π p(w) over its tokens with p(w) = Σ_t
     * θ(t) β(t, w), θ inferred for the article and β the topics. Spark's own {@code logPerplexity} adds the
     * variational bound of the whole topic matrix to the articles' likelihood, which swamps it on a small held-out
     * set, so it is not used.
     */
    static double ofCounts(LocalLDAModel model, Dataset<Row> counts) {
        double[][] normalised = TopicDistributions.normalisedColumns(model.topicsMatrix());
        int k = normalised.length;
        int vocabulary = k == 0 ? 0 : normalised[0].length;
        double[] beta = new double[vocabulary * k];
        for (int t = 0; t < k; t++) {
            for (int w = 0; w < vocabulary; w++) {
                beta[w * k + t] = normalised[t][w];
            }
        }
        UDF2<Vector, Vector, Double> logLikelihood = (tokens, theta) -> {
            double sum = 0;
            double[] mix = theta.toArray();
            int[] indices = tokens.toSparse().indices();
            double[] values = tokens.toSparse().values();
            for (int i = 0; i < indices.length; i++) {
                double p = 0;
                for (int t = 0; t < k; t++) {
                    p += mix[t] * beta[indices[i] * k + t];
                }
                sum += values[i] * Math.log(Math.max(p, Double.MIN_NORMAL));
            }
            return sum;
        };
        Row totals = model.setFeaturesCol(TopicModelStep.COUNTS)
                .setTopicDistributionCol(TopicModelStep.DISTRIBUTION)
                .transform(counts)
                .agg(
                        sum(udf(logLikelihood, DataTypes.DoubleType)
                                .apply(col(TopicModelStep.COUNTS), col(TopicModelStep.DISTRIBUTION))),
                        sum(TopicModelStep.tokenCount(col(TopicModelStep.COUNTS))))
                .first();
        if (totals.isNullAt(1) || totals.getDouble(1) == 0) {
            return Double.NaN;
        }
        return Math.exp(-totals.getDouble(0) / totals.getDouble(1));
    }
}
