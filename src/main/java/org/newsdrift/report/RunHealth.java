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
import org.newsdrift.table.Columns;
import org.newsdrift.table.TableWriter;
import org.newsdrift.table.Tables;

/**
 * The run-health view: the latest runs, what became of the latest run's records, and its rejects by reason; with
 * the latest succeeded run's model version and config, which the tables were written with.
 */
record RunHealth(String modelVersion, String configJson, List<RunRow> runs, List<Count> records, List<Count> rejects) {
    private static final int RUNS = 10;
    /** Intermediate: rejects per reason. */
    private static final String N = "n";

    private static final DateTimeFormatter UTC_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    static RunHealth collect(SparkSession spark, TableWriter tables) {
        List<Row> rows = tables.read(spark, Tables.RUNS)
                .orderBy(col(Columns.STARTED_AT).desc(), col(Columns.RUN_ID))
                .limit(RUNS)
                .collectAsList();
        List<RunRow> runs = rows.stream().map(RunHealth::runRow).toList();
        Optional<Row> latest = rows.stream()
                .filter(r -> "succeeded".equals(r.getAs(Columns.STATUS)))
                .findFirst();
        if (latest.isEmpty()) {
            return new RunHealth(null, null, runs, List.of(), List.of());
        }
        Row run = latest.get();
        Object runDate = run.getAs(Columns.RUN_DATE);
        List<Count> rejects = tables
                .read(spark, Tables.REJECTS)
                .filter(col(Columns.RUN_DATE).equalTo(runDate))
                .groupBy(Columns.REASON)
                .agg(count("*").as(N))
                .orderBy(col(N).desc(), col(Columns.REASON))
                .collectAsList()
                .stream()
                .map(r -> new Count(r.getString(0), r.getLong(1)))
                .toList();
        long exact = 0;
        long near = 0;
        for (Row kind : tables.read(spark, Tables.ARTICLES)
                .filter(col(Columns.RUN_DATE)
                        .equalTo(runDate)
                        .and(col(Columns.DUPLICATE_KIND).isNotNull()))
                .groupBy(Columns.DUPLICATE_KIND)
                .count()
                .collectAsList()) {
            if ("exact".equals(kind.getString(0))) {
                exact = kind.getLong(1);
            } else if ("near".equals(kind.getString(0))) {
                near = kind.getLong(1);
            }
        }
        List<Count> records = new ArrayList<>();
        records.add(new Count("accepted (canonical articles)", run.<Long>getAs(Columns.ACCEPTED)));
        records.add(new Count("rejected", run.<Long>getAs(Columns.REJECTED)));
        long duplicates = run.<Long>getAs(Columns.DUPLICATES);
        long repeats = duplicates - exact - near;
        if (repeats >= 0) {
            records.add(new Count("exact copies", exact));
            records.add(new Count("near copies", near));
            records.add(new Count("repeated records", repeats));
        } else {
            // A later run of the same night replaced its articles: the split no longer matches this row.
            records.add(new Count("duplicates", duplicates));
        }
        return new RunHealth(run.getAs(Columns.MODEL_VERSION), run.getAs(Columns.CONFIG_JSON), runs, records, rejects);
    }

    private static RunRow runRow(Row r) {
        java.sql.Timestamp started = r.getAs(Columns.STARTED_AT);
        // Timestamp.toString would use the JVM's zone; the report says UTC.
        String startedUtc = started == null ? "" : UTC_SECONDS.format(started.toInstant());
        return new RunRow(
                String.valueOf((Object) r.getAs(Columns.RUN_DATE)),
                startedUtc,
                r.getAs(Columns.STATUS),
                r.getAs(Columns.RECORDS_READ),
                r.getAs(Columns.ACCEPTED),
                r.getAs(Columns.REJECTED),
                r.getAs(Columns.DUPLICATES),
                r.getAs(Columns.RELEVANT),
                r.getAs(Columns.MODEL_VERSION),
                r.getAs(Columns.MESSAGE));
    }
}
