package org.newsdrift.clean.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdrift.SparkTestSession;
import org.newsdrift.config.NearDuplicateConfig;

/**
 * {@link LshKeysStep#minHashes} gives the values MLlib's MinHashLSH model gives for the same settings, so that
 * band keys stored by earlier runs stay comparable with tonight's.
 */
class MinHashAgreementTest {
    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkTestSession.get();
    }

    @Test
    void valuesEqualThoseOfMllibsTransform() {
        NearDuplicateConfig config = NearDuplicateConfig.DEFAULTS;
        int dimensions = 1 << config.featureBits();
        Random random = new Random(7);
        List<int[]> sets = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (int n = 0; n < 300; n++) {
            int size = n == 0 ? 1 : 1 + random.nextInt(n < 150 ? 40 : 3000);
            int[] indices = random.ints(size, 0, dimensions).sorted().distinct().toArray();
            if (n == 1) {
                indices = new int[] {0, dimensions - 1};
            }
            sets.add(indices);
            double[] ones = new double[indices.length];
            Arrays.fill(ones, 1.0);
            rows.add(RowFactory.create(n, Vectors.sparse(dimensions, indices, ones)));
        }
        MinHashLSHModel model = new MinHashLSH()
                .setInputCol("features")
                .setOutputCol("hashes")
                .setNumHashTables(config.hashTables())
                .setSeed(config.seed())
                .fit(spark.createDataFrame(
                        rows,
                        new StructType().add("n", DataTypes.IntegerType).add("features", SQLDataTypes.VectorType())));
        MinHashes ours = LshKeysStep.minHashes(spark, config);

        List<Row> hashed = model.transform(spark.createDataFrame(
                        rows,
                        new StructType().add("n", DataTypes.IntegerType).add("features", SQLDataTypes.VectorType())))
                .orderBy("n")
                .collectAsList();
        assertThat(hashed).hasSize(sets.size());
        for (Row row : hashed) {
            List<Vector> vectors = row.getList(row.fieldIndex("hashes"));
            long[] expected = vectors.stream().mapToLong(v -> (long) v.apply(0)).toArray();
            assertThat(ours.of(sets.get(row.getInt(0))))
                    .as("set %d", row.getInt(0))
                    .containsExactly(expected);
        }
    }
}
