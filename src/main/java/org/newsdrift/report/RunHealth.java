package org.newsdrift.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsdrift.report.ReportData.Count;
import org.newsdrift.report.ReportData.RunRow;
import org.newsdrift.table.TableWriter;
import org.newsdrift.table.Tables;

/**
 * The run-health view: the latest runs, what became of the latest run's records, and its rejects by reason; with
 * the latest succeeded run's model version and config, which the tables were written with.
 */
record RunHealth(String modelVersion, String configJson, List<RunRow> runs, List<Count> records, List<Count> rejects) {
  private static final int RUNS = 10;
  private static final DateTimeFormatter UTC_SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  static RunHealth collect(SparkSession spark, TableWriter tables) {
    List<Row> rows = tables.read(spark, Tables.RUNS).orderBy(col("started_at").desc(), col("run_id"))
        .limit(RUNS).collectAsList();
    List<RunRow> runs = rows.stream().map(RunHealth::runRow).toList();
    Optional<Row> latest = rows.stream().filter(r -> "succeeded".equals(r.getAs("status"))).findFirst();
    if (latest.isEmpty()) {
      return new RunHealth(null, null, runs, List.of(), List.of());
    }
    Row run = latest.get();
    Object runDate = run.getAs("run_date");
    List<Count> rejects = tables.read(spark, Tables.REJECTS).filter(col("run_date").equalTo(runDate))
        .groupBy("reason").agg(count("*").as("n")).orderBy(col("n").desc(), col("reason")).collectAsList().stream()
        .map(r -> new Count(r.getString(0), r.getLong(1))).toList();
    long exact = 0;
    long near = 0;
    for (Row kind : tables.read(spark, Tables.ARTICLES)
        .filter(col("run_date").equalTo(runDate).and(col("duplicate_kind").isNotNull()))
        .groupBy("duplicate_kind").count().collectAsList()) {
      if ("exact".equals(kind.getString(0))) {
        exact = kind.getLong(1);
      } else if ("near".equals(kind.getString(0))) {
        near = kind.getLong(1);
      }
    }
    List<Count> records = new ArrayList<>();
    records.add(new Count("accepted (canonical articles)", run.<Long>getAs("accepted")));
    records.add(new Count("rejected", run.<Long>getAs("rejected")));
    long duplicates = run.<Long>getAs("duplicates");
    long repeats = duplicates - exact - near;
    if (repeats >= 0) {
      records.add(new Count("exact copies", exact));
      records.add(new Count("near copies", near));
      records.add(new Count("repeated records", repeats));
    } else {
      // A later run of the same night replaced its articles: the split no longer matches this row.
      records.add(new Count("duplicates", duplicates));
    }
    return new RunHealth(run.getAs("model_version"), run.getAs("config_json"), runs, records, rejects);
  }

  private static RunRow runRow(Row r) {
    java.sql.Timestamp started = r.getAs("started_at");
    // Timestamp.toString would use the JVM's zone; the report says UTC.
    String startedUtc = started == null ? "" : UTC_SECONDS.format(started.toInstant());
    return new RunRow(String.valueOf((Object) r.getAs("run_date")), startedUtc,
        r.getAs("status"), r.getAs("records_read"), r.getAs("accepted"), r.getAs("rejected"), r.getAs("duplicates"),
        r.getAs("relevant"), r.getAs("model_version"), r.getAs("message"));
  }
}
