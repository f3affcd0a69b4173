package org.newsdrift.clean.dedupe;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/** Computes a Dataset once and cuts its query plan, for the near-duplicate steps' reused intermediate results. */
final class Materialized {
    private Materialized() {}

    /**
     * Computes {@code rows} once and cuts its query plan, which label propagation would otherwise nest round after
     * round. Unlike {@code localCheckpoint}, the RDD lineage stays: partitions lost with an executor are recomputed
     * instead of failing the run.
     */
    static Dataset<Row> of(Dataset<Row> rows) {
        Dataset<Row> cut = rows.sparkSession()
                .createDataFrame(rows.javaRDD(), rows.schema())
                .persist(StorageLevel.MEMORY_AND_DISK());
        cut.count();
        return cut;
    }
}
