package org.newsdrift.model;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * TF-IDF of the canonical articles. Close it once the weights are written: it holds the articles' term counts in
 * Spark's cache, which every read of the weights starts from.
 *
 * @param weights every non-zero weight: article_id, term, tfidf
 * @param articleTerms the top terms per article: article_id, term, tfidf, rank
 * @param vocabularySize terms in the fitted vocabulary
 * @param counts the cached term counts (article_id, tf), or null when there is no vocabulary
 */
public record TfIdfResult(Dataset<Row> weights, Dataset<Row> articleTerms, int vocabularySize, Dataset<Row> counts)
        implements AutoCloseable {

    @Override
    public void close() {
        if (counts != null) {
            counts.unpersist();
        }
    }
}
