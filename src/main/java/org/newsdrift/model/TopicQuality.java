package org.newsdrift.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Coherence of one topic's top terms from document co-occurrence: mean NPMI over all pairs (in [-1, 1]; higher
 * means the terms really appear together) and mean UMass over ordered pairs (log of conditional document
 * probability, at most 0; closer to 0 is better).
 */
public record TopicQuality(double npmi, double umass) {
    /** Smoothing of a pair never seen together, as commonly used for NPMI (Röder et al. 2015). */
    static final double EPSILON = 1e-12;

    /** @param topTerms the topic's terms, highest weight first */
    public static TopicQuality of(List<String> topTerms, CoOccurrence counts) {
        double n = counts.documents();
        double npmi = 0;
        double umass = 0;
        int pairs = 0;
        for (int m = 1; m < topTerms.size(); m++) {
            for (int l = 0; l < m; l++) {
                String later = topTerms.get(m);
                String earlier = topTerms.get(l);
                double together = counts.documentFrequency(later, earlier);
                double pLater = counts.documentFrequency(later) / n;
                double pEarlier = counts.documentFrequency(earlier) / n;
                double pTogether = together / n;
                if (pLater == 0 || pEarlier == 0) {
                    npmi += -1;
                } else {
                    double pmi = Math.log((pTogether + EPSILON) / (pLater * pEarlier));
                    npmi += pmi / -Math.log(pTogether + EPSILON);
                }
                umass += Math.log((together + 1) / Math.max(1.0, counts.documentFrequency(earlier)));
                pairs++;
            }
        }
        return pairs == 0 ? new TopicQuality(0, 0) : new TopicQuality(npmi / pairs, umass / pairs);
    }

    /** Share of distinct terms among all topics' top terms: 1 when no two topics share a top term. */
    public static double diversity(List<List<String>> topTermsPerTopic) {
        Set<String> distinct = new HashSet<>();
        int all = 0;
        for (List<String> terms : topTermsPerTopic) {
            distinct.addAll(terms);
            all += terms.size();
        }
        return all == 0 ? 0 : distinct.size() / (double) all;
    }
}
