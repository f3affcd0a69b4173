package org.newsdrift.table;

import io.delta.tables.DeltaTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upkeep of the output tables after a run: compacting small files ({@code OPTIMIZE}) and removing the files that
 * commits replaced longer ago than the retention ({@code VACUUM}). Neither changes what a reader of the current
 * version sees; VACUUM limits how far back time travel reaches.
 */
public final class TableUpkeep {
    private static final Logger LOG = LoggerFactory.getLogger(TableUpkeep.class);
    /** The table property that sets how long VACUUM keeps files that commits replaced. */
    public static final String RETENTION = "delta.deletedFileRetentionDuration";

    private final SparkSession spark;
    private final TableWriter tables;

    public TableUpkeep(SparkSession spark, TableWriter tables) {
        this.spark = spark;
        this.tables = tables;
    }

    /** Compacts the small files of every table into larger ones; returns the tables compacted. */
    public List<String> optimize() {
        List<String> done = new ArrayList<>();
        for (TableSpec spec : Tables.all()) {
            if (tables.exists(spark, spec.name())) {
                try (JobDescription job = JobDescription.of(spark, "optimize " + spec.name())) {
                    DeltaTable.forPath(spark, tables.location(spec.name()))
                            .optimize()
                            .executeCompaction();
                }
                done.add(spec.name());
            }
        }
        LOG.info("optimize: compacted {} tables", done.size());
        return done;
    }

    /**
     * Removes, from every table, the files no version of the last {@code retentionHours} hours reads.
     *
     * <p>Delta 4 takes the retention from the table property {@link #RETENTION} only (an hours argument to VACUUM is
     * ignored with a warning), so a table whose property differs gets it set first, in a commit of its own. VACUUM
     * lists a table's folders in a job of {@code spark.sql.sources.parallelPartitionDiscovery.parallelism} tasks,
     * 10,000 by default: for tables of a few dozen partitions that is minutes of empty tasks, so while it runs the
     * setting is the cluster's default parallelism unless the session set one.
     */
    public List<String> vacuum(int retentionHours) {
        String key = "spark.sql.sources.parallelPartitionDiscovery.parallelism";
        boolean chosen = spark.conf().contains(key);
        if (!chosen) {
            spark.conf().set(key, String.valueOf(spark.sparkContext().defaultParallelism()));
        }
        List<String> done = new ArrayList<>();
        try {
            for (TableSpec spec : Tables.all()) {
                if (tables.exists(spark, spec.name())) {
                    vacuum(spec.name(), "interval " + retentionHours + " hours");
                    done.add(spec.name());
                }
            }
        } finally {
            if (!chosen) {
                spark.conf().unset(key);
            }
        }
        LOG.info("vacuum: removed files replaced more than {} hours ago from {} tables", retentionHours, done.size());
        return done;
    }

    /** Sets the table's retention if it differs, then vacuums it. */
    private void vacuum(String name, String retention) {
        try (JobDescription job = JobDescription.of(spark, "vacuum " + name)) {
            DeltaTable table = DeltaTable.forPath(spark, tables.location(name));
            Object current =
                    table.detail().select("properties").first().getJavaMap(0).get(RETENTION);
            if (!retention.equals(current)) {
                spark.sql("ALTER TABLE delta.`" + tables.location(name) + "` SET TBLPROPERTIES ('" + RETENTION + "' = '"
                        + retention + "')");
            }
            table.vacuum();
        }
    }
}
