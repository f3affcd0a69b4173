package org.newsdrift.model;

import static org.apache.spark.ml.functions.vector_to_array;
import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.xxhash64;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsdrift.config.LdaConfig;

/**
 * Fits LDA (Spark MLlib) on the relevant canonical articles' terms, over its own vocabulary pruned by document
 * frequency, and scores those articles. The input is hash-partitioned into a fixed number of partitions and sorted,
 * so the same articles and seed give the same topics whatever the cluster's core count.
 */
public final class TopicModelStep {
  private static final int PARTITIONS = 4;
  private static final StructType TERM = new StructType()
      .add("term", DataTypes.StringType, false)
      .add("weight", DataTypes.DoubleType, false);
  private static final StructType TOPICS = new StructType()
      .add("model_version", DataTypes.StringType, false)
      .add("topic_id", DataTypes.IntegerType, false)
      .add("label", DataTypes.StringType, false)
      .add("terms", DataTypes.createArrayType(TERM, false), false);

  private TopicModelStep() {}

  /** {@code articles}: relevant canonical articles with article_id and terms. */
  public static TopicModelResult run(Dataset<Row> articles, LdaConfig config) {
    SparkSession spark = articles.sparkSession();
    spark.sparkContext().setJobDescription("topics: vocabulary");
    Dataset<Row> docs = articles.select("article_id", "terms")
        .repartition(PARTITIONS, col("article_id")).sortWithinPartitions("article_id");
    CountVectorizerModel vectorizer =
        Vocabulary.fit(docs, config.minDf(), config.maxDfShare(), config.vocabSize(), "counts");
    UDF1<Vector, Boolean> hasTerms = v -> v.numNonzeros() > 0;
    Dataset<Row> counts = vectorizer.transform(docs)
        .filter(udf(hasTerms, DataTypes.BooleanType).apply(col("counts")))
        .cache();
    long documents = counts.count();
    if (documents < config.minDocuments()) {
      counts.unpersist();
      return new TopicModelResult(null, null, null, documents,
          "no topic model: " + documents + " relevant articles have terms in the vocabulary, lda.min_documents is "
              + config.minDocuments());
    }
    String[] vocabulary = vectorizer.vocabulary();
    String version = version(config, vocabulary, counts);

    spark.sparkContext().setJobDescription("topics: fit LDA k=" + config.k());
    LDA lda = new LDA().setK(config.k()).setMaxIter(config.maxIterations()).setSeed(config.seed())
        .setOptimizer(config.optimizer()).setFeaturesCol("counts").setTopicDistributionCol("distribution");
    if (config.optimizer().equals("online")) {
      lda.setSubsamplingRate(config.subsamplingRate());
    }
    LDAModel model = lda.fit(counts);

    Dataset<Row> topics = spark.createDataFrame(topicRows(model, vocabulary, version, config.topTerms()), TOPICS);
    Dataset<Row> docTopics = model.transform(counts)
        .select(col("article_id"), lit(version).as("model_version"),
            vector_to_array(col("distribution"), "float64").as("topic_weights"))
        .withColumn("dominant_weight", array_max(col("topic_weights")))
        .withColumn("dominant_topic",
            array_position(col("topic_weights"), col("dominant_weight")).minus(1).cast("int"));
    return new TopicModelResult(version, topics, docTopics, documents, null);
  }

  private static List<Row> topicRows(LDAModel model, String[] vocabulary, String version, int topTerms) {
    List<Row> rows = new ArrayList<>();
    for (Row topic : model.describeTopics(topTerms).orderBy("topic").collectAsList()) {
      List<Integer> indices = topic.getList(topic.fieldIndex("termIndices"));
      List<Double> weights = topic.getList(topic.fieldIndex("termWeights"));
      List<Row> terms = new ArrayList<>();
      List<String> label = new ArrayList<>();
      for (int i = 0; i < indices.size(); i++) {
        String term = vocabulary[indices.get(i)];
        terms.add(RowFactory.create(term, weights.get(i)));
        if (label.size() < 3) {
          label.add(term);
        }
      }
      rows.add(RowFactory.create(version, topic.getInt(topic.fieldIndex("topic")), String.join(" / ", label), terms));
    }
    return rows;
  }

  /** Same settings, vocabulary and training articles give the same version; the article ids are hashed in Spark. */
  private static String version(LdaConfig config, String[] vocabulary, Dataset<Row> counts) {
    // A decimal sum: summing 64-bit hashes as longs would overflow, which ANSI mode turns into an error.
    Row idHash = counts.agg(sum(xxhash64(col("article_id")).cast("decimal(38,0)"))).first();
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(config.toString().getBytes(StandardCharsets.UTF_8));
      digest.update(String.join("\n", vocabulary).getBytes(StandardCharsets.UTF_8));
      digest.update(String.valueOf(idHash.isNullAt(0) ? 0 : idHash.getDecimal(0)).getBytes(StandardCharsets.UTF_8));
      return "lda-" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot hash: the JVM has no SHA-256", e);
    }
  }
}
