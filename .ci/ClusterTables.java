import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Checks the tables of the nightly runs .ci/cluster-checks made on the standalone cluster: each output holds one
 * succeeded run over every record of the input, whose counts match the articles and rejects written and the
 * counts of every other output. Run with the Spark class path: {@code java -cp ... .ci/ClusterTables.java INPUT
 * OUTPUT...}; exits 1 naming the first difference.
 */
public final class ClusterTables {
  private ClusterTables() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: ClusterTables INPUT_JSON OUTPUT...");
    }
    long inputRecords = new ObjectMapper().readTree(new File(args[0])).size();
    SparkSession spark = SparkSession.builder().master("local[2]").appName("cluster-checks tables")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
    List<String> failures = new ArrayList<>();
    String firstCounts = null;
    try {
      for (int i = 1; i < args.length; i++) {
        String out = args[i];
        List<Row> runs = spark.read().parquet(out + "/runs").collectAsList();
        if (runs.size() != 1) {
          failures.add(out + ": " + runs.size() + " runs rows, expected 1");
          continue;
        }
        Row run = runs.get(0);
        long read = run.getAs("records_read");
        long accepted = run.getAs("accepted");
        long rejected = run.getAs("rejected");
        long duplicates = run.getAs("duplicates");
        long articleRows = spark.read().parquet(out + "/articles").count();
        long canonical = spark.read().parquet(out + "/articles").filter(col("duplicate_of").isNull()).count();
        long rejectRows = spark.read().parquet(out + "/rejects").count();
        long topics = spark.read().parquet(out + "/topics").count();
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
