package org.newsdrift.table;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdrift.SparkTestSession;
import org.newsdrift.StartedJobs;

/**
 * Replacing a table or a partition commits a complete copy or nothing: a write that fails midway (a task that
 * throws after others have written their files) leaves readers the previous rows.
 */
class TableWriterTest {
    private static SparkSession spark;

    @TempDir
    Path root;

    @BeforeAll
    static void startSpark() {
        spark = SparkTestSession.get();
    }

    @Test
    void aFailedReplacementOfAWholeTableLeavesThePreviousOne() {
        TableWriter tables = new TableWriter(root.toString());
        tables.replaceAll(Tables.SOURCE_BOILERPLATE, boilerplate("2024-11-11", "KCNA", "Yonhap"));

        assertThatThrownBy(() -> tables.replaceAll(
                        Tables.SOURCE_BOILERPLATE,
                        failingAfterFirst(boilerplate("2024-11-12", "A", "B", "C", "D", "E", "F", "G", "H"))))
                .hasStackTraceContaining("disk full, pretend");

        assertThat(sources(tables)).containsExactlyInAnyOrder("KCNA", "Yonhap");
        tables.replaceAll(Tables.SOURCE_BOILERPLATE, boilerplate("2024-11-12", "TASS"));
        assertThat(sources(tables)).containsExactly("TASS");
    }

    @Test
    void aFailedReplacementOfAPartitionLeavesItAndTheOthersAsTheyWere() {
        TableWriter tables = new TableWriter(root.toString());
        tables.replacePartition(Tables.SOURCE_BOILERPLATE, "run_date", "2024-11-11", boilerplate("2024-11-11", "KCNA"));
        tables.replacePartition(
                Tables.SOURCE_BOILERPLATE, "run_date", "2024-11-12", boilerplate("2024-11-12", "Yonhap", "TASS"));

        assertThatThrownBy(() -> tables.replacePartition(
                        Tables.SOURCE_BOILERPLATE,
                        "run_date",
                        "2024-11-12",
                        failingAfterFirst(boilerplate("2024-11-12", "A", "B", "C", "D", "E", "F"))))
                .hasStackTraceContaining("disk full, pretend");
        assertThat(sources(tables)).containsExactlyInAnyOrder("KCNA", "Yonhap", "TASS");

        tables.replacePartition(Tables.SOURCE_BOILERPLATE, "run_date", "2024-11-12", boilerplate("2024-11-12", "RIA"));
        assertThat(sources(tables)).containsExactlyInAnyOrder("KCNA", "RIA");
        tables.delete(spark, Tables.SOURCE_BOILERPLATE, "run_date = DATE'2024-11-11' AND source = 'KCNA'");
        assertThat(sources(tables)).containsExactly("RIA");
    }

    @Test
    void severalPartitionsAreReplacedInOneWriteOrNotAtAll() {
        TableWriter tables = new TableWriter(root.toString());
        tables.replacePartition(Tables.SOURCE_BOILERPLATE, "run_date", "2024-11-10", boilerplate("2024-11-10", "KCNA"));
        tables.replacePartition(
                Tables.SOURCE_BOILERPLATE, "run_date", "2024-11-11", boilerplate("2024-11-11", "Yonhap"));
        tables.replacePartition(Tables.SOURCE_BOILERPLATE, "run_date", "2024-11-12", boilerplate("2024-11-12", "TASS"));
        List<Object> nights = List.of(Date.valueOf("2024-11-11"), Date.valueOf("2024-11-12"));

        assertThatThrownBy(() -> tables.replacePartitions(
                        Tables.SOURCE_BOILERPLATE,
                        "run_date",
                        nights,
                        failingAfterFirst(
                                boilerplate("2024-11-11", "A", "B", "C").union(boilerplate("2024-11-12", "D", "E")))))
                .hasStackTraceContaining("disk full, pretend");
        assertThat(sources(tables)).containsExactlyInAnyOrder("KCNA", "Yonhap", "TASS");

        // 2024-11-12 is listed without rows: it is emptied; 2024-11-10 is not listed: it stays.
        tables.replacePartitions(
                Tables.SOURCE_BOILERPLATE, "run_date", nights, boilerplate("2024-11-11", "RIA", "Itar"));
        assertThat(sources(tables)).containsExactlyInAnyOrder("KCNA", "RIA", "Itar");
        assertThat(tables.read(spark, Tables.SOURCE_BOILERPLATE)
                        .filter(col("source").equalTo("RIA"))
                        .first()
                        .get(7)
                        .toString())
                .isEqualTo("2024-11-11");
    }

    @Test
    void aConditionOnAnyColumnReplacesTheRowsItMatchesInOneCommit() {
        TableWriter tables = new TableWriter(root.toString());
        tables.replacePartition(Tables.SOURCE_BOILERPLATE, "run_date", "2024-11-10", boilerplate("2024-11-10", "KCNA"));
        tables.replacePartition(Tables.SOURCE_BOILERPLATE, "run_date", "2024-11-11", boilerplate("2024-11-11", "TASS"));
        long before = versions(tables);

        // Tonight's partition and an earlier night's rows of a file read again tonight (every row here is of that
        // file).
        String where = TableWriter.in("run_date", List.of(Date.valueOf("2024-11-12"))) + " OR "
                + TableWriter.in("input_file", List.of("file:/in.json", "file:/it's \\odd.json"));
        tables.replaceWhere(Tables.SOURCE_BOILERPLATE, where, boilerplate("2024-11-12", "RIA"));

        assertThat(sources(tables)).containsExactly("RIA");
        assertThat(versions(tables)).isEqualTo(before + 1);
        // Rows outside the condition are refused, and nothing is committed.
        assertThatThrownBy(() -> tables.replacePartition(
                        Tables.SOURCE_BOILERPLATE, "run_date", "2024-11-12", boilerplate("2024-11-13", "X")))
                .hasStackTraceContaining("does not conform to partial table overwrite condition or constraint");
        assertThat(sources(tables)).containsExactly("RIA");
    }

    @Test
    void eachCommitCarriesTheRunThatMadeIt() {
        TableWriter tables = new TableWriter(root.toString());
        DeltaSettings.tagCommits(spark, "run-1", "2024-11-11");
        tables.replacePartition(Tables.SOURCE_BOILERPLATE, "run_date", "2024-11-11", boilerplate("2024-11-11", "KCNA"));
        DeltaSettings.tagCommits(spark, "run-2", "2024-11-12");
        tables.replacePartition(Tables.SOURCE_BOILERPLATE, "run_date", "2024-11-12", boilerplate("2024-11-12", "TASS"));
        tables.delete(spark, Tables.SOURCE_BOILERPLATE, "source = 'KCNA'");
        spark.conf().unset(DeltaSettings.COMMIT_METADATA);

        List<String> tags = io.delta.tables.DeltaTable.forPath(spark, tables.location(Tables.SOURCE_BOILERPLATE))
                .history()
                .orderBy("version")
                .select("userMetadata")
                .as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList();
        assertThat(tags)
                .containsExactly(
                        "{\"run_id\":\"run-1\",\"run_date\":\"2024-11-11\"}",
                        "{\"run_id\":\"run-2\",\"run_date\":\"2024-11-12\"}",
                        "{\"run_id\":\"run-2\",\"run_date\":\"2024-11-12\"}");
        // The version run-1 wrote still reads as it was.
        assertThat(spark.read()
                        .format("delta")
                        .option("versionAsOf", 0)
                        .load(tables.location(Tables.SOURCE_BOILERPLATE))
                        .select("source")
                        .as(org.apache.spark.sql.Encoders.STRING())
                        .collectAsList())
                .containsExactly("KCNA");
    }

    @Test
    void aTableOfAnOlderBuildGainsTheColumnsItLacksWhenWritten() {
        TableWriter tables = new TableWriter(root.toString());
        // As an older build would have written it: without the run_id column.
        boilerplate("2024-11-10", "KCNA")
                .drop("run_id")
                .write()
                .format("delta")
                .partitionBy("run_date")
                .save(tables.location(Tables.SOURCE_BOILERPLATE));
        assertThat(tables.read(spark, Tables.SOURCE_BOILERPLATE).first().isNullAt(6))
                .isTrue();

        tables.replacePartition(Tables.SOURCE_BOILERPLATE, "run_date", "2024-11-11", boilerplate("2024-11-11", "TASS"));
        assertThat(spark.read()
                        .format("delta")
                        .load(tables.location(Tables.SOURCE_BOILERPLATE))
                        .columns())
                .contains("run_id");
        assertThat(tables.read(spark, Tables.SOURCE_BOILERPLATE)
                        .filter(col("run_id").isNotNull())
                        .select("source")
                        .as(org.apache.spark.sql.Encoders.STRING())
                        .collectAsList())
                .containsExactly("TASS");
        assertThat(sources(tables)).containsExactlyInAnyOrder("KCNA", "TASS");
    }

    @Test
    void parquetTablesOfAnOlderBuildAreConvertedWithTheirPartitions() {
        TableWriter tables = new TableWriter(root.toString());
        boilerplate("2024-11-10", "KCNA")
                .union(boilerplate("2024-11-11", "TASS"))
                .write()
                .partitionBy("run_date")
                .parquet(tables.location(Tables.SOURCE_BOILERPLATE));

        assertThat(tables.exists(spark, Tables.SOURCE_BOILERPLATE)).isFalse();
        assertThat(tables.convertParquetTables(spark)).containsExactly(Tables.SOURCE_BOILERPLATE);
        assertThat(tables.convertParquetTables(spark)).isEmpty();

        tables.replacePartition(Tables.SOURCE_BOILERPLATE, "run_date", "2024-11-11", boilerplate("2024-11-11", "RIA"));
        assertThat(sources(tables)).containsExactlyInAnyOrder("KCNA", "RIA");
    }

    @Test
    void aPartitionIsReplacedOnlyThroughTheTablesPartitionColumn() {
        TableWriter tables = new TableWriter(root.toString());
        assertThatThrownBy(() -> tables.replacePartition(
                        Tables.SOURCE_BOILERPLATE, "source", "KCNA", boilerplate("2024-11-11", "KCNA")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("source_boilerplate is partitioned by [run_date], not [source]");
    }

    @Test
    void aWriteNamesItsJobsAfterTheTableAndGivesTheStepItsDescriptionBack() {
        TableWriter tables = new TableWriter(root.toString());
        try (StartedJobs jobs = new StartedJobs(spark);
                JobDescription step = JobDescription.of(spark, "a run's step")) {
            tables.replaceAll(Tables.SOURCE_BOILERPLATE, boilerplate("2024-11-11", "KCNA"));
            int written = jobs.descriptions().size();
            assertThat(spark.sparkContext().getLocalProperty("spark.job.description"))
                    .isEqualTo("a run's step");
            assertThat(sources(tables)).containsExactly("KCNA");

            List<String> named = jobs.descriptions();
            assertThat(named.subList(0, written)).contains("write source_boilerplate");
            // Delta names its own jobs after the description it finds, as "Delta: <description>: <what it does>".
            assertThat(named.subList(written, named.size()))
                    .isNotEmpty()
                    .allSatisfy(d -> assertThat(d).contains("a run's step").doesNotContain("write"));
        }
    }

    private long versions(TableWriter tables) {
        return io.delta.tables.DeltaTable.forPath(spark, tables.location(Tables.SOURCE_BOILERPLATE))
                .history()
                .count();
    }

    private List<String> sources(TableWriter tables) {
        return tables.read(spark, Tables.SOURCE_BOILERPLATE)
                .select("source")
                .as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList();
    }

    private static Dataset<Row> boilerplate(String runDate, String... sources) {
        List<Row> rows = Stream.of(sources)
                .map(s -> RowFactory.create(
                        s, "file:/in.json", 10, 2, 0.2, List.of("Subscribe"), "run-" + runDate, Date.valueOf(runDate)))
                .toList();
        return spark.createDataFrame(
                        rows, Tables.spec(Tables.SOURCE_BOILERPLATE).schema())
                .repartition(4);
    }

    /** The rows, except that every row but source A fails when written: some tasks write files, then one throws. */
    private static Dataset<Row> failingAfterFirst(Dataset<Row> rows) {
        return rows.withColumn(
                "source",
                when(col("source").equalTo("A"), col("source")).otherwise(raise_error(lit("disk full, pretend"))));
    }
}
