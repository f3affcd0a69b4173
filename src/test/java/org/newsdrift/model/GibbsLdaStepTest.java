package org.newsdrift.model;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.clustering.LocalLDAModel;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdrift.SparkTestSession;
import org.newsdrift.config.LdaConfig;

/** Gibbs sampling on Spark: the same fit however the input arrives, two themes recovered, and the topic step. */
class GibbsLdaStepTest {
    private static final StructType DOCS = new StructType()
            .add("article_id", DataTypes.StringType)
            .add("terms", DataTypes.createArrayType(DataTypes.StringType));
    private static final List<String> MILITARY = List.of("missil", "launch", "satellit", "rocket", "orbit");
    private static final List<String> FARMING = List.of("grain", "harvest", "farm", "rice", "crop");
    private static final LdaConfig GIBBS =
            new LdaConfig(2, 60, 1L, "gibbs", 0.5, 3, 1.0, 100, 5, 10, null, null, null, null, null);
    /** As {@link #GIBBS} with 500 tokens per partition: the tiny corpus's 1,200 tokens are sampled in three. */
    private static final LdaConfig GIBBS_500 = tokensPerPartition(GIBBS, 500);

    private static SparkSession spark;
    private static Dataset<Row> docs;

    @BeforeAll
    static void startSpark() {
        spark = SparkTestSession.get();
        Random random = new Random(7);
        List<Row> rows = new ArrayList<>();
        for (int d = 0; d < 80; d++) {
            List<String> theme = d % 2 == 0 ? MILITARY : FARMING;
            List<String> terms = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                terms.add(theme.get(random.nextInt(theme.size())));
            }
            rows.add(RowFactory.create(String.format("a%03d", d), terms));
        }
        docs = spark.createDataFrame(rows, DOCS);
    }

    private static LdaConfig tokensPerPartition(LdaConfig c, long tokens) {
        return new LdaConfig(
                c.k(),
                c.maxIterations(),
                c.seed(),
                c.optimizer(),
                c.subsamplingRate(),
                c.minDf(),
                c.maxDfShare(),
                c.vocabSize(),
                c.topTerms(),
                c.minDocuments(),
                c.docConcentration(),
                c.topicConcentration(),
                c.learningOffset(),
                c.learningDecay(),
                tokens);
    }

    private static Dataset<Row> counts(Dataset<Row> input, CountVectorizerModel vectorizer) {
        return vectorizer.transform(input);
    }

    private static CountVectorizerModel vectorizer() {
        return Vocabulary.fit(docs, 1, 1.0, 100, "counts");
    }

    @Test
    void theFitIsTheSameHoweverTheInputIsPartitioned() {
        CountVectorizerModel vectorizer = vectorizer();
        String[] vocabulary = vectorizer.vocabulary();
        // 1,200 tokens and 500 per partition: the sampler runs on three partitions of assignments.
        LocalLDAModel one = GibbsLdaStep.fit(counts(docs.repartition(1), vectorizer), vocabulary, GIBBS_500, 2, 5L);
        LocalLDAModel three = GibbsLdaStep.fit(
                counts(docs.repartition(3), vectorizer)
                        .orderBy(col("article_id").desc()),
                vocabulary,
                GIBBS_500,
                2,
                5L);
        assertThat(three.topicsMatrix().toArray())
                .containsExactly(one.topicsMatrix().toArray());
        assertThat(three.estimatedDocConcentration().toArray())
                .containsExactly(one.estimatedDocConcentration().toArray());

        // Compared after one round: on data this clear, fits from any start soon reach the same counts.
        LdaConfig oneRound = new LdaConfig(2, 10, 1L, "gibbs", 0.5, 3, 1.0, 100, 5, 10, null, null, null, null, 500L);
        LocalLDAModel seed5 = GibbsLdaStep.fit(counts(docs, vectorizer), vocabulary, oneRound, 2, 5L);
        LocalLDAModel seed6 = GibbsLdaStep.fit(counts(docs, vectorizer), vocabulary, oneRound, 2, 6L);
        assertThat(seed6.topicsMatrix().toArray())
                .isNotEqualTo(seed5.topicsMatrix().toArray());
    }

    @Test
    void checkpointingTheAssignmentsDoesNotChangeTheFit(@TempDir Path checkpoints) throws Exception {
        CountVectorizerModel vectorizer = vectorizer();
        String[] vocabulary = vectorizer.vocabulary();
        // 100 sweeps are 10 rounds: the last round's assignments are checkpointed before the counts are summed.
        LdaConfig config = new LdaConfig(2, 100, 1L, "gibbs", 0.5, 3, 1.0, 100, 5, 10, null, null, null, null, 500L);
        LocalLDAModel plain = GibbsLdaStep.fit(counts(docs, vectorizer), vocabulary, config, 2, 4L);
        spark.sparkContext().setCheckpointDir(checkpoints.toString());
        LocalLDAModel checkpointed;
        try {
            checkpointed = GibbsLdaStep.fit(counts(docs, vectorizer), vocabulary, config, 2, 4L);
        } finally {
            // The session is shared: later tests and runs must not checkpoint into this test's folder.
            spark.sparkContext().setCheckpointDir(null);
        }
        assertThat(checkpointed.topicsMatrix().toArray())
                .containsExactly(plain.topicsMatrix().toArray());
        try (var files = java.nio.file.Files.walk(checkpoints)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("part-"))
                            .count())
                    .isGreaterThan(0);
        }
    }

    @Test
    void oneAndSeveralPartitionsBothRecoverTheTwoThemes() {
        CountVectorizerModel vectorizer = vectorizer();
        String[] terms = vectorizer.vocabulary();
        for (long tokensPerPartition : new long[] {GIBBS.gibbsTokensPerPartition(), 300}) {
            LocalLDAModel model = GibbsLdaStep.fit(
                    counts(docs, vectorizer), terms, tokensPerPartition(GIBBS, tokensPerPartition), 2, 3L);
            List<Map<String, Double>> topics = TopicDistributions.distributions(model, terms);
            double military0 = MILITARY.stream().mapToDouble(topics.get(0)::get).sum();
            double military1 = MILITARY.stream().mapToDouble(topics.get(1)::get).sum();
            assertThat(Math.max(military0, military1))
                    .as("tokens per partition %d", tokensPerPartition)
                    .isGreaterThan(0.98);
            assertThat(Math.min(military0, military1))
                    .as("tokens per partition %d", tokensPerPartition)
                    .isLessThan(0.02);
        }
    }

    @Test
    void gibbsRunsThroughTheTopicStepAndItsModelIsSavedAndLoaded(@TempDir Path output) throws Exception {
        TopicFit fit = TopicModelStep.fit(docs, GIBBS, 2, 1L);
        assertThat(fit).isNotNull();
        assertThat(fit.k()).isEqualTo(2);
        assertThat(fit.lda().getK()).isEqualTo(2);
        assertThat(fit.perplexity()).isBetween(1.0, 10.0);
        for (List<String> terms : fit.topTerms()) {
            List<String> top = terms.subList(0, 5);
            assertThat(MILITARY.containsAll(top) || FARMING.containsAll(top))
                    .as("%s", top)
                    .isTrue();
        }

        Dataset<Row> scored =
                TopicModelStep.score(fit.vectorizer(), fit.lda(), docs).orderBy("article_id");
        List<Row> rows = scored.collectAsList();
        assertThat(rows).hasSize(80);
        for (Row row : rows) {
            List<Double> weights = row.getList(row.fieldIndex("topic_weights"));
            assertThat(weights.stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-6));
            assertThat(row.<Double>getAs("dominant_weight")).isGreaterThan(0.8);
        }
        // Articles of different themes have different main topics.
        assertThat(rows.get(0).<Integer>getAs("dominant_index"))
                .isNotEqualTo(rows.get(1).<Integer>getAs("dominant_index"));

        String path = output.resolve("lda").toString();
        fit.lda().write().overwrite().save(path);
        LocalLDAModel loaded = LocalLDAModel.load(path);
        assertThat(loaded.topicsMatrix().toArray())
                .containsExactly(fit.lda().topicsMatrix().toArray());
        assertThat(loaded.getK()).isEqualTo(2);
    }

    /** The 80 articles' tokens as vocabulary indices, each article's topics all set to {@code topicOf} its theme. */
    private static List<TopicAssignments> byTheme(CountVectorizerModel vectorizer, int militaryTopic) {
        List<String> terms = List.of(vectorizer.vocabulary());
        List<TopicAssignments> out = new ArrayList<>();
        for (Row row : docs.orderBy("article_id").collectAsList()) {
            List<String> tokens = row.getList(1);
            int[] words = tokens.stream().mapToInt(terms::indexOf).toArray();
            int topic = MILITARY.contains(tokens.get(0)) ? militaryTopic : 1 - militaryTopic;
            int[] topics = new int[words.length];
            java.util.Arrays.fill(topics, topic);
            out.add(new TopicAssignments(row.getString(0), words, topics));
        }
        return out;
    }

    private static double militaryShareOfTopic0(GibbsLdaStep.Result result, CountVectorizerModel vectorizer) {
        List<String> terms = List.of(vectorizer.vocabulary());
        double military = MILITARY.stream()
                .mapToInt(term -> result.counts().wordTopic(terms.indexOf(term), 0))
                .sum();
        return military / result.counts().topicTotalsCopy()[0];
    }

    @Test
    void aFitFromAGivenStateKeepsItsTopicsWhereTheyWere() {
        CountVectorizerModel vectorizer = vectorizer();
        int vocabulary = vectorizer.vocabulary().length;
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        GibbsPriors priors = GibbsPriors.symmetric(2, 0.1, 0.01);
        for (int militaryTopic : new int[] {0, 1}) {
            GibbsLdaStep.Result result = GibbsLdaStep.fitFrom(
                    sc.parallelize(byTheme(vectorizer, militaryTopic), 2), vocabulary, priors, 20, false, 3L);
            assertThat(militaryShareOfTopic0(result, vectorizer))
                    .as("military topic %d", militaryTopic)
                    .isCloseTo(militaryTopic == 0 ? 1.0 : 0.0, within(0.02));
            assertThat(result.partitions()).isEqualTo(2);
        }
    }

    @Test
    void oneTaskGivesTheSameFitAsRoundsOnASinglePartition() {
        CountVectorizerModel vectorizer = vectorizer();
        int vocabulary = vectorizer.vocabulary().length;
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<TopicAssignments> state = GibbsLdaStep.uniformTopics(sc.parallelize(byTheme(vectorizer, 0), 1), 2, 8L);
        GibbsPriors priors = GibbsPriors.symmetric(2, null, null);
        // 230 sweeps: past the burn-in, so both optimise their priors twice from the statistics they collected.
        GibbsLdaStep.Result inOneTask = GibbsLdaStep.fitFrom(state, vocabulary, priors, 230, true, 8L, true);
        GibbsLdaStep.Result inRounds = GibbsLdaStep.fitFrom(state, vocabulary, priors, 230, true, 8L, false);
        assertThat(inOneTask.counts().wordTopicCopy())
                .containsExactly(inRounds.counts().wordTopicCopy());
        assertThat(inOneTask.priors().alpha())
                .containsExactly(inRounds.priors().alpha())
                .isNotEqualTo(priors.alpha());
        assertThat(inOneTask.priors().beta())
                .isEqualTo(inRounds.priors().beta())
                .isNotEqualTo(priors.beta());
    }

    @Test
    void aStateWithATopicOutsideKIsRefusedWithTheArticle() {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<TopicAssignments> state =
                sc.parallelize(List.of(new TopicAssignments("a001", new int[] {0, 1}, new int[] {0, 2})), 1);
        assertThatThrownBy(() -> GibbsLdaStep.fitFrom(state, 5, GibbsPriors.symmetric(2, null, null), 10, false, 1L))
                .hasStackTraceContaining(
                        "Cannot fit topics from this state: token 1 of article a001 is word 1 in topic 2,"
                                + " outside 5 words and 2 topics");
    }
}
