package org.newsdrift.model;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.clustering.LocalLDAModel;
import org.apache.spark.mllib.linalg.DenseMatrix;
import org.apache.spark.mllib.linalg.Vectors;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.newsdrift.config.LdaConfig;
import org.apache.spark.storage.StorageLevel;

/**
 * LDA by collapsed Gibbs sampling on Spark, as approximate distributed LDA (Newman et al. 2009): the token–topic
 * assignments stay in executors, partitioned by article; each round every partition runs a few sweeps of
 * {@link GibbsSampler} against a broadcast copy of the global counts, and the new global counts are summed from
 * the new assignments with a tree aggregation, so only the k × vocabulary counts reach the driver. With one
 * partition this is the exact serial sampler. Each round's assignments are a new RDD; with a checkpoint folder set
 * they are checkpointed every {@link #CHECKPOINT_ROUNDS} rounds. Random streams depend on (seed, round, partition)
 * only, so a fit is the same on any number of cores.
 */
public final class GibbsLdaStep {
  /** Sweeps each partition runs between two exchanges of counts. */
  public static final int SWEEPS_PER_ROUND = 10;
  /** Sweeps before the priors are first optimised (MALLET's burn-in). */
  public static final int BURN_IN = 200;
  static final int CHECKPOINT_ROUNDS = 10;
  /** Tokens per partition of the assignments: one partition (exact serial sampling) up to this many. */
  public static final long TOKENS_PER_PARTITION = 150_000;

  private GibbsLdaStep() {}

  /** The fitted counts and priors. */
  public record Result(TopicCounts counts, GibbsPriors priors, int partitions) {}

  /**
   * Fits k topics on articles' term counts with {@code lda.max_iterations} sweeps, the config's priors (MALLET's
   * defaults when absent) and hyperparameter optimisation after the burn-in.
   *
   * @param counts article_id and counts (term-count vectors over the vocabulary, none empty)
   */
  public static LocalLDAModel fit(Dataset<Row> counts, int vocabulary, LdaConfig config, int k, long seed) {
    return fit(counts, vocabulary, config, k, seed, TOKENS_PER_PARTITION);
  }

  static LocalLDAModel fit(Dataset<Row> counts, int vocabulary, LdaConfig config, int k, long seed,
      long tokensPerPartition) {
    Result result = fitResult(counts, vocabulary, config, k, seed, null, tokensPerPartition);
    return toSparkModel(counts.sparkSession(), result, seed);
  }

  /**
   * Fits as {@link #fit(Dataset, int, LdaConfig, int, long)} does and returns the counts and priors; with a warm
   * start (not null) the sampler starts from topics drawn from the previous version's instead of uniform ones.
   */
  public static Result fitResult(Dataset<Row> counts, int vocabulary, LdaConfig config, int k, long seed,
      WarmStart warm) {
    return fitResult(counts, vocabulary, config, k, seed, warm, TOKENS_PER_PARTITION);
  }

  static Result fitResult(Dataset<Row> counts, int vocabulary, LdaConfig config, int k, long seed, WarmStart warm,
      long tokensPerPartition) {
    UDF1<Vector, Double> sumOfCounts = v -> java.util.Arrays.stream(v.toSparse().values()).sum();
    Row total = counts.agg(sum(udf(sumOfCounts, DataTypes.DoubleType).apply(col("counts")))).first();
    long tokens = total.isNullAt(0) ? 0 : (long) total.getDouble(0);
    int partitions = (int) Math.max(1, (tokens + tokensPerPartition - 1) / tokensPerPartition);
    // Hash partitioning by id and sorting make each partition's articles and their order independent of the cluster.
    JavaRDD<TopicAssignments> docs = counts.select("article_id", "counts").repartition(partitions, col("article_id"))
        .sortWithinPartitions("article_id").toJavaRDD().map(GibbsLdaStep::tokens);
    GibbsPriors priors = GibbsPriors.symmetric(k, config.docConcentration(), config.topicConcentration());
    if (warm == null) {
      return fit(docs, vocabulary, priors, config.maxIterations(), true, seed);
    }
    if (warm.k() != k || warm.vocabulary() != vocabulary) {
      throw new IllegalArgumentException("Cannot warm-start a Gibbs fit of " + k + " topics over " + vocabulary
          + " terms from " + warm.k() + " topics over " + warm.vocabulary() + " terms");
    }
    docs.context().setJobDescription("topics: Gibbs warm-start assignments k=" + k + " seed=" + seed);
    JavaRDD<TopicAssignments> initial = docs.map(doc -> warm.assign(doc.articleId(), doc.words(), seed));
    return fitFrom(initial, vocabulary, priors, config.maxIterations(), true, seed);
  }

  /** An article's tokens, each vocabulary index repeated as often as the term occurs (topics still unset). */
  static TopicAssignments tokens(Row row) {
    SparseVector counts = ((Vector) row.getAs("counts")).toSparse();
    int length = 0;
    for (double value : counts.values()) {
      length += (int) value;
    }
    int[] words = new int[length];
    int i = 0;
    for (int n = 0; n < counts.indices().length; n++) {
      for (int c = 0; c < (int) counts.values()[n]; c++) {
        words[i++] = counts.indices()[n];
      }
    }
    return new TopicAssignments(row.getAs("article_id"), words, new int[length]);
  }

  /**
   * Samples {@code sweeps} sweeps (rounded up to whole rounds) over {@code docs}.
   *
   * @param docs articles' tokens as vocabulary indices (the topics are ignored), partitioned and ordered by the
   *     caller in a way that does not depend on the cluster (the partition index seeds the random stream)
   * @param optimise whether to re-estimate alpha and beta after every round past the burn-in
   */
  public static Result fit(JavaRDD<TopicAssignments> docs, int vocabulary, GibbsPriors initial, int sweeps,
      boolean optimise, long seed) {
    int k = initial.alpha().length;
    docs.context().setJobDescription("topics: Gibbs initial assignments k=" + k + " seed=" + seed);
    JavaRDD<TopicAssignments> state = docs.mapPartitionsWithIndex((partition, it) -> {
      GibbsSampler sampler = new GibbsSampler(initial.alpha(), initial.beta(), vocabulary, new int[vocabulary * k],
          new int[k]);
      SplittableRandom random = GibbsSampler.random(seed, 0, partition);
      List<TopicAssignments> out = new ArrayList<>();
      it.forEachRemaining(doc -> out.add(sampler.initialise(doc.articleId(), doc.words(), random)));
      return out.iterator();
    }, true);
    return fitFrom(state, vocabulary, initial, sweeps, optimise, seed);
  }

  /**
   * Samples {@code sweeps} sweeps (rounded up to whole rounds) starting from the given assignments, as
   * {@link #fit(JavaRDD, int, GibbsPriors, int, boolean, long)} does from uniformly random ones.
   *
   * @param initialState articles' tokens and their initial topics, partitioned and ordered as for {@code fit}
   */
  public static Result fitFrom(JavaRDD<TopicAssignments> initialState, int vocabulary, GibbsPriors initial,
      int sweeps, boolean optimise, long seed) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(initialState.context());
    int k = initial.alpha().length;
    JavaRDD<TopicAssignments> state = initialState.getStorageLevel().equals(StorageLevel.NONE())
        ? initialState.persist(StorageLevel.MEMORY_AND_DISK()) : initialState;
    int maxLength = state.map(TopicAssignments::length).fold(0, Math::max);
    int rounds = Math.max(1, (sweeps + SWEEPS_PER_ROUND - 1) / SWEEPS_PER_ROUND);
    boolean checkpoints = sc.getCheckpointDir().isPresent();
    TopicCounts counts = count(state, k, vocabulary, maxLength);
    GibbsPriors priors = initial;
    List<Broadcast<TopicCounts>> broadcasts = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      sc.setJobDescription("topics: Gibbs round " + round + "/" + rounds + " k=" + k + " seed=" + seed);
      Broadcast<TopicCounts> global = sc.broadcast(counts);
      JavaRDD<TopicAssignments> next = state.mapPartitionsWithIndex(
          sweepTask(global, priors, vocabulary, seed, round), true).persist(StorageLevel.MEMORY_AND_DISK());
      if (checkpoints && round % CHECKPOINT_ROUNDS == 0) {
        next.checkpoint();
      }
      counts = count(next, k, vocabulary, maxLength);
      state.unpersist(false);
      // Later rounds' lineage holds this round's task, which reads the broadcast: a lost partition is recomputed
      // from it, so it is only dropped from the executors now and destroyed after the fit.
      global.unpersist(false);
      broadcasts.add(global);
      state = next;
      if (optimise && round * SWEEPS_PER_ROUND > BURN_IN) {
        priors = priors.optimised(counts);
      }
    }
    state.unpersist(false);
    broadcasts.forEach(b -> b.destroy(false));
    return new Result(counts, priors, initialState.getNumPartitions());
  }

  private static org.apache.spark.api.java.function.Function2<Integer, Iterator<TopicAssignments>,
      Iterator<TopicAssignments>> sweepTask(Broadcast<TopicCounts> global, GibbsPriors priors, int vocabulary,
      long seed, int round) {
    return (partition, it) -> {
      TopicCounts counts = global.value();
      GibbsSampler sampler = new GibbsSampler(priors.alpha(), priors.beta(), vocabulary, counts.wordTopicCopy(),
          counts.topicTotalsCopy());
      SplittableRandom random = GibbsSampler.random(seed, round, partition);
      List<TopicAssignments> docs = new ArrayList<>();
      it.forEachRemaining(docs::add);
      for (int s = 0; s < SWEEPS_PER_ROUND; s++) {
        for (int d = 0; d < docs.size(); d++) {
          docs.set(d, sampler.sweep(docs.get(d), random));
        }
      }
      return docs.iterator();
    };
  }

  private static TopicCounts count(JavaRDD<TopicAssignments> state, int k, int vocabulary, int maxLength) {
    return state.treeAggregate(new TopicCounts(k, vocabulary, maxLength), TopicCounts::add, TopicCounts::merge, 2);
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
        new DenseMatrix(vocabulary, k, values), Vectors.dense(result.priors().alpha()), beta, 100.0);
    LocalLDAModel model = new LocalLDAModel(org.apache.spark.ml.util.Identifiable.randomUID("lda"), vocabulary, old,
        spark);
    // Its optimizer param accepts only Spark's own optimizers, so it keeps its default; k is what readers ask for.
    model.set(model.k(), k);
    model.setSeed(seed);
    return model;
  }
}
