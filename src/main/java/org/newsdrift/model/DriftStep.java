package org.newsdrift.model;

import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Measures how far tonight's articles drifted from a saved version: vocabulary coverage and perplexity. */
final class DriftStep {
    private DriftStep() {}

    /** @param tonight tonight's relevant articles with article_id and terms */
    static Drift measure(ModelStore.Saved model, Dataset<Row> tonight) {
        Row totals = TopicModelStep.score(model.vectorizer(), model.lda(), tonight)
                .agg(sum(TopicModelStep.N_TERMS), sum(TopicModelStep.N_KNOWN))
                .first();
        if (totals.isNullAt(0) || totals.getLong(0) == 0) {
            return new Drift(null, null);
        }
        double oovRate = 1 - totals.getLong(1) / (double) totals.getLong(0);
        double perplexity = PerplexityStep.of(model.vectorizer(), model.lda(), tonight);
        double ratio = Double.isNaN(perplexity) || Double.isNaN(model.metadata().perplexity())
                ? Double.NaN
                : perplexity / model.metadata().perplexity();
        return new Drift(oovRate, Double.isNaN(ratio) ? null : ratio);
    }
}
