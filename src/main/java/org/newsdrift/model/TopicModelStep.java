package org.newsdrift.model;

import static org.apache.spark.ml.functions.vector_to_array;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.xxhash64;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.clustering.DistributedLDAModel;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.clustering.LocalLDAModel;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.newsdrift.config.LdaConfig;

/**
 * Fits LDA (Spark MLlib's online or em optimizer, or collapsed Gibbs sampling in {@link GibbsLdaStep}) on
 * articles' terms and scores articles with a fitted model. One article in ten (by a hash of its id) is held out of
 * training to measure perplexity. Input is hash-partitioned into a fixed number of
 * partitions and sorted, so the same articles and seed give the same topics whatever the cluster's core count.
 */
public final class TopicModelStep {
  private static final int PARTITIONS = 4;
  private static final int HELD_OUT_BUCKETS = 10;
  private static final int COHERENCE_TERMS = 10;

  private TopicModelStep() {}

  /** Articles a fit trains on: all but the held-out tenth. */
  public static Dataset<Row> training(Dataset<Row> docs) {
    return docs.filter(heldOut().unary_$bang());
  }

  /** Articles a fit is evaluated on (perplexity). */
  public static Dataset<Row> heldOutOf(Dataset<Row> docs) {
    return docs.filter(heldOut());
  }

  private static Column heldOut() {
    return pmod(xxhash64(col("article_id")), lit(HELD_OUT_BUCKETS)).equalTo(0);
  }

  /**
   * Fits a model with {@code k} topics and {@code seed}; the other settings come from {@code config}.
   *
   * @param docs articles with article_id and terms (analysed terms)
   * @return the fit, or null when no term passes the vocabulary pruning or fewer than {@code lda.min_documents}
   *     training articles have vocabulary terms
   */
  public static TopicFit fit(Dataset<Row> docs, LdaConfig config, int k, long seed) {
    return fit(docs, config, k, seed, null);
  }

  /**
   * Fits a model as {@link #fit(Dataset, LdaConfig, int, long)} does; with {@code gibbs} and previous topics (not
   * null, k of them), the sampler starts from them ({@link WarmStart}) instead of from uniformly random topics.
   *
   * @param warmFrom the previous version's topics' term distributions, by topic index, or null for a cold start
   */
  public static TopicFit fit(Dataset<Row> docs, LdaConfig config, int k, long seed,
      List<Map<String, Double>> warmFrom) {
    SparkSession spark = docs.sparkSession();
    spark.sparkContext().setJobDescription("topics: vocabulary");
    Dataset<Row> training = arrange(training(docs)).cache();
    try {
      CountVectorizerModel vectorizer =
          Vocabulary.fit(training, config.minDf(), config.maxDfShare(), config.vocabSize(), "counts");
      if (vectorizer == null) {
        return null;
      }
      Dataset<Row> counts = withCounts(vectorizer, training).cache();
      try {
        long documents = counts.count();
        if (documents < Math.max(config.minDocuments(), k)) {
          return null;
        }
        // A decimal sum: summing 64-bit hashes as longs would overflow, which ANSI mode turns into an error.
        Row idHash = counts.agg(sum(xxhash64(col("article_id")).cast("decimal(38,0)"))).first();
        String trainingHash = String.valueOf(idHash.isNullAt(0) ? 0 : idHash.getDecimal(0));
        String[] vocabulary = vectorizer.vocabulary();
        InferencerCounts inferencer = null;
        LocalLDAModel model;
        if (config.optimizer().equals("gibbs")) {
          WarmStart warm = warmFrom == null ? null : WarmStart.of(warmFrom, vocabulary);
          GibbsLdaStep.Result gibbs = GibbsLdaStep.fitResult(counts, vocabulary, config, k, seed, warm);
          inferencer = InferencerCounts.of(vocabulary, gibbs.counts(), gibbs.priors());
          model = GibbsLdaStep.toSparkModel(spark, gibbs, seed);
        } else {
          model = fitMllib(counts, config, k, seed);
        }
        List<Map<String, Double>> distributions = distributions(model.topicsMatrix(), vocabulary);
        List<List<String>> topTerms = new ArrayList<>();
        List<List<Double>> topWeights = new ArrayList<>();
        topTerms(distributions, vocabulary, Math.max(COHERENCE_TERMS, config.topTerms()), topTerms, topWeights);

        spark.sparkContext().setJobDescription("topics: coherence and perplexity k=" + k + " seed=" + seed);
        List<String> words = new ArrayList<>();
        topTerms.forEach(terms -> words.addAll(terms.subList(0, Math.min(COHERENCE_TERMS, terms.size()))));
        CoOccurrence cooccurrence = CoOccurrenceStep.count(training, words);
        List<TopicQuality> quality = new ArrayList<>();
        List<List<String>> coherenceTerms = new ArrayList<>();
        for (List<String> terms : topTerms) {
          List<String> top = terms.subList(0, Math.min(COHERENCE_TERMS, terms.size()));
          coherenceTerms.add(top);
          quality.add(TopicQuality.of(top, cooccurrence));
        }
        Dataset<Row> heldOut = withCounts(vectorizer, arrange(heldOutOf(docs)));
        long heldOutDocuments = heldOut.count();
        double perplexity = heldOutDocuments == 0 ? Double.NaN : perplexityOfCounts(model, heldOut);
        return new TopicFit(vectorizer, model, k, seed, documents, heldOutDocuments, hash(vocabulary), trainingHash,
            topTerms,
            topWeights, distributions, quality, TopicQuality.diversity(coherenceTerms), perplexity, inferencer);
      } finally {
        counts.unpersist();
      }
    } finally {
      training.unpersist();
    }
  }

  /** Spark MLlib's online or em optimizer; {@code counts} must not be cached (see the caller). */
  private static LocalLDAModel fitMllib(Dataset<Row> counts, LdaConfig config, int k, long seed) {
    SparkSession spark = counts.sparkSession();
    // The online optimizer samples its input at every iteration. MLlib's LDA caches the vectors it samples, and
    // drops them after the fit, only when its input is not cached: given cached rows, it would convert them to
    // vectors again at every iteration (and warn that its input is not cached).
    counts.unpersist();
    spark.sparkContext().setJobDescription("topics: fit LDA k=" + k + " seed=" + seed);
    LDA lda = new LDA().setK(k).setMaxIter(config.maxIterations()).setSeed(seed)
        .setOptimizer(config.optimizer()).setFeaturesCol("counts").setTopicDistributionCol("distribution");
    if (config.optimizer().equals("online")) {
      lda.setSubsamplingRate(config.subsamplingRate());
      if (config.learningOffset() != null) {
        lda.setLearningOffset(config.learningOffset());
      }
      if (config.learningDecay() != null) {
        lda.setLearningDecay(config.learningDecay());
      }
    }
    if (config.docConcentration() != null) {
      lda.setDocConcentration(config.docConcentration());
    }
    if (config.topicConcentration() != null) {
      lda.setTopicConcentration(config.topicConcentration());
    }
    LDAModel fitted = lda.fit(counts);
    return fitted instanceof DistributedLDAModel distributed ? distributed.toLocal() : (LocalLDAModel) fitted;
  }

  /**
   * Topic weights of each article under a fitted model.
   *
   * @param docs article_id and terms
   * @return article_id, topic_weights (by topic index), dominant_index, dominant_weight, n_terms (tokens of the
   *     article) and n_known (those in the model's vocabulary)
   */
  public static Dataset<Row> score(CountVectorizerModel vectorizer, LocalLDAModel model, Dataset<Row> docs) {
    Dataset<Row> counts = vectorizer.transform(arrange(docs));
    return withDominant(model.setFeaturesCol("counts").setTopicDistributionCol("distribution").transform(counts)
        .select(col("article_id"), vector_to_array(col("distribution"), "float64").as("topic_weights"),
            size(col("terms")).cast("long").as("n_terms"),
            tokenCount(col("counts")).cast("long").as("n_known")));
  }

  /**
   * Topic weights of each article under a saved version, with the columns of
   * {@link #score(CountVectorizerModel, LocalLDAModel, Dataset)}: by the version's MALLET inferencer when it has
   * one (Gibbs versions), else by Spark's variational inference.
   */
  public static Dataset<Row> score(ModelStore.Saved model, Dataset<Row> docs) {
    return model.inferencer().isPresent()
        ? InferencerScoreStep.score(model.vectorizer(), model.inferencer().get(), model.metadata().seed(), docs)
        : score(model.vectorizer(), model.lda(), docs);
  }

  /** Adds dominant_weight and dominant_index (the first topic of highest weight) to topic_weights. */
  static Dataset<Row> withDominant(Dataset<Row> weights) {
    return weights.withColumn("dominant_weight", array_max(col("topic_weights")))
        .withColumn("dominant_index",
            array_position(col("topic_weights"), col("dominant_weight")).minus(1).cast("int"));
  }

  /** Per-token perplexity of articles under a model; NaN when none has a vocabulary term. */
  public static double perplexity(CountVectorizerModel vectorizer, LocalLDAModel model, Dataset<Row> docs) {
    return perplexityOfCounts(model, withCounts(vectorizer, arrange(docs)));
  }

  /**
   * exp(−log-likelihood per token), each article's likelihood being Π p(w) over its tokens with p(w) = Σ_t
   * θ(t) β(t, w), θ inferred for the article and β the topics. Spark's own {@code logPerplexity} adds the
   * variational bound of the whole topic matrix to the articles' likelihood, which swamps it on a small held-out
   * set, so it is not used.
   */
  private static double perplexityOfCounts(LocalLDAModel model, Dataset<Row> counts) {
    double[][] normalised = normalisedColumns(model.topicsMatrix());
    int k = normalised.length;
    int vocabulary = k == 0 ? 0 : normalised[0].length;
    double[] beta = new double[vocabulary * k];
    for (int t = 0; t < k; t++) {
      for (int w = 0; w < vocabulary; w++) {
        beta[w * k + t] = normalised[t][w];
      }
    }
    UDF2<Vector, Vector, Double> logLikelihood = (tokens, theta) -> {
      double sum = 0;
      double[] mix = theta.toArray();
      int[] indices = tokens.toSparse().indices();
      double[] values = tokens.toSparse().values();
      for (int i = 0; i < indices.length; i++) {
        double p = 0;
        for (int t = 0; t < k; t++) {
          p += mix[t] * beta[indices[i] * k + t];
        }
        sum += values[i] * Math.log(Math.max(p, Double.MIN_NORMAL));
      }
      return sum;
    };
    Row totals = model.setFeaturesCol("counts").setTopicDistributionCol("distribution").transform(counts)
        .agg(sum(udf(logLikelihood, DataTypes.DoubleType).apply(col("counts"), col("distribution"))),
            sum(tokenCount(col("counts"))))
        .first();
    if (totals.isNullAt(1) || totals.getDouble(1) == 0) {
      return Double.NaN;
    }
    return Math.exp(-totals.getDouble(0) / totals.getDouble(1));
  }

  /** The stable topic id of a topic index column, given each index's id. */
  public static Column topicIdOf(Column topicIndex, int[] topicIds) {
    Column[] ids = java.util.Arrays.stream(topicIds).mapToObj(id -> lit(id)).toArray(Column[]::new);
    return element_at(array(ids), topicIndex.plus(1));
  }

  /** A short SHA-256 of the parts, each on its own line. */
  public static String hash(String... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot hash: the JVM has no SHA-256", e);
    }
  }

  static Dataset<Row> arrange(Dataset<Row> docs) {
    return docs.select("article_id", "terms").repartition(PARTITIONS, col("article_id"))
        .sortWithinPartitions("article_id");
  }

  private static Dataset<Row> withCounts(CountVectorizerModel vectorizer, Dataset<Row> docs) {
    UDF1<Vector, Boolean> hasTerms = v -> v.numNonzeros() > 0;
    return vectorizer.transform(docs).filter(udf(hasTerms, DataTypes.BooleanType).apply(col("counts")));
  }

  /** Each topic's term distribution, by topic index. */
  public static List<Map<String, Double>> distributions(LocalLDAModel model, String[] vocabulary) {
    return distributions(model.topicsMatrix(), vocabulary);
  }

  /** Columns of the vocabulary × k matrix, each normalised to a distribution. */
  private static List<Map<String, Double>> distributions(Matrix topics, String[] vocabulary) {
    List<Map<String, Double>> out = new ArrayList<>();
    for (double[] column : normalisedColumns(topics)) {
      Map<String, Double> distribution = new HashMap<>();
      for (int w = 0; w < vocabulary.length; w++) {
        distribution.put(vocabulary[w], column[w]);
      }
      out.add(distribution);
    }
    return out;
  }

  /** Each column (topic) of the vocabulary × k matrix divided by its sum, as {@code [topic][term]}. */
  private static double[][] normalisedColumns(Matrix topics) {
    double[][] out = new double[topics.numCols()][topics.numRows()];
    for (int t = 0; t < topics.numCols(); t++) {
      double total = 0;
      for (int w = 0; w < topics.numRows(); w++) {
        total += topics.apply(w, t);
      }
      for (int w = 0; w < topics.numRows(); w++) {
        out[t][w] = topics.apply(w, t) / total;
      }
    }
    return out;
  }

  /** Tokens in a count vector (the sum of its counts). */
  static Column tokenCount(Column counts) {
    UDF1<Vector, Double> sumOfCounts = v -> java.util.Arrays.stream(v.toSparse().values()).sum();
    return udf(sumOfCounts, DataTypes.DoubleType).apply(counts);
  }

  /**
   * Each topic's {@code n} most probable terms. Ties (frequent on a small corpus, where many terms have the same
   * count in a topic) go to the term in fewer articles, which says more about the topic than a common one: the term
   * later in the vocabulary, whose order is document frequency, then alphabetical ({@link Vocabulary}). MALLET
   * ranks a topic's words the same way (equal counts: the higher word index first).
   */
  static void topTerms(List<Map<String, Double>> distributions, String[] vocabulary, int n,
      List<List<String>> terms, List<List<Double>> weights) {
    Map<String, Integer> position = GibbsLdaStep.index(vocabulary);
    Comparator<Map.Entry<String, Double>> byPosition = Comparator.comparing(e -> position.get(e.getKey()));
    for (Map<String, Double> distribution : distributions) {
      List<Map.Entry<String, Double>> ranked = new ArrayList<>(distribution.entrySet());
      ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(byPosition.reversed()));
      List<Map.Entry<String, Double>> top = ranked.subList(0, Math.min(n, ranked.size()));
      terms.add(top.stream().map(Map.Entry::getKey).toList());
      weights.add(top.stream().map(Map.Entry::getValue).toList());
    }
  }
}
