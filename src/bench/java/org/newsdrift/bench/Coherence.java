package org.newsdrift.bench;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newsdrift.model.CoOccurrence;
import org.newsdrift.model.CoOccurrenceStep;
import org.newsdrift.model.TopicQuality;

/**
 * The one evaluator every contender is scored with: newsdrift's own document co-occurrence count
 * ({@link CoOccurrenceStep}) and {@link TopicQuality} over each topic's top-10 terms.
 */
final class Coherence {
    static final int TERMS = 10;

    private Coherence() {}

    /** Quality of topics whose top terms are given, counted over the {@code terms} arrays of {@code reference}. */
    static Scores of(List<List<String>> topTerms, Dataset<Row> reference) {
        List<List<String>> top = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (List<String> terms : topTerms) {
            List<String> first = List.copyOf(terms.subList(0, Math.min(TERMS, terms.size())));
            top.add(first);
            words.addAll(first);
        }
        CoOccurrence counts = CoOccurrenceStep.count(reference, words);
        double npmi = 0;
        double umass = 0;
        for (List<String> terms : top) {
            TopicQuality quality = TopicQuality.of(terms, counts);
            npmi += quality.npmi();
            umass += quality.umass();
        }
        return new Scores(npmi / top.size(), umass / top.size(), TopicQuality.diversity(top), top);
    }

    /** Mean NPMI and UMass over topics, diversity of their top terms, and the top terms themselves. */
    record Scores(double npmi, double umass, double diversity, List<List<String>> topTerms) {}
}
