package org.newsdrift.clean.dedupe;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.newsdrift.clean.dedupe.ComponentsStep.Components;
import org.newsdrift.config.NearDuplicateConfig;
import org.newsdrift.table.Columns;
import org.newsdrift.table.JobDescription;
import org.newsdrift.table.RequiredColumns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.jdk.javaapi.CollectionConverters;

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

    /** In the assignments: the canonical of the article's cluster, null for the canonical itself. */
    public static final String NEAR_DUPLICATE_OF = "near_duplicate_of";
    /** In the assignments: the articles of the article's cluster. */
    public static final String CLUSTER_SIZE = "cluster_size";
    /** The two articles of a pair (a &lt; b) and their similarity, as the pair steps pass them on. */
    static final String PAIR_A = "a";

    static final String PAIR_B = "b";
    static final String SIMILARITY = "similarity";
    private static final String TEXT_LENGTH = "text_length";
    private static final String STORED_KEYS = "stored_keys";
    private static final String HASH_TABLE = "hash_table";
    private static final String BUCKET = "bucket";
    private static final String SHINGLES_A = "sa";
    private static final String SHINGLES_B = "sb";
    private static final String CLUSTER = "cluster";
    private static final String CANONICAL_ID = "canonical_id";

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
        RequiredColumns.check(
                articles, "find near duplicates", Columns.ARTICLE_ID, Columns.TEXT, Columns.PUBLISHED_DATE);
        String settings = keySettings(config);
        try (JobDescription job =
                JobDescription.of(articles.sparkSession(), "near-duplicates: shingles and MinHashLSH")) {
            // Materialized, so that the plans below start here instead of repeating the whole ingest and dedupe
            // lineage, which made planning them slower than running them.
            Dataset<Row> base = Materialized.of(articles.select(
                    col(Columns.ARTICLE_ID),
                    col(Columns.PUBLISHED_DATE),
                    coalesce(length(col(Columns.TEXT)), lit(0)).as(TEXT_LENGTH),
                    col(Columns.TEXT),
                    sourceOf(articles).as(Columns.SOURCE),
                    LshKeysStep.storedKeys(articles, settings).as(STORED_KEYS)));
            try {
                return clusters(base, config, driverPairs, settings, job);
            } finally {
                base.unpersist();
            }
        }
    }

    /** The clusters of the materialized {@code base}; each phase renames {@code job}, which its caller restores. */
    private static NearDuplicateResult clusters(
            Dataset<Row> base, NearDuplicateConfig config, long driverPairs, String settings, JobDescription job) {
        // Shingles of the articles without stored keys: hashed into keys here, and kept for verification.
        Dataset<Row> shingled = LshKeysStep.shingle(base.filter(col(STORED_KEYS).isNull()), config)
                .persist();
        // Materialized: both sides of the self-join below read it, and would otherwise both shingle and hash at
        // once.
        Dataset<Row> keyed = Materialized.of(base.filter(col(STORED_KEYS).isNotNull())
                .select(col(Columns.ARTICLE_ID), col(STORED_KEYS).as(Columns.LSH_KEYS))
                .unionByName(LshKeysStep.keysOf(shingled, config)));
        // Articles sharing a (band, key) are the candidates; with one row a band these are the pairs MLlib's
        // approxSimilarityJoin considers, found by a join that carries ids and keys only (that method shuffles
        // every
        // article's feature vector once per table).
        Dataset<Row> keys = keyed.select(
                col(Columns.ARTICLE_ID), posexplode(col(Columns.LSH_KEYS)).as(new String[] {HASH_TABLE, BUCKET}));
        Dataset<Row> pairs = keys.withColumnRenamed(Columns.ARTICLE_ID, PAIR_A)
                .join(
                        keys.withColumnRenamed(Columns.ARTICLE_ID, PAIR_B),
                        CollectionConverters.asScala(List.of(HASH_TABLE, BUCKET))
                                .toSeq())
                .filter(col(PAIR_A).lt(col(PAIR_B)))
                .select(PAIR_A, PAIR_B)
                .distinct()
                .persist();
        long lshPairs = pairs.count();
        // Articles whose keys were stored are shingled again only when a pair needs their shingle set.
        Dataset<Row> candidates = pairs.select(col(PAIR_A).as(Columns.ARTICLE_ID))
                .union(pairs.select(col(PAIR_B)))
                .distinct();
        // Persisted: both sides of the verification join read it, and would otherwise shingle the stored candidates
        // twice at once.
        Dataset<Row> sets = shingled.select(Columns.ARTICLE_ID, LshKeysStep.SHINGLES)
                .unionByName(LshKeysStep.shingle(
                        base.filter(col(STORED_KEYS).isNotNull()).join(candidates, Columns.ARTICLE_ID), config))
                .persist();
        // One merge pass over the two sorted sets; Spark's array_intersect and array_union build hash sets per
        // pair.
        UserDefinedFunction jaccard = udf(
                (UDF2<scala.collection.Seq<Integer>, scala.collection.Seq<Integer>, Double>)
                        (a, b) -> Jaccard.similarity(LshKeysStep.ints(a), LshKeysStep.ints(b)),
                DataTypes.DoubleType);
        // Each source's template wording is set aside before comparing: two posts sharing only a channel's sign-off
        // are not close, and a repost without the sign-off is as close as its text makes it.
        Dataset<Row> templates = CopyVerificationStep.templates(sets, base).persist();
        Dataset<Row> content = CopyVerificationStep.withoutTemplates(sets, base, templates);
        Dataset<Row> close = pairs.join(
                        content.withColumnRenamed(Columns.ARTICLE_ID, PAIR_A)
                                .withColumnRenamed(LshKeysStep.SHINGLES, SHINGLES_A),
                        PAIR_A)
                .join(
                        content.withColumnRenamed(Columns.ARTICLE_ID, PAIR_B)
                                .withColumnRenamed(LshKeysStep.SHINGLES, SHINGLES_B),
                        PAIR_B)
                .withColumn(SIMILARITY, jaccard.apply(col(SHINGLES_A), col(SHINGLES_B)))
                .filter(col(SIMILARITY).geq(1 - config.maxDistance()))
                .select(PAIR_A, PAIR_B, SIMILARITY)
                .persist();
        job.update("near-duplicates: verification");
        Dataset<Row> verdicts =
                CopyVerificationStep.verdicts(close, base, templates, config).persist();
        Dataset<Row> edges = verdicts.filter(
                        col(CopyVerificationStep.VERDICT).equalTo(CopyVerifier.Verdict.COPY.name()))
                .select(PAIR_A, PAIR_B);
        long verifiedPairs = edges.count();
        LOG.info("near-duplicates: verdicts on close pairs {}", CopyVerificationStep.counts(verdicts));

        job.update("near-duplicates: connected components");
        Components components = verifiedPairs <= driverPairs
                ? ComponentsStep.onDriver(edges)
                : ComponentsStep.propagated(edges, config.maxIterations());

        job.update("near-duplicates: canonical per cluster");
        Dataset<Row> assignments = Materialized.of(canonical(base, components.labels())
                .join(keyed, Columns.ARTICLE_ID)
                .withColumn(Columns.LSH_SETTINGS, lit(settings)));
        components.release();
        verdicts.unpersist();
        close.unpersist();
        templates.unpersist();
        sets.unpersist();
        pairs.unpersist();
        keyed.unpersist();
        shingled.unpersist();
        LOG.info(
                "near-duplicates: {} LSH pairs, {} verified, {} label rounds",
                lshPairs,
                verifiedPairs,
                components.rounds());
        return new NearDuplicateResult(assignments, lshPairs, verifiedPairs, components.rounds());
    }

    /** The article's source, whose template shingles are set aside when verifying; null where the rows have none. */
    private static Column sourceOf(Dataset<Row> articles) {
        return Arrays.asList(articles.columns()).contains(Columns.SOURCE)
                ? col(Columns.SOURCE)
                : lit(null).cast("string");
    }

    private static Dataset<Row> canonical(Dataset<Row> articles, Dataset<Row> labels) {
        Dataset<Row> clustered = articles.select(Columns.ARTICLE_ID, Columns.PUBLISHED_DATE, TEXT_LENGTH)
                .join(labels, Columns.ARTICLE_ID, "left")
                .withColumn(CLUSTER, coalesce(col(ComponentsStep.LABEL), col(Columns.ARTICLE_ID)));
        var ordered = Window.partitionBy(CLUSTER)
                .orderBy(
                        col(Columns.PUBLISHED_DATE).asc_nulls_last(),
                        col(TEXT_LENGTH).desc(),
                        col(Columns.ARTICLE_ID).asc());
        return clustered
                .withColumn(CANONICAL_ID, first(col(Columns.ARTICLE_ID)).over(ordered))
                .withColumn(
                        CLUSTER_SIZE,
                        count(lit(1)).over(Window.partitionBy(CLUSTER)).cast("int"))
                .select(
                        col(Columns.ARTICLE_ID),
                        when(col(CANONICAL_ID).notEqual(col(Columns.ARTICLE_ID)), col(CANONICAL_ID))
                                .as(NEAR_DUPLICATE_OF),
                        col(CLUSTER_SIZE));
    }
}
