import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampType;

/**
 * Checks the tables of the nightly runs .ci/cluster-checks made on the standalone cluster: each output holds one
 * succeeded run over every record of the input, whose counts match the articles and rejects written and the
 * counts of every other output; with {@code --same REFERENCE OUTPUT}, that OUTPUT's tables hold REFERENCE's rows.
 * Run with the Spark class path: {@code java -cp ... .ci/ClusterTables.java INPUT OUTPUT...}; exits 1 naming every
 * difference.
 */
public final class ClusterTables {
  private ClusterTables() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2 || (args[0].equals("--same") && args.length < 3)) {
      throw new IllegalArgumentException(
          "usage: ClusterTables INPUT_JSON OUTPUT... | ClusterTables --same REFERENCE OUTPUT [TABLE:COLUMN|TABLE...]");
    }
    SparkSession spark = SparkSession.builder().master("local[2]").appName("cluster-checks tables")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
        .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
        .getOrCreate();
    List<String> failures = new ArrayList<>();
    if (args[0].equals("--same")) {
      try {
        same(spark, args[1], args[2], List.of(args).subList(3, args.length), failures);
      } finally {
        spark.stop();
      }
      exit(failures);
      return;
    }
    long inputRecords = new ObjectMapper().readTree(new File(args[0])).size();
    String firstCounts = null;
    try {
      for (int i = 1; i < args.length; i++) {
        String out = args[i];
        List<Row> runs = spark.read().format("delta").load(out + "/runs").collectAsList();
        if (runs.size() != 1) {
          failures.add(out + ": " + runs.size() + " runs rows, expected 1");
          continue;
        }
        Row run = runs.get(0);
        long read = run.getAs("records_read");
        long accepted = run.getAs("accepted");
        long rejected = run.getAs("rejected");
        long duplicates = run.getAs("duplicates");
        long articleRows = spark.read().format("delta").load(out + "/articles").count();
        long canonical = spark.read().format("delta").load(out + "/articles").filter(col("duplicate_of").isNull()).count();
        long rejectRows = spark.read().format("delta").load(out + "/rejects").count();
        long topics = spark.read().format("delta").load(out + "/topics").count();
        String counts = String.format("%d records, %d accepted, %d rejected, %d duplicates, %d relevant, "
            + "%d article rows, %d topics", read, accepted, rejected, duplicates, run.<Long>getAs("relevant"),
            articleRows, topics);
        System.out.println("cluster-checks: " + out + ": status " + run.getAs("status") + "; " + counts);
        check(failures, out, "status", run.getAs("status"), "succeeded");
        check(failures, out, "records_read", read, inputRecords);
        check(failures, out, "accepted + rejected + duplicates", accepted + rejected + duplicates, read);
        check(failures, out, "canonical articles", canonical, accepted);
        check(failures, out, "rejects rows", rejectRows, rejected);
        if (topics == 0) {
          failures.add(out + ": no topics");
        }
        if (firstCounts == null) {
          firstCounts = counts;
        } else {
          check(failures, out, "counts (as the first output)", counts, firstCounts);
        }
      }
    } finally {
      spark.stop();
    }
    exit(failures);
  }

  /**
   * Every table of {@code output} holds the rows of {@code reference}'s, row for row, apart from what names or times
   * a run (run ids, timestamps, the runs table itself); doubles compared to 6 decimals, as Spark may sum task results
   * in another order. No article is in {@code output} twice. {@code ignored} names tables ({@code source_boilerplate})
   * or columns ({@code articles:run_date}) left out of the comparison.
   */
  private static void same(SparkSession spark, String reference, String output, List<String> ignored,
      List<String> failures) {
    File[] tables = new File(reference).listFiles(f -> new File(f, "_delta_log").isDirectory()
        && !f.getName().equals("runs"));
    java.util.Arrays.sort(tables);
    for (File table : tables) {
      if (ignored.contains(table.getName())) {
        System.out.printf("cluster-checks: %s: not compared%n", table.getName());
        continue;
      }
      Dataset<Row> expected = readOrNull(spark, table.getPath());
      Dataset<Row> actual = readOrNull(spark, output + "/" + table.getName());
      if (expected == null || actual == null) {  // a table without rows has no Parquet file to take a schema from
        long rows = expected != null ? expected.count() : actual != null ? actual.count() : 0;
        System.out.printf("cluster-checks: %s: no rows in %s; %d in the other%n", table.getName(),
            expected == null ? reference : output, rows);
        if (rows > 0) {
          failures.add(output + ": " + table.getName() + " differs from " + reference + " (empty in one)");
        }
        continue;
      }
      expected = comparable(expected, table.getName(), ignored);
      actual = comparable(actual, table.getName(), ignored);
      long missing = expected.exceptAll(actual).count();
      long extra = actual.exceptAll(expected).count();
      System.out.printf("cluster-checks: %s: %d rows in the reference, %d in %s; %d missing, %d extra%n",
          table.getName(), expected.count(), actual.count(), output, missing, extra);
      if (missing + extra > 0) {
        failures.add(output + ": " + table.getName() + " differs from " + reference + " (" + missing + " rows missing, "
            + extra + " extra)");
      }
    }
    long repeated = spark.read().format("delta").load(output + "/articles").groupBy("article_id").count()
        .filter(col("count").gt(1)).count();
    if (repeated > 0) {
      failures.add(output + ": " + repeated + " article_id values in articles more than once");
    }
  }

  private static Dataset<Row> readOrNull(SparkSession spark, String path) {
    try {
      return spark.read().format("delta").load(path);
    } catch (Exception e) {  // Spark's AnalysisException, unchecked in Scala
      if (String.valueOf(e.getMessage()).contains("UNABLE_TO_INFER_SCHEMA")) {
        return null;
      }
      throw e;
    }
  }

  private static Dataset<Row> comparable(Dataset<Row> rows, String table, List<String> ignored) {
    List<Column> columns = new ArrayList<>();
    for (StructField field : rows.schema().fields()) {
      if (field.name().equals("run_id") || field.dataType() instanceof TimestampType
          || ignored.contains(table + ":" + field.name())) {
        continue;
      }
      columns.add(rounded(col(field.name()), field.dataType()).as(field.name()));
    }
    return rows.select(columns.toArray(new Column[0]));
  }

  private static Column rounded(Column value, DataType type) {
    if (type instanceof DoubleType) {
      return functions.round(value, 6);
    } else if (type instanceof ArrayType array) {
      return functions.transform(value, element -> rounded(element, array.elementType()));
    } else if (type instanceof StructType struct) {
      List<Column> fields = new ArrayList<>();
      for (StructField field : struct.fields()) {
        fields.add(rounded(value.getField(field.name()), field.dataType()).as(field.name()));
      }
      return functions.struct(fields.toArray(new Column[0]));
    }
    return value;
  }

  private static void exit(List<String> failures) {
    if (!failures.isEmpty()) {
      failures.forEach(f -> System.err.println("cluster-checks: " + f));
      System.exit(1);
    }
  }

  private static void check(List<String> failures, String out, String what, Object actual, Object expected) {
    if (!actual.equals(expected)) {
      failures.add(out + ": " + what + " is " + actual + ", expected " + expected);
    }
  }
}
