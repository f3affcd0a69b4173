package org.newsdrift.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a topic's top terms are ranked: by probability, ties to the term in fewer articles. */
class TopTermsTest {
    // The vocabulary's order: document frequency, then alphabetical ("korea" in most articles, "shells" in fewest).
    private static final String[] VOCABULARY = {"korea", "russia", "treaty", "artillery", "shells"};

    private static List<String> top(Map<String, Double> topic, int n) {
        List<List<String>> terms = new ArrayList<>();
        List<List<Double>> weights = new ArrayList<>();
        TopicDistributions.topTerms(List.of(topic), VOCABULARY, n, terms, weights);
        return terms.get(0);
    }

    @Test
    void termsAreRankedByProbability() {
        assertThat(top(Map.of("korea", 0.1, "russia", 0.4, "treaty", 0.2, "artillery", 0.05, "shells", 0.25), 3))
                .containsExactly("russia", "shells", "treaty");
    }

    @Test
    void aTieGoesToTheTermInFewerArticles() {
        Map<String, Double> topic = Map.of("korea", 0.2, "russia", 0.1, "treaty", 0.2, "artillery", 0.3, "shells", 0.2);
        assertThat(top(topic, 5)).containsExactly("artillery", "shells", "treaty", "korea", "russia");
        assertThat(top(topic, 2)).containsExactly("artillery", "shells");
    }
}
