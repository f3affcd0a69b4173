package org.newsdrift.table;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

/**
 * Writes tables as Parquet (zstd) under the output root, in their declared column order and types.
 */
public final class TableWriter {
  /** Folder under the output root for copies being written; readers never look in it. */
  public static final String STAGING = "_staging";

  private final String outputRoot;

  public TableWriter(String outputRoot) {
    this.outputRoot = outputRoot.endsWith("/") ? outputRoot.substring(0, outputRoot.length() - 1) : outputRoot;
  }

  public String location(String table) {
    return outputRoot + "/" + table;
  }

  /**
   * Replaces the whole of {@code table} with {@code rows}: written to a staging folder, then moved into place, so a
   * run that dies while writing leaves the previous table as it was.
   */
  public void replaceAll(String table, Dataset<Row> rows) {
    Path staging = staging(table);
    TableSpec spec = Tables.spec(table);
    rows.sparkSession().sparkContext().setJobDescription("write " + table);
    stage(rows.sparkSession(), staging, () -> conform(table, rows).write()
        .partitionBy(spec.partitionedBy().toArray(new String[0]))
        .option("compression", "zstd")
        .parquet(staging.toString()));
    publish(rows.sparkSession(), staging, new Path(location(table)));
  }

  /**
   * Replaces one partition of {@code table} ({@code column=value}, the table's partition column) with {@code rows},
   * which must all fall in it; the partition is emptied even when {@code rows} is empty. Staged and moved into
   * place like {@link #replaceAll}.
   */
  public void replacePartition(String table, String column, Object value, Dataset<Row> rows) {
    requirePartitionColumn(table, column);
    Path staging = staging(table);
    rows.sparkSession().sparkContext().setJobDescription("write " + table + " " + column + "=" + value);
    stage(rows.sparkSession(), staging,
        () -> conform(table, rows).drop(column).write().option("compression", "zstd").parquet(staging.toString()));
    publish(rows.sparkSession(), staging, new Path(location(table), column + "=" + value));
  }

  /**
   * Replaces the partitions {@code column=value} of {@code table} for every value in {@code values} with
   * {@code rows}, which must all fall in them, in one staged write; a listed partition without rows is emptied.
   * Each partition is moved into place like {@link #replacePartition} once every one of them is written: a run that
   * dies while writing changes none of them, one that dies while moving them leaves each whole, old or new.
   */
  public void replacePartitions(String table, String column, List<Object> values, Dataset<Row> rows) {
    requirePartitionColumn(table, column);
    SparkSession spark = rows.sparkSession();
    Path staging = staging(table);
    spark.sparkContext().setJobDescription("write " + table + " " + column + " in " + values);
    stage(spark, staging, () -> conform(table, rows).write().partitionBy(column).option("compression", "zstd")
        .parquet(staging.toString()));
    try {
      FileSystem fs = staging.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (Object value : values) {
        Path written = new Path(staging, column + "=" + value);
        if (fs.exists(written)) {
          publish(spark, written, new Path(location(table), column + "=" + value));
        } else {
          replacePartition(table, column, value, spark.createDataFrame(List.of(), Tables.spec(table).schema()));
        }
      }
      fs.delete(staging, true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot publish " + table + " partitions from " + staging, e);
    }
  }

  /**
   * Rewrites one partition of {@code table} ({@code column=value}) as {@code change} of its current rows, staged and
   * moved into place like {@link #replaceAll}, so the partition is never read while it is being overwritten.
   */
  public void rewritePartition(SparkSession spark, String table, String column, Object value,
      java.util.function.UnaryOperator<Dataset<Row>> change) {
    replacePartition(table, column, value, change.apply(read(spark, table).filter(col(column).equalTo(lit(value)))));
  }

  /** Adds {@code rows} to {@code table}. */
  public void append(String table, Dataset<Row> rows) {
    TableSpec spec = Tables.spec(table);
    rows.sparkSession().sparkContext().setJobDescription("append to " + table);
    conform(table, rows).write()
        .mode(SaveMode.Append)
        .partitionBy(spec.partitionedBy().toArray(new String[0]))
        .option("compression", "zstd")
        .parquet(location(table));
  }

  /** Whether {@code table} has been written under the output root. */
  public boolean exists(SparkSession spark, String table) {
    Path path = new Path(location(table));
    try {
      return path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot look for table " + table + " (" + path + ")", e);
    }
  }

  public Dataset<Row> read(SparkSession spark, String table) {
    return spark.read().schema(Tables.spec(table).schema()).parquet(location(table));
  }

  /** Rows of {@code rows} shaped as {@code table}: declared columns only, in order, cast to the declared types. */
  public static Dataset<Row> conform(String table, Dataset<Row> rows) {
    TableSpec spec = Tables.spec(table);
    List<Column> columns = Arrays.stream(spec.schema().fields())
        .map((StructField f) -> col(f.name()).cast(f.dataType()).as(f.name(), f.metadata()))
        .toList();
    return rows.select(columns.toArray(new Column[0]));
  }

  /**
   * Removes the folders that publishing left empty under {@code _staging} (one per table, and the staging folder
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

  private Path staging(String table) {
    return new Path(outputRoot + "/" + STAGING + "/" + table + "/" + UUID.randomUUID());
  }

  private static void requirePartitionColumn(String table, String column) {
    if (!Tables.spec(table).partitionedBy().equals(List.of(column))) {
      throw new IllegalArgumentException("Cannot replace partition: " + table + " is partitioned by "
          + Tables.spec(table).partitionedBy() + ", not [" + column + "]");
    }
  }

  /** Runs {@code write} into {@code staging}; when it fails, removes what it left there and rethrows. */
  private static void stage(SparkSession spark, Path staging, Runnable write) {
    try {
      write.run();
    } catch (RuntimeException e) {
      try {
        staging.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(staging, true);
      } catch (IOException | RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  /**
   * Moves a complete staged copy into place: the published folder is first moved aside (into the staging area),
   * then the staged one takes its name, then the old one is deleted. Between the two renames (one file-system
   * operation on HDFS and local disks; a copy on S3) the folder is absent; it is never half written.
   */
  private void publish(SparkSession spark, Path staged, Path target) {
    try {
      FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
      Path previous = null;
      if (fs.exists(target)) {
        previous = new Path(staged.getParent(), staged.getName() + ".previous");
        rename(fs, target, previous);
      } else {
        fs.mkdirs(target.getParent());
      }
      rename(fs, staged, target);
      if (previous != null && !fs.delete(previous, true)) {
        throw new IOException("delete returned false for " + previous);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot publish " + target + " from " + staged, e);
    }
  }

  private static void rename(FileSystem fs, Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("rename returned false: " + from + " to " + to);
    }
  }
}
