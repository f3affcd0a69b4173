package org.newsdrift.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.newsdrift.ingest.InputFile;
import org.newsdrift.ingest.InputLedger;
import org.newsdrift.ingest.LedgerStep;
import org.newsdrift.table.TableWriter;
import org.newsdrift.table.Tables;

/** The {@code input_ledger} table: which of tonight's input files are new or changed, recorded when the run ends. */
final class Ledger {
  private final SparkSession spark;
  private final RunContext run;
  private final TableWriter tables;

  Ledger(SparkSession spark, RunContext run, TableWriter tables) {
    this.spark = spark;
    this.run = run;
    this.tables = tables;
  }

  /** @param reprocess read every input whatever the ledger says (backfill) */
  List<InputLedger.Decision> decide(boolean reprocess) {
    InputLedger ledger = new InputLedger(reprocess ? Map.of() : latestEntries());
    Map<String, String> checksums = LedgerStep.checksums(spark, ledger.needingChecksum(run.inputs()));
    List<InputLedger.Decision> decisions = new ArrayList<>();
    for (InputLedger.Decision d : ledger.decide(run.inputs(), checksums::get)) {
      decisions.add(reprocess ? new InputLedger.Decision(d.file(), d.checksum(), "reprocessed") : d);
    }
    return decisions;
  }

  /** Tonight's partition: every input and its status; written last, so a run that dies reads its files again. */
  void record(List<InputLedger.Decision> decisions) {
    List<Row> rows = new ArrayList<>();
    for (InputLedger.Decision d : decisions) {
      InputFile f = d.file();
      rows.add(RowFactory.create(f.uri(), f.size(), new Timestamp(f.modificationTime()), d.checksum(), d.status(),
          run.runId(), Date.valueOf(run.runDate())));
    }
    tables.replacePartition(Tables.INPUT_LEDGER, "run_date", run.runDate(),
        spark.createDataFrame(rows, Tables.spec(Tables.INPUT_LEDGER).schema()));
  }

  /** The latest entry of every URI, from nights before tonight (a re-run of tonight starts from the night before). */
  private Map<String, InputLedger.Entry> latestEntries() {
    Map<String, InputLedger.Entry> entries = new HashMap<>();
    if (!tables.exists(spark, Tables.INPUT_LEDGER)) {
      return entries;
    }
    List<Row> latest = tables.read(spark, Tables.INPUT_LEDGER)
        .filter(col("run_date").lt(Date.valueOf(run.runDate())))
        .withColumn("n", row_number().over(Window.partitionBy("uri").orderBy(col("run_date").desc())))
        .filter(col("n").equalTo(1))
        .collectAsList();
    for (Row r : latest) {
      entries.put(r.getAs("uri"), new InputLedger.Entry(r.getAs("uri"), r.<Long>getAs("size"),
          r.<Timestamp>getAs("modification_time").getTime(), r.getAs("checksum")));
    }
    return entries;
  }
}
