package org.newsdrift.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives a new model version's topics the identities of the previous version's: topics are paired by the Hungarian
 * method on the Jensen–Shannon distance between their term distributions over the vocabulary both versions share,
 * and a pair closer than the threshold keeps the old topic id. Every other topic is born with a fresh id.
 */
public final class TopicAligner {
    private final double threshold;

    /** @param threshold largest JS distance (base 2, so in [0, 1]) at which two topics are the same topic */
    public TopicAligner(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException(
                    "Cannot align topics: threshold must be in (0, 1] (was " + threshold + ")");
        }
        this.threshold = threshold;
    }

    /** A previous version's topic: its id and its term distribution. */
    public record Topic(int topicId, Map<String, Double> terms) {}

    /**
     * One lineage event. {@code topicIndex} is the new model's topic index, or -1 for a previous topic that did not
     * survive; {@code matchedFrom} is always a previous version's topic id, or null.
     */
    public record Event(int topicIndex, int topicId, Integer matchedFrom, Double distance, String event) {}

    /**
     * @param previous the previous version's topics (empty for a first version)
     * @param current the new version's term distributions, by topic index
     * @param nextTopicId the first id never used before
     */
    public List<Event> align(List<Topic> previous, List<Map<String, Double>> current, int nextTopicId) {
        List<Event> events = new ArrayList<>();
        if (previous.isEmpty()) {
            for (int i = 0; i < current.size(); i++) {
                events.add(new Event(i, nextTopicId + i, null, null, "born"));
            }
            return events;
        }
        Set<String> shared = new HashSet<>(previous.get(0).terms().keySet());
        shared.retainAll(current.isEmpty() ? Set.of() : current.get(0).keySet());
        double[][] distance = new double[current.size()][previous.size()];
        for (int i = 0; i < current.size(); i++) {
            for (int j = 0; j < previous.size(); j++) {
                distance[i][j] =
                        jensenShannonDistance(current.get(i), previous.get(j).terms(), shared);
            }
        }
        int[] assigned = Hungarian.assign(distance);
        boolean[] continued = new boolean[previous.size()];
        int[] idOfNew = new int[current.size()];
        for (int i = 0; i < current.size(); i++) {
            int j = assigned[i];
            if (j >= 0 && distance[i][j] <= threshold) {
                continued[j] = true;
                idOfNew[i] = previous.get(j).topicId();
                events.add(new Event(i, idOfNew[i], idOfNew[i], distance[i][j], "continued"));
            } else {
                idOfNew[i] = -1;
            }
        }
        int fresh = nextTopicId;
        for (int i = 0; i < current.size(); i++) {
            if (idOfNew[i] >= 0) {
                continue;
            }
            int nearest = argmin(distance[i]);
            idOfNew[i] = fresh++;
            boolean split = distance[i][nearest] <= threshold && continued[nearest];
            events.add(new Event(
                    i,
                    idOfNew[i],
                    split ? previous.get(nearest).topicId() : null,
                    distance[i][nearest],
                    split ? "split" : "born"));
        }
        for (int j = 0; j < previous.size(); j++) {
            if (continued[j]) {
                continue;
            }
            int nearest = 0;
            for (int i = 1; i < current.size(); i++) {
                nearest = distance[i][j] < distance[nearest][j] ? i : nearest;
            }
            int oldId = previous.get(j).topicId();
            boolean merged = !current.isEmpty() && distance[nearest][j] <= threshold;
            events.add(
                    merged
                            ? new Event(nearest, idOfNew[nearest], oldId, distance[nearest][j], "merged")
                            : new Event(-1, oldId, oldId, current.isEmpty() ? null : distance[nearest][j], "died"));
        }
        return events;
    }

    /**
     * Square root of the Jensen–Shannon divergence (log base 2) of two distributions restricted to {@code support}
     * and renormalised there: 0 for identical topics, 1 for topics with no term in common.
     */
    static double jensenShannonDistance(Map<String, Double> p, Map<String, Double> q, Set<String> support) {
        double pTotal = 0;
        double qTotal = 0;
        for (String term : support) {
            pTotal += p.getOrDefault(term, 0.0);
            qTotal += q.getOrDefault(term, 0.0);
        }
        if (pTotal <= 0 || qTotal <= 0) {
            return 1.0;
        }
        double divergence = 0;
        for (String term : support) {
            double a = p.getOrDefault(term, 0.0) / pTotal;
            double b = q.getOrDefault(term, 0.0) / qTotal;
            double m = (a + b) / 2;
            if (a > 0) {
                divergence += 0.5 * a * Math.log(a / m);
            }
            if (b > 0) {
                divergence += 0.5 * b * Math.log(b / m);
            }
        }
        return Math.sqrt(Math.max(0, Math.min(1, divergence / Math.log(2))));
    }

    private static int argmin(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            best = values[i] < values[best] ? i : best;
        }
        return best;
    }
}
