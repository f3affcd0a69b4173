package org.newsdrift.table;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the output tables as path-based Delta Lake tables under the output root, in their declared column order and
 * types. Each call is one Delta commit: readers see a table as it was before the call or after it, never missing or
 * half written, and a write that fails commits nothing. Columns a table lacks are added by the write that brings them
 * (schema evolution), so tables of an older build need no migration.
 */
public final class TableWriter {
    /** Folder under the output root for files that are not tables (the runs' checkpoints); readers never look in it. */
    public static final String STAGING = "_staging";

    private static final Logger LOG = LoggerFactory.getLogger(TableWriter.class);

    private final String outputRoot;

    public TableWriter(String outputRoot) {
        this.outputRoot = outputRoot.endsWith("/") ? outputRoot.substring(0, outputRoot.length() - 1) : outputRoot;
    }

    public String location(String table) {
        return outputRoot + "/" + table;
    }

    /** Replaces the whole of {@code table} with {@code rows}. */
    public void replaceAll(String table, Dataset<Row> rows) {
        // Static: the job's sessions overwrite partitions dynamically, which would keep partitions rows no longer have.
        save("write " + table, table, rows, w -> w.mode(SaveMode.Overwrite).option("partitionOverwriteMode", "static"));
    }

    /**
     * Replaces one partition of {@code table} ({@code column=value}, the table's partition column) with {@code rows},
     * which must all fall in it; the partition is emptied even when {@code rows} is empty.
     */
    public void replacePartition(String table, String column, Object value, Dataset<Row> rows) {
        replacePartitions(table, column, List.of(value), rows);
    }

    /**
     * Replaces the partitions {@code column=value} of {@code table} for every value in {@code values} with
     * {@code rows}, which must all fall in them, in one commit; a listed partition without rows is emptied.
     */
    public void replacePartitions(String table, String column, List<Object> values, Dataset<Row> rows) {
        requirePartitionColumn(table, column);
        replaceWhere(table, in(column, values), rows);
    }

    /**
     * Replaces the rows of {@code table} that match the SQL condition {@code where} with {@code rows}, which must all
     * match it too (Delta refuses the commit otherwise), in one commit.
     */
    public void replaceWhere(String table, String where, Dataset<Row> rows) {
        save(
                "write " + table + " where " + abbreviated(where),
                table,
                rows,
                w -> w.mode(SaveMode.Overwrite).option("replaceWhere", where));
    }

    /** Deletes the rows of {@code table} that match the SQL condition {@code where}, in one commit. */
    public void delete(SparkSession spark, String table, String where) {
        try (JobDescription job = JobDescription.of(spark, "delete from " + table + " where " + abbreviated(where))) {
            DeltaTable.forPath(spark, location(table)).delete(where);
        }
    }

    /** Adds {@code rows} to {@code table}. */
    public void append(String table, Dataset<Row> rows) {
        save("append to " + table, table, rows, w -> w.mode(SaveMode.Append));
    }

    /** Creates {@code table} without rows unless it exists, so that readers find it. */
    public void createIfMissing(SparkSession spark, String table) {
        if (!exists(spark, table)) {
            append(table, spark.createDataFrame(List.of(), Tables.spec(table).schema()));
        }
    }

    /** Whether {@code table} has been written under the output root (as a Delta table). */
    public boolean exists(SparkSession spark, String table) {
        Path log = new Path(location(table), "_delta_log");
        try {
            return log.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot look for table " + table + " (" + log + ")", e);
        }
    }

    /**
     * The current version of {@code table}, shaped as declared: a column the stored table does not have yet (written by
     * an older build) reads as null.
     */
    public Dataset<Row> read(SparkSession spark, String table) {
        Dataset<Row> stored = spark.read().format("delta").load(location(table));
        Set<String> present = Set.of(stored.columns());
        List<Column> columns = Arrays.stream(Tables.spec(table).schema().fields())
                .map(f -> (present.contains(f.name()) ? col(f.name()) : lit(null))
                        .cast(f.dataType())
                        .as(f.name()))
                .toList();
        return stored.select(columns.toArray(new Column[0]));
    }

    /**
     * Turns the tables an older build wrote as plain Parquet folders into Delta tables in place (Delta's
     * {@code CONVERT TO DELTA}, which writes a log over the existing files), so that a night on an old output keeps
     * its earlier nights. Returns the tables converted.
     */
    public List<String> convertParquetTables(SparkSession spark) {
        FileSystem fs;
        try {
            fs = new Path(outputRoot).getFileSystem(spark.sparkContext().hadoopConfiguration());
            List<String> converted = new java.util.ArrayList<>();
            for (TableSpec spec : Tables.all()) {
                Path folder = new Path(location(spec.name()));
                if (fs.exists(folder) && !exists(spark, spec.name())) {
                    String partitions = spec.partitionedBy().stream()
                            .map(c ->
                                    c + " " + spec.schema().apply(c).dataType().sql())
                            .collect(Collectors.joining(", "));
                    LOG.info("{}: converting the Parquet table of an older build to Delta", spec.name());
                    try (JobDescription job = JobDescription.of(spark, "convert " + spec.name() + " to Delta")) {
                        spark.sql("CONVERT TO DELTA parquet.`" + folder + "`"
                                + (partitions.isEmpty() ? "" : " PARTITIONED BY (" + partitions + ")"));
                    }
                    converted.add(spec.name());
                }
            }
            return converted;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot look for Parquet tables under " + outputRoot, e);
        }
    }

    /** Rows of {@code rows} shaped as {@code table}: declared columns only, in order, cast to the declared types. */
    public static Dataset<Row> conform(String table, Dataset<Row> rows) {
        TableSpec spec = Tables.spec(table);
        List<Column> columns = Arrays.stream(spec.schema().fields())
                .map((StructField f) -> col(f.name()).cast(f.dataType()).as(f.name(), f.metadata()))
                .toList();
        return rows.select(columns.toArray(new Column[0]));
    }

    /** The SQL condition {@code column IN (values)}, each value a SQL literal ({@link #literal}). */
    public static String in(String column, Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("Cannot build a condition on " + column + ": no values");
        }
        return "`" + column + "` IN ("
                + values.stream().map(TableWriter::literal).collect(Collectors.joining(", ")) + ")";
    }

    /** {@code value} as a Spark SQL literal: a date as {@code DATE'…'}, a number as is, anything else quoted. */
    public static String literal(Object value) {
        if (value instanceof LocalDate || value instanceof java.sql.Date) {
            return "DATE'" + value + "'";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        return "'" + value.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /**
     * Removes the folders that runs left empty under {@code _staging} (one per table, and the staging folder
     * itself when nothing else is in it). Files are left alone: they may belong to a run still writing.
     */
    public void tidyStaging(Configuration conf) {
        Path root = new Path(outputRoot + "/" + STAGING);
        try {
            FileSystem fs = root.getFileSystem(conf);
            if (fs.exists(root)) {
                removeIfEmpty(fs, root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot tidy " + root, e);
        }
    }

    /** Removes the empty folders below {@code folder}, then {@code folder} if that left it empty; true if removed. */
    private static boolean removeIfEmpty(FileSystem fs, Path folder) throws IOException {
        boolean empty = true;
        for (FileStatus child : fs.listStatus(folder)) {
            empty &= child.isDirectory() && removeIfEmpty(fs, child.getPath());
        }
        return empty && fs.delete(folder, false);
    }

    /** Writes {@code rows} to {@code table} in the mode {@code mode} sets, its jobs named {@code description}. */
    private void save(String description, String table, Dataset<Row> rows, UnaryOperator<DataFrameWriter<Row>> mode) {
        TableSpec spec = Tables.spec(table);
        DataFrameWriter<Row> writer = conform(table, rows)
                .write()
                .format("delta")
                .partitionBy(spec.partitionedBy().toArray(new String[0]))
                .option("mergeSchema", "true")
                .option("compression", "zstd");
        try (JobDescription job = JobDescription.of(rows.sparkSession(), description)) {
            mode.apply(writer).save(location(table));
        }
    }

    private static String abbreviated(String where) {
        return where.length() <= 120 ? where : where.substring(0, 117) + "...";
    }

    private static void requirePartitionColumn(String table, String column) {
        if (!Tables.spec(table).partitionedBy().equals(List.of(column))) {
            throw new IllegalArgumentException("Cannot replace partition: " + table + " is partitioned by "
                    + Tables.spec(table).partitionedBy() + ", not [" + column + "]");
        }
    }
}
