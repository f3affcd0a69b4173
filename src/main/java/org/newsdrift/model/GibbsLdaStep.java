package org.newsdrift.model;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.clustering.LocalLDAModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.mllib.linalg.DenseMatrix;
import org.apache.spark.mllib.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsdrift.config.LdaConfig;
import org.newsdrift.table.Columns;
import org.newsdrift.table.JobDescription;

/**
 * LDA by collapsed Gibbs sampling on Spark with MALLET 2.1.1's sampler, as approximate distributed LDA (Newman et
 * al. 2009): the token–topic assignments stay in executors, partitioned by article; each round every partition runs
 * {@link GibbsSchedule#SWEEPS_PER_ROUND} sweeps of MALLET's worker ({@link MalletSweeps}) against a broadcast copy
 * of the global counts, and the new counts and the alpha statistics the workers collected are summed with a tree
 * aggregation, so only the k × vocabulary counts reach the driver; the priors are re-estimated between rounds as
 * MALLET does ({@link GibbsSchedule}). A single partition (a small corpus) runs the whole fit in one task
 * ({@link SerialGibbs}): the same sweeps and random streams, exact serial sampling, without a job per round.
 * Each round's state is a new RDD; with a checkpoint folder set it is checkpointed every {@link #CHECKPOINT_ROUNDS}
 * rounds. Random streams depend on (seed, round, partition) only, so a fit is the same on any number of cores.
 */
public final class GibbsLdaStep {
    static final int CHECKPOINT_ROUNDS = 10;

    private GibbsLdaStep() {}

    /** The fitted counts and priors. */
    public record Result(TopicCounts counts, GibbsPriors priors, int partitions) {}

    /**
     * Fits k topics on articles' terms with {@code lda.max_iterations} sweeps, the config's priors (MALLET's defaults
     * when absent) and hyperparameter optimisation after the burn-in, in one partition per
     * {@code lda.tokens_per_partition} tokens.
     *
     * @param counts article_id, terms (in reading order) and counts (their term-count vectors over the vocabulary,
     *     none empty)
     * @param vocabulary the terms of the counts' indices
     */
    public static LocalLDAModel fit(Dataset<Row> counts, String[] vocabulary, LdaConfig config, int k, long seed) {
        Result result = fitResult(counts, vocabulary, config, k, seed, null);
        return toSparkModel(counts.sparkSession(), result, seed);
    }

    /**
     * Fits as {@link #fit(Dataset, String[], LdaConfig, int, long)} does and returns the counts and priors; with a
     * warm start (not null) the sampler starts from topics drawn from the previous version's instead of uniform ones.
     */
    public static Result fitResult(
            Dataset<Row> counts, String[] vocabulary, LdaConfig config, int k, long seed, WarmStart warm) {
        long tokensPerPartition = config.gibbsTokensPerPartition();
        JavaRDD<TopicAssignments> docs = partitioned(counts, vocabulary, tokensPerPartition);
        GibbsPriors priors = GibbsPriors.symmetric(k, config.docConcentration(), config.topicConcentration());
        if (warm == null) {
            return fit(docs, vocabulary.length, priors, config.maxIterations(), true, seed);
        }
        if (warm.k() != k || warm.vocabulary() != vocabulary.length) {
            throw new IllegalArgumentException("Cannot warm-start a Gibbs fit of " + k + " topics over "
                    + vocabulary.length + " terms from " + warm.k() + " topics over " + warm.vocabulary() + " terms");
        }
        JavaRDD<TopicAssignments> initial = docs.map(doc -> warm.assign(doc.articleId(), doc.words(), seed));
        return fitFrom(initial, vocabulary.length, priors, config.maxIterations(), true, seed);
    }

    /**
     * The articles' tokens in one partition per {@code tokensPerPartition} tokens. Hash partitioning by id and sorting
     * make each partition's articles and their order independent of the cluster and of the input's partitioning. On
     * the KCNA dump in two partitions, one's tasks ran 5% longer than the other's; placing buckets of articles by their
     * tokens evened that out but gained nothing measurable against the run-to-run spread, so it was left out.
     */
    static JavaRDD<TopicAssignments> partitioned(Dataset<Row> counts, String[] vocabulary, long tokensPerPartition) {
        Row total = counts.agg(sum(TopicModelStep.tokenCount(col(TopicModelStep.COUNTS))))
                .first();
        long tokens = total.isNullAt(0) ? 0 : (long) total.getDouble(0);
        int partitions = (int) Math.max(1, (tokens + tokensPerPartition - 1) / tokensPerPartition);
        Map<String, Integer> index = index(vocabulary);
        return counts.select(Columns.ARTICLE_ID, Columns.TERMS, TopicModelStep.COUNTS)
                .repartition(partitions, col(Columns.ARTICLE_ID))
                .sortWithinPartitions(Columns.ARTICLE_ID)
                .toJavaRDD()
                .map(row -> tokens(row, index));
    }

    /** Each term's position in the vocabulary. */
    static Map<String, Integer> index(String[] vocabulary) {
        Map<String, Integer> index = new HashMap<>();
        for (int w = 0; w < vocabulary.length; w++) {
            index.put(vocabulary[w], w);
        }
        return index;
    }

    /**
     * An article's tokens in reading order, as vocabulary indices (terms outside the vocabulary left out; topics
     * still unset), as MALLET reads a document; they must be the tokens its counts count.
     */
    static TopicAssignments tokens(Row row, Map<String, Integer> index) {
        String articleId = row.getAs(Columns.ARTICLE_ID);
        int[] words = row.<String>getList(row.fieldIndex(Columns.TERMS)).stream()
                .map(index::get)
                .filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue)
                .toArray();
        double counted = java.util.Arrays.stream(
                        ((Vector) row.getAs(TopicModelStep.COUNTS)).toSparse().values())
                .sum();
        if (words.length != (long) counted) {
            throw new IllegalStateException("Cannot sample topics: article " + articleId + " has " + words.length
                    + " vocabulary terms but its counts count " + (long) counted);
        }
        return new TopicAssignments(articleId, words, new int[words.length]);
    }

    /**
     * Samples {@code sweeps} sweeps (rounded up to whole rounds) over {@code docs} from a uniformly random initial
     * state ({@link #uniformTopics}).
     *
     * @param docs articles' tokens as vocabulary indices (the topics are ignored), partitioned and ordered by the
     *     caller in a way that does not depend on the cluster (the partition index seeds the random stream)
     * @param optimise whether to re-estimate alpha and beta as MALLET does after the burn-in
     */
    public static Result fit(
            JavaRDD<TopicAssignments> docs,
            int vocabulary,
            GibbsPriors initial,
            int sweeps,
            boolean optimise,
            long seed) {
        return fitFrom(uniformTopics(docs, initial.alpha().length, seed), vocabulary, initial, sweeps, optimise, seed);
    }

    /** The articles with each token given a topic drawn uniformly, from a random stream per (seed, partition). */
    public static JavaRDD<TopicAssignments> uniformTopics(JavaRDD<TopicAssignments> docs, int k, long seed) {
        return docs.mapPartitionsWithIndex(
                (partition, it) -> {
                    Random random = MalletSweeps.random(seed, 0, partition);
                    List<TopicAssignments> out = new ArrayList<>();
                    it.forEachRemaining(doc -> out.add(doc.withUniformTopics(k, random)));
                    return out.iterator();
                },
                true);
    }

    /**
     * Samples {@code sweeps} sweeps (rounded up to whole rounds) starting from the given assignments, whose topics
     * are used as they are (a warm start, or {@link #uniformTopics}); the state is never changed.
     *
     * @param initialState articles' tokens and topics, partitioned and ordered by the caller in a way that does not
     *     depend on the cluster; one partition runs the whole fit in one task
     * @param initial the priors to start from; k is the length of their alpha
     */
    public static Result fitFrom(
            JavaRDD<TopicAssignments> initialState,
            int vocabulary,
            GibbsPriors initial,
            int sweeps,
            boolean optimise,
            long seed) {
        return fitFrom(initialState, vocabulary, initial, sweeps, optimise, seed, true);
    }

    /** With {@code serialWhenOnePartition} false, a single partition runs in rounds too (to compare both paths). */
    static Result fitFrom(
            JavaRDD<TopicAssignments> initialState,
            int vocabulary,
            GibbsPriors initial,
            int sweeps,
            boolean optimise,
            long seed,
            boolean serialWhenOnePartition) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(initialState.context());
        int k = initial.alpha().length;
        // A fit in rounds totals the initial state under this name too; the fit's phases name their own jobs.
        try (JobDescription job = JobDescription.of(sc.sc(), "topics: Gibbs initial state k=" + k + " seed=" + seed)) {
            int maxLength = initialState
                    .map(doc -> doc.requireWithin(k, vocabulary).length())
                    .fold(0, Math::max);
            int partitions = initialState.getNumPartitions();
            JavaRDD<GibbsShard> start = initialState.mapPartitions(
                    it -> {
                        List<TopicAssignments> docs = new ArrayList<>();
                        it.forEachRemaining(docs::add);
                        return List.of(new GibbsShard(docs, new AlphaStatistics(k, maxLength), null))
                                .iterator();
                    },
                    true);
            GibbsFit fit = new GibbsFit(sc, vocabulary, k, maxLength, optimise, seed);
            return partitions == 1 && serialWhenOnePartition
                    ? fit.inOneTask(start, initial, sweeps)
                    : fit.inRounds(start, initial, sweeps);
        }
    }

    /**
     * The fit as Spark's LocalLDAModel, so that scoring, saving and the topic tables stay as they are: the topics
     * matrix (vocabulary × k) is the (word, topic) counts plus beta, i.e. the posterior Dirichlet parameters of each
     * topic's word distribution, and the document concentration is the fitted alpha.
     */
    public static LocalLDAModel toSparkModel(SparkSession spark, Result result, long seed) {
        TopicCounts counts = result.counts();
        int k = counts.k();
        int vocabulary = counts.vocabulary();
        double beta = result.priors().beta();
        double[] values = new double[vocabulary * k];
        for (int t = 0; t < k; t++) {
            for (int w = 0; w < vocabulary; w++) {
                values[t * vocabulary + w] = counts.wordTopic(w, t) + beta;
            }
        }
        // Spark's constructors are private[spark]/private[ml] in Scala, public in bytecode; 100 is Spark's gammaShape.
        org.apache.spark.mllib.clustering.LocalLDAModel old = new org.apache.spark.mllib.clustering.LocalLDAModel(
                new DenseMatrix(vocabulary, k, values),
                Vectors.dense(result.priors().alpha()),
                beta,
                100.0);
        LocalLDAModel model =
                new LocalLDAModel(org.apache.spark.ml.util.Identifiable.randomUID("lda"), vocabulary, old, spark);
        // Its optimizer param accepts only Spark's own optimizers, so it keeps its default; k is what readers ask for.
        model.set(model.k(), k);
        model.setSeed(seed);
        return model;
    }
}
