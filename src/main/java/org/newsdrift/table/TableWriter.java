package org.newsdrift.table;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
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
  private final String outputRoot;

  public TableWriter(String outputRoot) {
    this.outputRoot = outputRoot.endsWith("/") ? outputRoot.substring(0, outputRoot.length() - 1) : outputRoot;
  }

  public String location(String table) {
    return outputRoot + "/" + table;
  }

  /** Replaces the whole of {@code table} with {@code rows}. */
  public void replaceAll(String table, Dataset<Row> rows) {
    write(table, rows, SaveMode.Overwrite, "static");
  }

  /**
   * Replaces one partition of {@code table} ({@code column=value}) with {@code rows}, which must all fall in it;
   * the partition is emptied even when {@code rows} is empty.
   */
  public void replacePartition(String table, String column, Object value, Dataset<Row> rows) {
    Path partition = new Path(location(table), column + "=" + value);
    try {
      FileSystem fs = partition.getFileSystem(rows.sparkSession().sparkContext().hadoopConfiguration());
      if (fs.exists(partition) && !fs.delete(partition, true)) {
        throw new IOException("delete returned false");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot replace partition: deleting it failed (" + partition + ")", e);
    }
    write(table, rows, SaveMode.Append, "dynamic");
  }

  /**
   * Rewrites one partition of {@code table} as {@code change} of its current rows: the new rows are written to a
   * staging folder first, then moved into place, so the partition is never read while it is being overwritten.
   */
  public void rewritePartition(SparkSession spark, String table, String column, Object value,
      java.util.function.UnaryOperator<Dataset<Row>> change) {
    Path partition = new Path(location(table), column + "=" + value);
    Path staging = new Path(outputRoot + "/_staging/" + table + "/" + column + "=" + value + "-"
        + java.util.UUID.randomUUID());
    Dataset<Row> rows = change.apply(read(spark, table).filter(col(column).equalTo(lit(value))));
    rows.sparkSession().sparkContext().setJobDescription("rewrite " + table + " " + column + "=" + value);
    conform(table, rows).drop(column).write().option("compression", "zstd").parquet(staging.toString());
    try {
      FileSystem fs = partition.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (fs.exists(partition) && !fs.delete(partition, true)) {
        throw new IOException("delete returned false");
      }
      if (!fs.rename(staging, partition)) {
        throw new IOException("rename returned false");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot rewrite partition (" + partition + ") from " + staging, e);
    }
  }

  /** Adds {@code rows} to {@code table}. */
  public void append(String table, Dataset<Row> rows) {
    write(table, rows, SaveMode.Append, "dynamic");
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

  private void write(String table, Dataset<Row> rows, SaveMode mode, String overwriteMode) {
    TableSpec spec = Tables.spec(table);
    rows.sparkSession().sparkContext().setJobDescription("write " + table);
    conform(table, rows).write()
        .mode(mode)
        .option("partitionOverwriteMode", overwriteMode)
        .partitionBy(spec.partitionedBy().toArray(new String[0]))
        .option("compression", "zstd")
        .parquet(location(table));
  }
}
