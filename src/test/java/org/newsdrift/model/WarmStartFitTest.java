package org.newsdrift.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdrift.SparkTestSession;
import org.newsdrift.config.LdaConfig;

/** Gibbs refits that start from the previous version's topics keep each topic where it was. */
class WarmStartFitTest {
    private static final LdaConfig GIBBS =
            new LdaConfig(3, 60, 1L, "gibbs", 0.5, 3, 1.0, 100, 5, 10, null, null, null, null, null);
    private static final List<String> SPORT = List.of("match", "goal", "team", "leagu", "coach");

    private static SparkSession spark;
    private static Dataset<Row> docs;
    private static TopicFit previous;

    @BeforeAll
    static void fitPrevious() {
        spark = SparkTestSession.get();
        docs = TopicCorpus.of(spark, 30, List.of(TopicCorpus.MILITARY, TopicCorpus.FARMING, TopicCorpus.TRADE))
                .cache();
        previous = TopicModelStep.fit(docs, GIBBS, 3, 1L);
    }

    /** Topic indices of {@code fit} that continue the previous topic of the same index. */
    private static List<Integer> keptInPlace(TopicFit earlier, TopicFit fit) {
        List<TopicAligner.Topic> before = new ArrayList<>();
        for (int t = 0; t < earlier.k(); t++) {
            before.add(new TopicAligner.Topic(t, earlier.distributions().get(t)));
        }
        List<Integer> kept = new ArrayList<>();
        for (TopicAligner.Event e : new TopicAligner(0.5).align(before, fit.distributions(), earlier.k())) {
            if (e.event().equals("continued") && e.topicIndex() == e.topicId()) {
                kept.add(e.topicIndex());
            }
        }
        return kept;
    }

    @Test
    void aWarmRefitOnTheSameArticlesKeepsEveryTopicAtItsIndexWhereColdRefitsNeedNot() {
        List<Map<String, Double>> from = previous.distributions();
        for (long seed : new long[] {2L, 3L, 4L}) {
            TopicFit warm = TopicModelStep.fit(docs, GIBBS, 3, seed, from);
            assertThat(keptInPlace(previous, warm)).as("warm, seed %d", seed).containsExactly(0, 1, 2);
        }
        // Cold fits find the same three themes but in an order of their own: at least one of these seeds moves one.
        int coldKept = 0;
        for (long seed : new long[] {2L, 3L, 4L}) {
            coldKept += keptInPlace(previous, TopicModelStep.fit(docs, GIBBS, 3, seed))
                    .size();
        }
        assertThat(coldKept).isLessThan(9);
    }

    @Test
    void aWarmStartWorksWhenTheVocabulariesOnlyPartlyOverlap() {
        // Tonight's articles: the trade theme is gone and a sport theme is new; their terms are not in the previous
        // vocabulary and start uniformly.
        Dataset<Row> shifted = TopicCorpus.of(spark, 30, List.of(TopicCorpus.MILITARY, TopicCorpus.FARMING, SPORT));
        TopicFit warm = TopicModelStep.fit(shifted, GIBBS, 3, 5L, previous.distributions());
        assertThat(warm).isNotNull();
        List<String> vocabulary = List.of(warm.vectorizer().vocabulary());
        assertThat(vocabulary).contains("goal").doesNotContain("cargo");
        // The two themes both versions have keep their indices.
        List<Integer> kept = keptInPlace(previous, warm);
        int military = indexOfTheme(previous, TopicCorpus.MILITARY);
        int farming = indexOfTheme(previous, TopicCorpus.FARMING);
        assertThat(kept).contains(military, farming);
        assertThat(indexOfTheme(warm, SPORT)).isNotIn(military, farming);
    }

    private static int indexOfTheme(TopicFit fit, List<String> theme) {
        for (int t = 0; t < fit.k(); t++) {
            if (theme.containsAll(fit.topTerms().get(t).subList(0, 5))) {
                return t;
            }
        }
        return -1;
    }
}
