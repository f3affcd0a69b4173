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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.clustering.LocalLDAModel;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.newsdrift.config.LdaConfig;
import org.newsdrift.table.Columns;
import org.newsdrift.table.JobDescription;

/**
 * Fits LDA (Spark MLlib's online or em optimizer, or collapsed Gibbs sampling in {@link GibbsLdaStep}) on
 * articles' terms and scores articles with a fitted model. One article in ten (by a hash of its id) is held out of
 * training to measure perplexity. Input is hash-partitioned into a fixed number of
 * partitions and sorted, so the same articles and seed give the same topics whatever the cluster's core count.
 */
public final class TopicModelStep {
    /** Intermediate columns: an article's term-count vector and its inferred topic mixture. */
    static final String COUNTS = "counts";

    static final String DISTRIBUTION = "distribution";
    /** Columns of {@link #score}: the index of the dominant topic, the article's tokens and those in the vocabulary. */
    static final String DOMINANT_INDEX = "dominant_index";

    static final String N_TERMS = "n_terms";
    static final String N_KNOWN = "n_known";
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
        return pmod(xxhash64(col(Columns.ARTICLE_ID)), lit(HELD_OUT_BUCKETS)).equalTo(0);
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
    public static TopicFit fit(
            Dataset<Row> docs, LdaConfig config, int k, long seed, List<Map<String, Double>> warmFrom) {
        SparkSession spark = docs.sparkSession();
        Dataset<Row> training = arrange(training(docs)).cache();
        try (JobDescription job = JobDescription.of(spark, "topics: vocabulary")) {
            CountVectorizerModel vectorizer =
                    Vocabulary.fit(training, config.minDf(), config.maxDfShare(), config.vocabSize(), COUNTS);
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
                Row idHash = counts.agg(sum(xxhash64(col(Columns.ARTICLE_ID)).cast("decimal(38,0)")))
                        .first();
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
                    model = MllibLdaStep.fit(counts, config, k, seed);
                }
                List<Map<String, Double>> distributions = TopicDistributions.distributions(model, vocabulary);
                List<List<String>> topTerms = new ArrayList<>();
                List<List<Double>> topWeights = new ArrayList<>();
                TopicDistributions.topTerms(
                        distributions, vocabulary, Math.max(COHERENCE_TERMS, config.topTerms()), topTerms, topWeights);

                job.update("topics: coherence and perplexity k=" + k + " seed=" + seed);
                List<List<String>> coherenceTerms = new ArrayList<>();
                topTerms.forEach(
                        terms -> coherenceTerms.add(terms.subList(0, Math.min(COHERENCE_TERMS, terms.size()))));
                List<TopicQuality> quality = CoOccurrenceStep.quality(training, coherenceTerms);
                Dataset<Row> heldOut = withCounts(vectorizer, arrange(heldOutOf(docs)));
                long heldOutDocuments = heldOut.count();
                double perplexity = heldOutDocuments == 0 ? Double.NaN : PerplexityStep.ofCounts(model, heldOut);
                return new TopicFit(
                        vectorizer,
                        model,
                        k,
                        seed,
                        documents,
                        heldOutDocuments,
                        VersionHash.of(vocabulary),
                        trainingHash,
                        topTerms,
                        topWeights,
                        distributions,
                        quality,
                        TopicQuality.diversity(coherenceTerms),
                        perplexity,
                        inferencer);
            } finally {
                counts.unpersist();
            }
        } finally {
            training.unpersist();
        }
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
        return withDominant(model.setFeaturesCol(COUNTS)
                .setTopicDistributionCol(DISTRIBUTION)
                .transform(counts)
                .select(
                        col(Columns.ARTICLE_ID),
                        vector_to_array(col(DISTRIBUTION), "float64").as(Columns.TOPIC_WEIGHTS),
                        size(col(Columns.TERMS)).cast("long").as(N_TERMS),
                        tokenCount(col(COUNTS)).cast("long").as(N_KNOWN)));
    }

    /**
     * Topic weights of each article under a saved version, with the columns of
     * {@link #score(CountVectorizerModel, LocalLDAModel, Dataset)}: by the version's MALLET inferencer when it has
     * one (Gibbs versions), else by Spark's variational inference.
     */
    public static Dataset<Row> score(ModelStore.Saved model, Dataset<Row> docs) {
        return model.inferencer().isPresent()
                ? InferencerScoreStep.score(
                        model.vectorizer(),
                        model.inferencer().get(),
                        model.metadata().seed(),
                        docs)
                : score(model.vectorizer(), model.lda(), docs);
    }

    /** Adds dominant_weight and dominant_index (the first topic of highest weight) to topic_weights. */
    static Dataset<Row> withDominant(Dataset<Row> weights) {
        return weights.withColumn(Columns.DOMINANT_WEIGHT, array_max(col(Columns.TOPIC_WEIGHTS)))
                .withColumn(
                        DOMINANT_INDEX,
                        array_position(col(Columns.TOPIC_WEIGHTS), col(Columns.DOMINANT_WEIGHT))
                                .minus(1)
                                .cast("int"));
    }

    /** The stable topic id of a topic index column, given each index's id. */
    public static Column topicIdOf(Column topicIndex, int[] topicIds) {
        Column[] ids = java.util.Arrays.stream(topicIds).mapToObj(id -> lit(id)).toArray(Column[]::new);
        return element_at(array(ids), topicIndex.plus(1));
    }

    /** A short SHA-256 of the parts, each on its own line ({@link VersionHash#of}). */
    public static String hash(String... parts) {
        return VersionHash.of(parts);
    }

    static Dataset<Row> arrange(Dataset<Row> docs) {
        return docs.select(Columns.ARTICLE_ID, Columns.TERMS)
                .repartition(PARTITIONS, col(Columns.ARTICLE_ID))
                .sortWithinPartitions(Columns.ARTICLE_ID);
    }

    static Dataset<Row> withCounts(CountVectorizerModel vectorizer, Dataset<Row> docs) {
        UDF1<Vector, Boolean> hasTerms = v -> v.numNonzeros() > 0;
        return vectorizer
                .transform(docs)
                .filter(udf(hasTerms, DataTypes.BooleanType).apply(col(COUNTS)));
    }

    /** Tokens in a count vector (the sum of its counts). */
    static Column tokenCount(Column counts) {
        UDF1<Vector, Double> sumOfCounts =
                v -> java.util.Arrays.stream(v.toSparse().values()).sum();
        return udf(sumOfCounts, DataTypes.DoubleType).apply(counts);
    }
}
