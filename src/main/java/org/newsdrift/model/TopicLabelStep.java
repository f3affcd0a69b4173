package org.newsdrift.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newsdrift.config.RunConfig;
import org.newsdrift.text.SurfaceFormStep;

/** Readable topic labels: each topic's first top terms in the form the relevant articles write them most often. */
final class TopicLabelStep {
    private static final int LABEL_TERMS = 3;

    private TopicLabelStep() {}

    /**
     * @param texts relevant canonical articles with article_id, title, text and language
     * @return a label per topic index, its terms joined by " / "
     */
    static List<String> labels(TopicFit fit, Dataset<Row> texts, RunConfig config) {
        Set<String> wanted = new HashSet<>();
        fit.topTerms().forEach(terms -> wanted.addAll(terms.subList(0, Math.min(LABEL_TERMS, terms.size()))));
        Map<String, String> forms = SurfaceFormStep.mostFrequent(
                TopicModelStep.training(texts), wanted, config.job().text(), config.subject());
        List<String> labels = new ArrayList<>();
        for (List<String> terms : fit.topTerms()) {
            List<String> words = new ArrayList<>();
            for (String term : terms.subList(0, Math.min(LABEL_TERMS, terms.size()))) {
                words.add(forms.getOrDefault(term, term));
            }
            labels.add(String.join(" / ", words));
        }
        return labels;
    }
}
