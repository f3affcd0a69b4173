package org.newsdrift.trends;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdrift.SparkTestSession;
import org.newsdrift.config.TfIdfConfig;

/** Coverage, term and topic trends on a handful of articles whose answers are worked out by hand. */
class TrendStepsTest {
    private static final StructType ARTICLES = new StructType()
            .add("article_id", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("language", DataTypes.StringType)
            .add("published_date", DataTypes.DateType)
            .add("relevant", DataTypes.BooleanType)
            .add("duplicate_of", DataTypes.StringType);
    private static final StructType DOC_TOPICS = new StructType()
            .add("article_id", DataTypes.StringType)
            .add("model_version", DataTypes.StringType)
            .add("topic_weights", DataTypes.createArrayType(DataTypes.DoubleType))
            .add("dominant_topic", DataTypes.IntegerType);
    private static final TfIdfConfig CONFIG = new TfIdfConfig(100, 1, 20, 10, 8, 3);
    private static SparkSession spark;
    private static Dataset<Row> articles;

    @BeforeAll
    static void startSpark() {
        spark = SparkTestSession.get();
        // 2024-10-07 is a Monday; 10-09 is in the same week, 10-14 in the next.
        articles = spark.createDataFrame(
                List.of(
                        article("a1", "KCNA", "2024-10-07", true),
                        article("a2", "KCNA", "2024-10-09", false),
                        article("a3", "TASS", "2024-10-09", true),
                        article("a4", "TASS", "2024-10-14", false),
                        article("a5", "TASS", null, true)),
                ARTICLES);
    }

    private static Row article(String id, String source, String day, boolean relevant) {
        return copy(id, source, day, relevant, null);
    }

    private static Row copy(String id, String source, String day, boolean relevant, String duplicateOf) {
        return RowFactory.create(
                id, source, "en", day == null ? null : Date.valueOf(LocalDate.parse(day)), relevant, duplicateOf);
    }

    private static Row only(Dataset<Row> rows) {
        List<Row> list = rows.collectAsList();
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    @Test
    void coverageCountsCopiesAsReachButAttentionOverCanonicalArticlesOnly() {
        // One relevant story run by three outlets, one unrelated story run twice, in the week of 2024-10-07.
        Dataset<Row> published = spark.createDataFrame(
                List.of(
                        copy("s1", "KCNA", "2024-10-07", true, null),
                        copy("s1-yonhap", "Yonhap", "2024-10-08", true, "s1"),
                        copy("s1-tass", "TASS", "2024-10-08", true, "s1"),
                        copy("s2", "TASS", "2024-10-09", false, null),
                        copy("s2-ria", "RIA", "2024-10-09", false, "s2")),
                ARTICLES);
        Row week = only(CoverageStep.run(published, List.of("week"))
                .filter(col("source").equalTo("*").and(col("language").equalTo("*"))));

        assertThat(week.<Long>getAs("n_articles")).isEqualTo(5L);
        assertThat(week.<Long>getAs("n_unique")).isEqualTo(2L);
        assertThat(week.<Long>getAs("n_relevant")).isEqualTo(3L);
        assertThat(week.<Long>getAs("n_relevant_unique")).isEqualTo(1L);
        assertThat(week.<Long>getAs("relevant_outlets")).isEqualTo(3L);
        assertThat(week.<Double>getAs("attention")).isCloseTo(0.5, within(1e-12));
        assertThat(week.<Double>getAs("attention_high")).isCloseTo(WilsonInterval.high(1, 2), within(1e-12));
    }

    @Test
    void aSourceThatOnlyCarriedCopiesHasReachButNoAttention() {
        Dataset<Row> published = spark.createDataFrame(
                List.of(
                        copy("s1", "KCNA", "2024-10-07", true, null),
                        copy("s1-tass", "TASS", "2024-10-08", true, "s1")),
                ARTICLES);
        Row tass = only(CoverageStep.run(published, List.of("week"))
                .filter(col("source").equalTo("TASS").and(col("language").equalTo("*"))));

        assertThat(tass.<Long>getAs("n_relevant")).isEqualTo(1L);
        assertThat(tass.<Long>getAs("n_unique")).isEqualTo(0L);
        assertThat(tass.<Double>getAs("attention")).isNull();
    }

    @Test
    void coverageCountsDatedArticlesPerWeekAndSourceWithAllSourcesRolledUp() {
        Dataset<Row> coverage = CoverageStep.run(articles, List.of("week", "month"));
        Row week = only(coverage.filter(col("granularity")
                .equalTo("week")
                .and(col("source").equalTo("*"))
                .and(col("language").equalTo("*"))
                .and(col("period_start").equalTo(Date.valueOf("2024-10-07")))));
        assertThat(week.<Long>getAs("n_articles")).isEqualTo(3L);
        assertThat(week.<Long>getAs("n_relevant")).isEqualTo(2L);
        assertThat(week.<Double>getAs("attention")).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(week.<Double>getAs("attention_low")).isCloseTo(WilsonInterval.low(2, 3), within(1e-12));

        Row tassMonth = only(coverage.filter(col("granularity")
                .equalTo("month")
                .and(col("source").equalTo("TASS"))
                .and(col("language").equalTo("en"))));
        assertThat(tassMonth.<Long>getAs("n_articles")).isEqualTo(2L);
        assertThat(tassMonth.<Date>getAs("period_start")).isEqualTo(Date.valueOf("2024-10-01"));
        // The undated a5 is in no period.
        assertThat(coverage.filter(col("source")
                                .equalTo("*")
                                .and(col("language").equalTo("*"))
                                .and(col("granularity").equalTo("month")))
                        .first()
                        .<Long>getAs("n_articles"))
                .isEqualTo(4L);
    }

    @Test
    void termTrendsAverageWeightsOverThePeriodsArticles() {
        StructType weightSchema = new StructType()
                .add("article_id", DataTypes.StringType)
                .add("term", DataTypes.StringType)
                .add("tfidf", DataTypes.DoubleType);
        Dataset<Row> weights = spark.createDataFrame(
                List.of(
                        RowFactory.create("a1", "treati", 3.0),
                        RowFactory.create("a3", "treati", 1.0),
                        RowFactory.create("a2", "harvest", 2.0)),
                weightSchema);
        Dataset<Row> trends = TermTrendsStep.run(articles, weights, List.of("week"), CONFIG)
                .filter(col("period_start").equalTo(Date.valueOf("2024-10-07")));

        Row all = only(trends.filter(col("scope").equalTo("all").and(col("term").equalTo("treati"))));
        assertThat(all.<Long>getAs("doc_freq")).isEqualTo(2L);
        assertThat(all.<Double>getAs("tfidf")).isCloseTo(4.0 / 3, within(1e-12));
        assertThat(all.<Integer>getAs("rank")).isEqualTo(1);
        Row relevant = only(
                trends.filter(col("scope").equalTo("relevant").and(col("term").equalTo("treati"))));
        assertThat(relevant.<Double>getAs("tfidf")).isCloseTo(2.0, within(1e-12));
        assertThat(trends.filter(
                                col("scope").equalTo("relevant").and(col("term").equalTo("harvest")))
                        .count())
                .isZero();
    }

    @Test
    void equalWeightsAddedInAnotherOrderTieAndRankByTerm() {
        // In floating point 0.3 + 0.2 + 0.1 = 0.6 but 0.1 + 0.2 + 0.3 = 0.6000000000000001: summed as doubles, in the
        // order of the rows, "b" would outrank "a" although both weigh 0.6 over the same three articles.
        List<Row> dated = new java.util.ArrayList<>();
        List<Row> weights = new java.util.ArrayList<>();
        double[] values = {0.3, 0.2, 0.1};
        for (int i = 0; i < values.length; i++) {
            dated.add(article("t" + i, "KCNA", "2024-10-07", false));
            weights.add(RowFactory.create("t" + i, "a", values[i]));
        }
        for (int i = 0; i < values.length; i++) {
            weights.add(RowFactory.create("t" + i, "b", values[values.length - 1 - i]));
        }
        StructType weightSchema = new StructType()
                .add("article_id", DataTypes.StringType)
                .add("term", DataTypes.StringType)
                .add("tfidf", DataTypes.DoubleType);
        for (int partitions : new int[] {1, 3}) {
            List<Row> ranked = TermTrendsStep.run(
                            spark.createDataFrame(dated, ARTICLES).coalesce(1),
                            spark.createDataFrame(weights, weightSchema).repartition(partitions),
                            List.of("week"),
                            CONFIG)
                    .filter(col("scope").equalTo("all"))
                    .orderBy("rank")
                    .collectAsList();
            assertThat(ranked)
                    .extracting(row -> row.getAs("term"))
                    .as("%d partitions", partitions)
                    .containsExactly("a", "b");
            assertThat(ranked.get(0).<Double>getAs("tfidf"))
                    .isEqualTo(ranked.get(1).<Double>getAs("tfidf"))
                    .isCloseTo(0.2, within(1e-9));
        }
    }

    @Test
    void aTermWellAboveItsTrailingWeeksBurstsAndRareTermsDoNot() {
        List<Row> dated = new java.util.ArrayList<>();
        List<Row> weights = new java.util.ArrayList<>();
        LocalDate monday = LocalDate.of(2024, 9, 2);
        for (int week = 0; week < 9; week++) {
            dated.add(article("w" + week, "KCNA", monday.plusWeeks(week).toString(), true));
            weights.add(RowFactory.create("w" + week, "treati", week % 2 == 0 ? 1.0 : 3.0));
        }
        for (int i = 0; i < 3; i++) {
            dated.add(article("b" + i, "KCNA", monday.plusWeeks(9).toString(), true));
            weights.add(RowFactory.create("b" + i, "treati", 9.0));
        }
        StructType weightSchema = new StructType()
                .add("article_id", DataTypes.StringType)
                .add("term", DataTypes.StringType)
                .add("tfidf", DataTypes.DoubleType);
        Dataset<Row> trends = TermTrendsStep.run(
                        spark.createDataFrame(dated, ARTICLES),
                        spark.createDataFrame(weights, weightSchema),
                        List.of("week"),
                        CONFIG)
                .filter(col("scope").equalTo("all"));

        // Weeks 1..8 alternate 3, 1: mean 2, standard deviation 1; week 9 averages 9 over 3 articles.
        Row burst = only(trends.filter(col("period_start").equalTo(Date.valueOf(monday.plusWeeks(9)))));
        assertThat(burst.<Double>getAs("burst_z")).isCloseTo(7.0, within(1e-9));
        Row quiet = only(trends.filter(col("period_start").equalTo(Date.valueOf(monday.plusWeeks(8)))));
        assertThat(quiet.<Double>getAs("burst_z"))
                .as("one article is below the minimum support")
                .isNull();
    }

    @Test
    void topicPrevalenceIsTheMeanWeightUnderStableIdsAndSumsToOnePerPeriod() {
        Dataset<Row> docTopics = spark.createDataFrame(
                List.of(
                        RowFactory.create("a1", "m", List.of(0.9, 0.1), 7),
                        RowFactory.create("a3", "m", List.of(0.3, 0.7), 3)),
                DOC_TOPICS);
        // Topic index 0 has the stable id 7, index 1 the id 3.
        Dataset<Row> trends = TopicTrendsStep.run(articles, docTopics, new int[] {7, 3}, List.of("week"))
                .filter(col("source").equalTo("*").and(col("language").equalTo("*")));

        assertThat(trends.select("topic_id").distinct().count()).isEqualTo(2);
        Row topic0 = only(trends.filter(col("topic_id").equalTo(7)));
        assertThat(topic0.<Double>getAs("prevalence")).isCloseTo(0.6, within(1e-12));
        assertThat(topic0.<Long>getAs("n_articles")).isEqualTo(2L);
        assertThat(topic0.<Long>getAs("n_dominant")).isEqualTo(1L);
        Row topic1 = only(trends.filter(col("topic_id").equalTo(3)));
        assertThat(topic1.<Long>getAs("n_dominant")).isEqualTo(1L);
        assertThat(topic0.<Double>getAs("prevalence") + topic1.<Double>getAs("prevalence"))
                .isCloseTo(1.0, within(1e-12));
    }

    @Test
    void topicPrevalenceIsGivenPerSourceAndPerLanguageWithIntervalsAroundIt() {
        // Week of 2024-10-07: one Korean KCNA article, two Russian and one English TASS article.
        Dataset<Row> scored = spark.createDataFrame(
                List.of(
                        RowFactory.create("t1", "KCNA", "ko", Date.valueOf("2024-10-07"), true, null),
                        RowFactory.create("t2", "TASS", "ru", Date.valueOf("2024-10-08"), true, null),
                        RowFactory.create("t3", "TASS", "ru", Date.valueOf("2024-10-09"), true, null),
                        RowFactory.create("t4", "TASS", "en", Date.valueOf("2024-10-10"), true, null)),
                ARTICLES);
        Dataset<Row> docTopics = spark.createDataFrame(
                List.of(
                        RowFactory.create("t1", "m", List.of(0.6, 0.4), 7),
                        RowFactory.create("t2", "m", List.of(0.6, 0.4), 7),
                        RowFactory.create("t3", "m", List.of(0.4, 0.6), 3),
                        RowFactory.create("t4", "m", List.of(0.4, 0.6), 3)),
                DOC_TOPICS);
        Dataset<Row> trends = TopicTrendsStep.run(scored, docTopics, new int[] {7, 3}, List.of("week"));

        // KCNA×ko, TASS×ru, TASS×en, each source, each language and all: nine groups of two topics.
        assertThat(trends.count()).isEqualTo(18);
        Row all = only(trends.filter(col("source")
                .equalTo("*")
                .and(col("language").equalTo("*"))
                .and(col("topic_id").equalTo(7))));
        // Mean 0.5, sample variance 0.04 / 3 over four articles, t(0.975, 3) = 3.1824.
        assertThat(all.<Double>getAs("prevalence")).isCloseTo(0.5, within(1e-12));
        assertThat(all.<Double>getAs("prevalence_low")).isCloseTo(0.316261, within(1e-6));
        assertThat(all.<Double>getAs("prevalence_high")).isCloseTo(0.683739, within(1e-6));
        assertThat(all.<Double>getAs("dominant_share")).isEqualTo(0.5);
        assertThat(all.<Double>getAs("dominant_share_low")).isCloseTo(0.150039, within(1e-6));
        assertThat(all.<Double>getAs("dominant_share_high")).isCloseTo(0.849961, within(1e-6));

        Row tass = only(trends.filter(col("source")
                .equalTo("TASS")
                .and(col("language").equalTo("*"))
                .and(col("topic_id").equalTo(7))));
        assertThat(tass.<Long>getAs("n_articles")).isEqualTo(3L);
        assertThat(tass.<Double>getAs("prevalence")).isCloseTo(1.4 / 3, within(1e-12));
        assertThat(tass.<Double>getAs("prevalence_low")).isCloseTo(0.179823, within(1e-6));
        Row russian = only(trends.filter(col("source")
                .equalTo("*")
                .and(col("language").equalTo("ru"))
                .and(col("topic_id").equalTo(3))));
        assertThat(russian.<Long>getAs("n_articles")).isEqualTo(2L);
        assertThat(russian.<Double>getAs("prevalence")).isCloseTo(0.5, within(1e-12));
        assertThat(russian.<Long>getAs("n_dominant")).isEqualTo(1L);
        Row kcna = only(trends.filter(col("source")
                .equalTo("KCNA")
                .and(col("language").equalTo("ko"))
                .and(col("topic_id").equalTo(7))));
        assertThat(kcna.<Double>getAs("prevalence_low"))
                .as("one article says nothing of the spread")
                .isEqualTo(0.0);
        assertThat(kcna.<Double>getAs("prevalence_high")).isEqualTo(1.0);

        for (Row group : trends.groupBy("source", "language")
                .agg(org.apache.spark.sql.functions.sum("prevalence").as("total"))
                .collectAsList()) {
            assertThat(group.<Double>getAs("total")).as("%s", group).isCloseTo(1.0, within(1e-12));
        }
        for (Row row : trends.collectAsList()) {
            assertThat(row.<Double>getAs("prevalence"))
                    .as("%s", row)
                    .isBetween(row.<Double>getAs("prevalence_low"), row.<Double>getAs("prevalence_high"));
            assertThat(row.<Double>getAs("dominant_share"))
                    .as("%s", row)
                    .isBetween(row.<Double>getAs("dominant_share_low"), row.<Double>getAs("dominant_share_high"));
        }
    }
}
