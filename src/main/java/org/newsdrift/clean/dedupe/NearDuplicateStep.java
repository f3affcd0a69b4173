package org.newsdrift.clean.dedupe;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.SparkContext;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSH$;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.newsdrift.config.NearDuplicateConfig;

/**
 * Near-duplicate clusters among canonical articles (after exact dedupe): word-shingle sets, MinHashLSH candidate
 * pairs, exact Jaccard of the pairs and {@link CopyVerifier} on those close enough (template shingles of each source
 * set aside, dates, differing details), connected components, and one canonical per cluster (earliest
 * {@code published_date}, then longest text, then smallest {@code article_id}).
 *
 * <p>Cost: shingling is linear in the words of the articles without stored keys (an earlier night's articles carry
 * theirs, {@code lsh_keys}, and are shingled again only when a candidate pair needs their shingle set). LSH combines
 * the {@code hashTables} MinHash values into {@code hashTables / rowsPerBand} band keys per article and joins articles
 * on equal keys, so the candidate pairs are the sum over keys of their articles squared: near-linear for distinct
 * articles, not the {@code n²/2} of comparing all pairs. A pair of similarity {@code s} is a candidate with probability
 * {@code 1 - (1 - s^rowsPerBand)^(hashTables / rowsPerBand)}; boilerplate shingles shared by many articles make hot
 * keys, which is why chrome should be stripped first. Verification is linear in the candidates; clustering runs label
 * propagation on the verified pairs only, one shuffle per round, rounds bounded by the longest copy chain. Up to
 * {@link #DRIVER_PAIRS} verified pairs (a few tens of MB of ids) are instead clustered by a union-find on the driver,
 * which gives the same clusters without a Spark job per round; above that (a template or a heavily syndicated story
 * gives quadratic pairs) the DataFrame path keeps the driver's memory bounded. Texts are never collected.
 */
public final class NearDuplicateStep {
  private static final Logger LOG = LoggerFactory.getLogger(NearDuplicateStep.class);

  /** Verified pairs up to this many are clustered on the driver (about 200 bytes of ids a pair). */
  static final long DRIVER_PAIRS = 250_000;

  private NearDuplicateStep() {}

  /**
   * Assigns every row of {@code articles} (article_id, text, published_date; optionally source, whose template
   * wording is not counted as shared, and lsh_keys and lsh_settings as an earlier run stored them) to a near-duplicate cluster.
   */
  public static NearDuplicateResult run(Dataset<Row> articles, NearDuplicateConfig config) {
    return run(articles, config, DRIVER_PAIRS);
  }

  /**
   * What decides an article's LSH band keys besides its text: stored keys are reused only under the same settings
   * (the trailing version changes when shingling or banding does).
   */
  public static String keySettings(NearDuplicateConfig config) {
    return "shingle_size=" + config.shingleSize() + " feature_bits=" + config.featureBits() + " hash_tables="
        + config.hashTables() + " rows_per_band=" + config.rowsPerBand() + " seed=" + config.seed() + " v1";
  }

  /** As {@link #run(Dataset, NearDuplicateConfig)}, clustering on the driver up to {@code driverPairs} pairs. */
  static NearDuplicateResult run(Dataset<Row> articles, NearDuplicateConfig config, long driverPairs) {
    SparkContext context = articles.sparkSession().sparkContext();
    String settings = keySettings(config);
    context.setJobDescription("near-duplicates: shingles and MinHashLSH");
    // Materialized, so that the plans below start here instead of repeating the whole ingest and dedupe lineage,
    // which made planning them slower than running them.
    Dataset<Row> base = materialized(articles
        .select(col("article_id"), col("published_date"), coalesce(length(col("text")), lit(0)).as("text_length"),
            col("text"), sourceOf(articles).as("source"), storedKeys(articles, settings).as("stored_keys")));
    try {
      // Shingles of the articles without stored keys: hashed into keys here, and kept for verification.
      Dataset<Row> shingled = shingle(base.filter(col("stored_keys").isNull()), config).persist();
      // Materialized: both sides of the self-join below read it, and would otherwise both shingle and hash at once.
      Dataset<Row> keyed = materialized(base.filter(col("stored_keys").isNotNull())
          .select(col("article_id"), col("stored_keys").as("lsh_keys"))
          .unionByName(keysOf(shingled, config)));
      // Articles sharing a (band, key) are the candidates; with one row a band these are the pairs MLlib's
      // approxSimilarityJoin considers, found by a join that carries ids and keys only (that method shuffles every
      // article's feature vector once per table).
      Dataset<Row> keys = keyed
          .select(col("article_id"), posexplode(col("lsh_keys")).as(new String[] {"hash_table", "bucket"}));
      Dataset<Row> pairs = keys.withColumnRenamed("article_id", "a")
          .join(keys.withColumnRenamed("article_id", "b"), CollectionConverters.asScala(
              List.of("hash_table", "bucket")).toSeq())
          .filter(col("a").lt(col("b")))
          .select("a", "b")
          .distinct()
          .persist();
      long lshPairs = pairs.count();
      // Articles whose keys were stored are shingled again only when a pair needs their shingle set.
      Dataset<Row> candidates = pairs.select(col("a").as("article_id")).union(pairs.select(col("b"))).distinct();
      // Persisted: both sides of the verification join read it, and would otherwise shingle the stored candidates
      // twice at once.
      Dataset<Row> sets = shingled.select("article_id", "shingles").unionByName(
          shingle(base.filter(col("stored_keys").isNotNull()).join(candidates, "article_id"), config)).persist();
      // One merge pass over the two sorted sets; Spark's array_intersect and array_union build hash sets per pair.
      UserDefinedFunction jaccard = udf((UDF2<scala.collection.Seq<Integer>, scala.collection.Seq<Integer>, Double>)
          (a, b) -> Jaccard.similarity(ints(a), ints(b)), DataTypes.DoubleType);
      // Each source's template wording is set aside before comparing: two posts sharing only a channel's sign-off
      // are not close, and a repost without the sign-off is as close as its text makes it.
      Dataset<Row> templates = CopyVerificationStep.templates(sets, base).persist();
      Dataset<Row> content = CopyVerificationStep.withoutTemplates(sets, base, templates);
      Dataset<Row> close = pairs
          .join(content.withColumnRenamed("article_id", "a").withColumnRenamed("shingles", "sa"), "a")
          .join(content.withColumnRenamed("article_id", "b").withColumnRenamed("shingles", "sb"), "b")
          .withColumn("similarity", jaccard.apply(col("sa"), col("sb")))
          .filter(col("similarity").geq(1 - config.maxDistance()))
          .select("a", "b", "similarity")
          .persist();
      context.setJobDescription("near-duplicates: verification");
      Dataset<Row> verdicts = CopyVerificationStep.verdicts(close, base, templates, config).persist();
      Dataset<Row> edges = verdicts.filter(col("verdict").equalTo(CopyVerifier.Verdict.COPY.name()))
          .select("a", "b");
      long verifiedPairs = edges.count();
      LOG.info("near-duplicates: verdicts on close pairs {}", CopyVerificationStep.counts(verdicts));

      context.setJobDescription("near-duplicates: connected components");
      Components components = verifiedPairs <= driverPairs ? componentsOnDriver(edges)
          : components(edges, config.maxIterations(), context);

      context.setJobDescription("near-duplicates: canonical per cluster");
      Dataset<Row> assignments = materialized(canonical(base, components.labels())
          .join(keyed, "article_id")
          .withColumn("lsh_settings", lit(settings)));
      components.release();
      verdicts.unpersist();
      close.unpersist();
      templates.unpersist();
      sets.unpersist();
      pairs.unpersist();
      keyed.unpersist();
      shingled.unpersist();
      LOG.info("near-duplicates: {} LSH pairs, {} verified, {} label rounds", lshPairs, verifiedPairs,
          components.rounds());
      return new NearDuplicateResult(assignments, lshPairs, verifiedPairs, components.rounds());
    } finally {
      base.unpersist();
      context.setJobDescription(null);
    }
  }

  /** The article's source, whose template shingles are set aside when verifying; null where the rows have none. */
  private static Column sourceOf(Dataset<Row> articles) {
    return Arrays.asList(articles.columns()).contains("source") ? col("source") : lit(null).cast("string");
  }

  /** An article's stored band keys when they were computed under {@code settings}, else null. */
  private static Column storedKeys(Dataset<Row> articles, String settings) {
    List<String> columns = Arrays.asList(articles.columns());
    if (!columns.contains("lsh_keys") || !columns.contains("lsh_settings")) {
      return lit(null).cast("array<bigint>");
    }
    return when(col("lsh_settings").equalTo(lit(settings)), col("lsh_keys"));
  }

  /**
   * LSH band keys (article_id, lsh_keys) of shingled articles: one key per band of MinHash values, none for an
   * article without shingles.
   */
  private static Dataset<Row> keysOf(Dataset<Row> shingled, NearDuplicateConfig config) {
    MinHashes minHashes = minHashes(shingled.sparkSession(), config);
    int bits = config.featureBits();
    int rows = config.rowsPerBand();
    UserDefinedFunction bands = udf((UDF1<scala.collection.Seq<Integer>, long[]>) shingles -> {
      int[] indices = Shingles.indices(ints(shingles), bits);
      return indices.length == 0 ? new long[0] : LshBands.keys(minHashes.of(indices), rows);
    }, DataTypes.createArrayType(DataTypes.LongType, false));
    return shingled.select(col("article_id"), bands.apply(col("shingles")).as("lsh_keys"));
  }

  /**
   * The hash functions of MLlib's MinHashLSH for these settings: fitting draws them from the seed and the vector size
   * only, so one vector of that size fits the model any articles would. {@link MinHashes} then applies them to the
   * shingle indices directly, giving the values the model's {@code transform} gives on the sparse 0/1 vector of those
   * indices. {@code randCoefficients} is package-private in Scala and so public to Java; {@code MinHashAgreementTest}
   * fails if a Spark upgrade changes it or the hash family.
   */
  static MinHashes minHashes(SparkSession spark, NearDuplicateConfig config) {
    MinHashLSHModel lsh = new MinHashLSH()
        .setInputCol("features").setOutputCol("buckets")
        .setNumHashTables(config.hashTables()).setSeed(config.seed())
        .fit(spark.createDataFrame(List.of(RowFactory.create(
            Vectors.sparse(1 << config.featureBits(), new int[] {0}, new double[] {1.0}))),
            new StructType().add("features", SQLDataTypes.VectorType())));
    Tuple2<Object, Object>[] coefficients = lsh.randCoefficients();
    long[] a = new long[coefficients.length];
    long[] b = new long[coefficients.length];
    for (int t = 0; t < coefficients.length; t++) {
      a[t] = (Integer) coefficients[t]._1();
      b[t] = (Integer) coefficients[t]._2();
    }
    return new MinHashes(a, b, MinHashLSH$.MODULE$.HASH_PRIME());
  }

  private static int[] ints(scala.collection.Seq<Integer> values) {
    int[] out = new int[values.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.apply(i);
    }
    return out;
  }

  /** article_id and shingles (hashes of word shingles) of each article. */
  private static Dataset<Row> shingle(Dataset<Row> articles, NearDuplicateConfig config) {
    int size = config.shingleSize();
    UserDefinedFunction hashes = udf((UDF1<String, int[]>) text -> Shingles.hashes(text, size),
        DataTypes.createArrayType(DataTypes.IntegerType, false));
    return articles.select(col("article_id"), hashes.apply(col("text")).as("shingles"));
  }

  /** The labels and the materialized round they are read from, released once the assignments are built. */
  private record Components(Dataset<Row> labels, Dataset<Row> materialized, int rounds) {
    void release() {
      materialized.unpersist();
    }
  }

  /**
   * Union-find over the verified pairs, collected: each article of a pair is labelled with the smallest id of its
   * component, as label propagation would label it; zero rounds.
   */
  private static Components componentsOnDriver(Dataset<Row> edges) {
    MinIdComponents components = new MinIdComponents();
    for (Row pair : edges.collectAsList()) {
      components.link(pair.getString(0), pair.getString(1));
    }
    List<Row> labels = new ArrayList<>();
    components.labels().forEach((id, label) -> labels.add(RowFactory.create(id, label)));
    Dataset<Row> frame = edges.sparkSession().createDataFrame(labels, new StructType()
        .add("article_id", DataTypes.StringType, false).add("label", DataTypes.StringType, false));
    return new Components(frame, frame, 0);
  }

  /** Min-label propagation over the verified pairs: each article takes the smallest id among its neighbours. */
  private static Components components(Dataset<Row> edges, int maxIterations, SparkContext context) {
    Dataset<Row> links = edges.select(col("a").as("src"), col("b").as("dst"))
        .union(edges.select(col("b").as("src"), col("a").as("dst")));
    Dataset<Row> labels = materialized(links.select(col("src").as("article_id"), col("src").as("label")).distinct());
    Dataset<Row> held = labels;
    for (int round = 1; round <= maxIterations; round++) {
      context.setJobDescription("near-duplicates: label propagation round " + round);
      // An article keeps its own label as "previous", so one aggregation yields the new label and whether it moved.
      Dataset<Row> offered = links.join(labels, links.col("src").equalTo(labels.col("article_id")))
          .select(col("dst").as("article_id"), col("label"), lit(null).cast("string").as("previous"));
      Dataset<Row> next = labels.withColumn("previous", col("label")).union(offered)
          .groupBy("article_id").agg(min("label").as("label"), max("previous").as("previous"));
      next = materialized(next);
      long changed = next.filter(col("label").notEqual(col("previous"))).count();
      held.unpersist();
      held = next;
      labels = next.drop("previous");
      if (changed == 0) {
        return new Components(labels, held, round);
      }
    }
    // Unfinished propagation only leaves a long copy chain split in parts; each part is still truly connected.
    LOG.warn("near-duplicates: labels still changing after {} rounds; raise max_iterations", maxIterations);
    return new Components(labels, held, maxIterations);
  }

  /**
   * Computes {@code rows} once and cuts its query plan, which label propagation would otherwise nest round after
   * round. Unlike {@code localCheckpoint}, the RDD lineage stays: partitions lost with an executor are recomputed
   * instead of failing the run.
   */
  private static Dataset<Row> materialized(Dataset<Row> rows) {
    Dataset<Row> cut = rows.sparkSession().createDataFrame(rows.javaRDD(), rows.schema())
        .persist(StorageLevel.MEMORY_AND_DISK());
    cut.count();
    return cut;
  }

  private static Dataset<Row> canonical(Dataset<Row> articles, Dataset<Row> labels) {
    Dataset<Row> clustered = articles.select("article_id", "published_date", "text_length")
        .join(labels, "article_id", "left")
        .withColumn("cluster", coalesce(col("label"), col("article_id")));
    var ordered = Window.partitionBy("cluster")
        .orderBy(col("published_date").asc_nulls_last(), col("text_length").desc(), col("article_id").asc());
    return clustered
        .withColumn("canonical_id", first(col("article_id")).over(ordered))
        .withColumn("cluster_size", count(lit(1)).over(Window.partitionBy("cluster")).cast("int"))
        .select(col("article_id"),
            when(col("canonical_id").notEqual(col("article_id")), col("canonical_id")).as("near_duplicate_of"),
            col("cluster_size"));
  }
}
