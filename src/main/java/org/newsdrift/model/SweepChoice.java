package org.newsdrift.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chooses the number of topics from a sweep: among the k whose seeds agree (stability at least the minimum; all k
 * when none does), the highest mean NPMI over seeds, a smaller k winning ties within {@link #TIE}; then that k's
 * seed with the highest NPMI.
 */
public final class SweepChoice {
    /** NPMI differences this small are noise between seeds, so they do not justify more topics. */
    static final double TIE = 0.005;

    private SweepChoice() {}

    /** One fitted setting of a sweep. */
    public record Candidate(int k, long seed, double npmi) {}

    /**
     * Share of topics that two fits with the same k but different seeds agree on: topics matched under the threshold
     * by {@link TopicAligner}, averaged over all pairs of seeds; 1 with a single seed.
     */
    public static double stability(List<List<Map<String, Double>>> fitsOfOneK, TopicAligner aligner) {
        if (fitsOfOneK.size() < 2) {
            return 1.0;
        }
        double total = 0;
        int pairs = 0;
        for (int a = 0; a < fitsOfOneK.size(); a++) {
            for (int b = a + 1; b < fitsOfOneK.size(); b++) {
                List<TopicAligner.Topic> previous = new ArrayList<>();
                List<Map<String, Double>> first = fitsOfOneK.get(a);
                for (int i = 0; i < first.size(); i++) {
                    previous.add(new TopicAligner.Topic(i, first.get(i)));
                }
                long continued = aligner.align(previous, fitsOfOneK.get(b), first.size()).stream()
                        .filter(e -> e.event().equals("continued"))
                        .count();
                total += continued / (double) first.size();
                pairs++;
            }
        }
        return total / pairs;
    }

    /** @return the chosen candidate */
    public static Candidate choose(List<Candidate> candidates, Map<Integer, Double> stabilityByK, double minStability) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("Cannot choose k: the sweep fitted no model");
        }
        Map<Integer, Double> meanNpmi = new TreeMap<>();
        Map<Integer, Integer> seeds = new TreeMap<>();
        for (Candidate c : candidates) {
            meanNpmi.merge(c.k(), c.npmi(), Double::sum);
            seeds.merge(c.k(), 1, Integer::sum);
        }
        meanNpmi.replaceAll((k, sum) -> sum / seeds.get(k));
        boolean anyStable = meanNpmi.keySet().stream().anyMatch(k -> stabilityByK.getOrDefault(k, 1.0) >= minStability);
        Integer bestK = null;
        for (Map.Entry<Integer, Double> entry : meanNpmi.entrySet()) {
            int k = entry.getKey();
            if (anyStable && stabilityByK.getOrDefault(k, 1.0) < minStability) {
                continue;
            }
            // Ascending k: a larger k must beat the best so far by more than the tie margin.
            if (bestK == null || entry.getValue() > meanNpmi.get(bestK) + TIE) {
                bestK = k;
            }
        }
        int chosenK = bestK;
        return candidates.stream()
                .filter(c -> c.k() == chosenK)
                .max(Comparator.comparingDouble(Candidate::npmi)
                        .thenComparing(Candidate::seed, Comparator.reverseOrder()))
                .orElseThrow();
    }
}
