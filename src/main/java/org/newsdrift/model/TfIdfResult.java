package org.newsdrift.model;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * TF-IDF of the canonical articles.
 *
 * @param weights every non-zero weight: article_id, term, tfidf
 * @param articleTerms the top terms per article: article_id, term, tfidf, rank
 * @param vocabularySize terms in the fitted vocabulary
 */
public record TfIdfResult(Dataset<Row> weights, Dataset<Row> articleTerms, int vocabularySize) {}
