package org.newsdrift.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.clustering.LocalLDAModel;
import org.apache.spark.ml.linalg.Matrix;

/** A fitted model's topics as term distributions, and each topic's most probable terms. */
final class TopicDistributions {
    private TopicDistributions() {}

    /** Each topic's term distribution, by topic index. */
    static List<Map<String, Double>> distributions(LocalLDAModel model, String[] vocabulary) {
        return distributions(model.topicsMatrix(), vocabulary);
    }

    /** Columns of the vocabulary × k matrix, each normalised to a distribution. */
    private static List<Map<String, Double>> distributions(Matrix topics, String[] vocabulary) {
        List<Map<String, Double>> out = new ArrayList<>();
        for (double[] column : normalisedColumns(topics)) {
            Map<String, Double> distribution = new HashMap<>();
            for (int w = 0; w < vocabulary.length; w++) {
                distribution.put(vocabulary[w], column[w]);
            }
            out.add(distribution);
        }
        return out;
    }

    /** Each column (topic) of the vocabulary × k matrix divided by its sum, as {@code [topic][term]}. */
    static double[][] normalisedColumns(Matrix topics) {
        double[][] out = new double[topics.numCols()][topics.numRows()];
        for (int t = 0; t < topics.numCols(); t++) {
            double total = 0;
            for (int w = 0; w < topics.numRows(); w++) {
                total += topics.apply(w, t);
            }
            for (int w = 0; w < topics.numRows(); w++) {
                out[t][w] = topics.apply(w, t) / total;
            }
        }
        return out;
    }

    /**
     * Each topic's {@code n} most probable terms. Ties (frequent on a small corpus, where many terms have the same
     * count in a topic) go to the term in fewer articles, which says more about the topic than a common one: the term
     * later in the vocabulary, whose order is document frequency, then alphabetical ({@link Vocabulary}). MALLET
     * ranks a topic's words the same way (equal counts: the higher word index first).
     */
    static void topTerms(
            List<Map<String, Double>> distributions,
            String[] vocabulary,
            int n,
            List<List<String>> terms,
            List<List<Double>> weights) {
        Map<String, Integer> position = GibbsLdaStep.index(vocabulary);
        Comparator<Map.Entry<String, Double>> byPosition = Comparator.comparing(e -> position.get(e.getKey()));
        for (Map<String, Double> distribution : distributions) {
            List<Map.Entry<String, Double>> ranked = new ArrayList<>(distribution.entrySet());
            ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(byPosition.reversed()));
            List<Map.Entry<String, Double>> top = ranked.subList(0, Math.min(n, ranked.size()));
            terms.add(top.stream().map(Map.Entry::getKey).toList());
            weights.add(top.stream().map(Map.Entry::getValue).toList());
        }
    }
}
