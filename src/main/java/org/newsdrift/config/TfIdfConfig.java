package org.newsdrift.config;

import java.io.Serializable;

/**
 * TF-IDF vocabulary and output sizes.
 *
 * @param vocabSize the most frequent terms kept
 * @param minDf a term must occur in at least this many articles
 * @param topTermsPerArticle rows per article in {@code article_terms}
 * @param maxTrendRank rows per period and scope in {@code term_trends}
 * @param burstWindow trailing periods a term's weight is compared with for {@code burst_z}
 * @param burstMinDocFreq a term needs this many articles in the period before it can burst
 */
public record TfIdfConfig(
        int vocabSize, int minDf, int topTermsPerArticle, int maxTrendRank, int burstWindow, int burstMinDocFreq)
        implements Serializable {

    public TfIdfConfig {
        ConfigException.require(
                vocabSize >= 10,
                "Cannot use tfidf config: tfidf.vocab_size must be at least 10 (was " + vocabSize + ")");
        ConfigException.require(
                minDf >= 1, "Cannot use tfidf config: tfidf.min_df must be at least 1 (was " + minDf + ")");
        ConfigException.require(
                topTermsPerArticle >= 1,
                "Cannot use tfidf config: tfidf.top_terms_per_article must be at least 1 (was " + topTermsPerArticle
                        + ")");
        ConfigException.require(
                maxTrendRank >= 1,
                "Cannot use tfidf config: tfidf.max_trend_rank must be at least 1 (was " + maxTrendRank + ")");
        ConfigException.require(
                burstWindow >= 2,
                "Cannot use tfidf config: tfidf.burst_window must be at least 2 (was " + burstWindow + ")");
        ConfigException.require(
                burstMinDocFreq >= 1,
                "Cannot use tfidf config: tfidf.burst_min_doc_freq must be at least 1 (was " + burstMinDocFreq + ")");
    }
}
