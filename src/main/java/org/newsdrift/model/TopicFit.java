package org.newsdrift.model;

import java.util.List;
import java.util.Map;
import org.apache.spark.ml.clustering.LocalLDAModel;
import org.apache.spark.ml.feature.CountVectorizerModel;

/**
 * One fitted LDA model with its vocabulary and quality: coherence from document co-occurrence over the training
 * articles, diversity of the top terms, and perplexity on the held-out articles.
 *
 * @param trainingHash order-independent hash of the training articles' ids
 * @param topTerms each topic's top terms, highest weight first, by topic index
 * @param topTermWeights their weights in the topic's term distribution
 * @param distributions each topic's whole term distribution, by topic index
 * @param quality each topic's coherence, by topic index
 * @param perplexity per-token perplexity on the held-out articles; NaN when none was held out
 * @param inferencer what MALLET's inferencer needs to score articles (Gibbs fits), or null (online and em)
 */
public record TopicFit(
        CountVectorizerModel vectorizer,
        LocalLDAModel lda,
        int k,
        long seed,
        long trainingDocuments,
        long heldOutDocuments,
        String vocabularyHash,
        String trainingHash,
        List<List<String>> topTerms,
        List<List<Double>> topTermWeights,
        List<Map<String, Double>> distributions,
        List<TopicQuality> quality,
        double diversity,
        double perplexity,
        InferencerCounts inferencer) {

    public double meanNpmi() {
        return quality.stream().mapToDouble(TopicQuality::npmi).average().orElse(Double.NaN);
    }

    public double meanUmass() {
        return quality.stream().mapToDouble(TopicQuality::umass).average().orElse(Double.NaN);
    }
}
