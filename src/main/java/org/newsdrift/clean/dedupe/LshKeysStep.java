package org.newsdrift.clean.dedupe;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSH$;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsdrift.config.NearDuplicateConfig;
import org.newsdrift.table.Columns;
import org.newsdrift.table.RowBuilder;
import scala.Tuple2;

/**
 * The Spark side of an article's shingle set and LSH band keys: shingling texts, hashing shingles into band keys
 * with MLlib's MinHash functions, and reusing keys an earlier run stored under the same settings.
 */
final class LshKeysStep {
    /** Hashes of an article's word shingles. */
    static final String SHINGLES = "shingles";

    private static final String FEATURES = "features";

    private LshKeysStep() {}

    /** An article's stored band keys when they were computed under {@code settings}, else null. */
    static Column storedKeys(Dataset<Row> articles, String settings) {
        List<String> columns = Arrays.asList(articles.columns());
        if (!columns.contains(Columns.LSH_KEYS) || !columns.contains(Columns.LSH_SETTINGS)) {
            return lit(null).cast("array<bigint>");
        }
        return when(col(Columns.LSH_SETTINGS).equalTo(lit(settings)), col(Columns.LSH_KEYS));
    }

    /** article_id and shingles (hashes of word shingles) of each article. */
    static Dataset<Row> shingle(Dataset<Row> articles, NearDuplicateConfig config) {
        int size = config.shingleSize();
        UserDefinedFunction hashes = udf(
                (UDF1<String, int[]>) text -> Shingles.hashes(text, size),
                DataTypes.createArrayType(DataTypes.IntegerType, false));
        return articles.select(
                col(Columns.ARTICLE_ID), hashes.apply(col(Columns.TEXT)).as(SHINGLES));
    }

    /**
     * LSH band keys (article_id, lsh_keys) of shingled articles: one key per band of MinHash values, none for an
     * article without shingles.
     */
    static Dataset<Row> keysOf(Dataset<Row> shingled, NearDuplicateConfig config) {
        MinHashes minHashes = minHashes(shingled.sparkSession(), config);
        int bits = config.featureBits();
        int rows = config.rowsPerBand();
        UserDefinedFunction bands = udf(
                (UDF1<scala.collection.Seq<Integer>, long[]>) shingles -> {
                    int[] indices = Shingles.indices(ints(shingles), bits);
                    return indices.length == 0 ? new long[0] : LshBands.keys(minHashes.of(indices), rows);
                },
                DataTypes.createArrayType(DataTypes.LongType, false));
        return shingled.select(
                col(Columns.ARTICLE_ID), bands.apply(col(SHINGLES)).as(Columns.LSH_KEYS));
    }

    /**
     * The hash functions of MLlib's MinHashLSH for these settings: fitting draws them from the seed and the vector size
     * only, so one vector of that size fits the model any articles would. {@link MinHashes} then applies them to the
     * shingle indices directly, giving the values the model's {@code transform} gives on the sparse 0/1 vector of those
     * indices. {@code randCoefficients} is package-private in Scala and so public to Java; {@code MinHashAgreementTest}
     * fails if a Spark upgrade changes it or the hash family.
     */
    static MinHashes minHashes(SparkSession spark, NearDuplicateConfig config) {
        StructType schema = new StructType().add(FEATURES, SQLDataTypes.VectorType());
        MinHashLSHModel lsh = new MinHashLSH()
                .setInputCol(FEATURES)
                .setOutputCol("buckets")
                .setNumHashTables(config.hashTables())
                .setSeed(config.seed())
                .fit(spark.createDataFrame(
                        List.of(RowBuilder.of(schema)
                                .set(
                                        FEATURES,
                                        Vectors.sparse(1 << config.featureBits(), new int[] {0}, new double[] {1.0}))
                                .build()),
                        schema));
        Tuple2<Object, Object>[] coefficients = lsh.randCoefficients();
        long[] a = new long[coefficients.length];
        long[] b = new long[coefficients.length];
        for (int t = 0; t < coefficients.length; t++) {
            a[t] = (Integer) coefficients[t]._1();
            b[t] = (Integer) coefficients[t]._2();
        }
        return new MinHashes(a, b, MinHashLSH$.MODULE$.HASH_PRIME());
    }

    static int[] ints(scala.collection.Seq<Integer> values) {
        int[] out = new int[values.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.apply(i);
        }
        return out;
    }
}
