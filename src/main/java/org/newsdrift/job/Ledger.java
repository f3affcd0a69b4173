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
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.newsdrift.ingest.InputFile;
import org.newsdrift.ingest.InputLedger;
import org.newsdrift.ingest.LedgerStep;
import org.newsdrift.table.Columns;
import org.newsdrift.table.RowBuilder;
import org.newsdrift.table.TableWriter;
import org.newsdrift.table.Tables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@code input_ledger} table: which of tonight's input files are new or changed, recorded when the run ends. */
final class Ledger {
    private static final Logger LOG = LoggerFactory.getLogger(Ledger.class);
    /** The intermediate column numbering each URI's entries, latest first. */
    private static final String ENTRY = "entry";

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

    /** The files {@code decisions} says to read, in order; logs what the ledger decided. */
    static List<InputFile> toRead(List<InputLedger.Decision> decisions) {
        List<InputFile> toRead = decisions.stream()
                .filter(InputLedger.Decision::toRead)
                .map(InputLedger.Decision::file)
                .toList();
        LOG.info(
                "input ledger: {} files, {} to read ({} new, {} changed, {} reprocessed), {} unchanged",
                decisions.size(),
                toRead.size(),
                count(decisions, "new"),
                count(decisions, "changed"),
                count(decisions, "reprocessed"),
                count(decisions, "unchanged"));
        return toRead;
    }

    private static long count(List<InputLedger.Decision> decisions, String status) {
        return decisions.stream().filter(d -> d.status().equals(status)).count();
    }

    /** Tonight's partition: every input and its status; written last, so a run that dies reads its files again. */
    void record(List<InputLedger.Decision> decisions) {
        List<Row> rows = new ArrayList<>();
        for (InputLedger.Decision d : decisions) {
            InputFile f = d.file();
            rows.add(RowBuilder.of(Tables.INPUT_LEDGER)
                    .set(Columns.URI, f.uri())
                    .set(Columns.SIZE, f.size())
                    .set(Columns.MODIFICATION_TIME, new Timestamp(f.modificationTime()))
                    .set(Columns.CHECKSUM, d.checksum())
                    .set(Columns.STATUS, d.status())
                    .set(Columns.RUN_ID, run.runId())
                    .set(Columns.RUN_DATE, Date.valueOf(run.runDate()))
                    .build());
        }
        tables.replacePartition(
                Tables.INPUT_LEDGER,
                Columns.RUN_DATE,
                run.runDate(),
                spark.createDataFrame(rows, Tables.spec(Tables.INPUT_LEDGER).schema()));
    }

    /** The latest entry of every URI, from nights before tonight (a re-run of tonight starts from the night before). */
    private Map<String, InputLedger.Entry> latestEntries() {
        Map<String, InputLedger.Entry> entries = new HashMap<>();
        if (!tables.exists(spark, Tables.INPUT_LEDGER)) {
            return entries;
        }
        List<Row> latest = tables.read(spark, Tables.INPUT_LEDGER)
                .filter(col(Columns.RUN_DATE).lt(Date.valueOf(run.runDate())))
                .withColumn(
                        ENTRY,
                        row_number()
                                .over(Window.partitionBy(Columns.URI)
                                        .orderBy(col(Columns.RUN_DATE).desc())))
                .filter(col(ENTRY).equalTo(1))
                .collectAsList();
        for (Row r : latest) {
            entries.put(
                    r.getAs(Columns.URI),
                    new InputLedger.Entry(
                            r.getAs(Columns.URI),
                            r.<Long>getAs(Columns.SIZE),
                            r.<Timestamp>getAs(Columns.MODIFICATION_TIME).getTime(),
                            r.getAs(Columns.CHECKSUM)));
        }
        return entries;
    }
}
