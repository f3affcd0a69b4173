package org.newsdrift.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdrift.SparkTestSession;
import org.newsdrift.table.TableWriter;
import org.newsdrift.table.Tables;

/** The corpus later steps read holds one row per article, the latest reading, whatever state the table is in. */
class ArticleCorpusTest {
    private static final StructType SCHEMA = Tables.spec(Tables.ARTICLES).schema();
    private static SparkSession spark;

    @TempDir
    Path root;

    @BeforeAll
    static void startSpark() {
        spark = SparkTestSession.get();
    }

    @Test
    void oneRowPerArticleComesBackAsStored() {
        TableWriter tables = articles(
                article("a", "2024-11-11", "run-1", "first"),
                article("b", "2024-11-11", "run-1", "first"),
                article("c", "2024-11-12", "run-2", "second"));

        assertThat(readings(tables)).containsExactlyInAnyOrder("a first", "b first", "c second");
    }

    @Test
    void anArticleLeftInTwoNightsComesBackOnceAsItsLatestReading() {
        // As a run stopped between replacing tonight's partition and rewriting the earlier one could leave it.
        TableWriter tables = articles(
                article("a", "2024-11-11", "run-1", "first"),
                article("b", "2024-11-11", "run-1", "first"),
                article("a", "2024-11-12", "run-2", "second"));

        assertThat(readings(tables)).containsExactlyInAnyOrder("a second", "b first");
    }

    private TableWriter articles(Row... rows) {
        TableWriter tables = new TableWriter(root.toString());
        tables.replaceAll(Tables.ARTICLES, spark.createDataFrame(List.of(rows), SCHEMA));
        return tables;
    }

    private static List<String> readings(TableWriter tables) {
        return new ArticleCorpus(spark, null, tables)
                .latest().select("article_id", "title").collectAsList().stream()
                        .map(row -> row.getString(0) + " " + row.getString(1))
                        .toList();
    }

    /** An article row with only its id, night, run and title (standing for the reading) set. */
    private static Row article(String id, String runDate, String runId, String title) {
        Object[] values = new Object[SCHEMA.size()];
        values[SCHEMA.fieldIndex("article_id")] = id;
        values[SCHEMA.fieldIndex("run_date")] = Date.valueOf(runDate);
        values[SCHEMA.fieldIndex("run_id")] = runId;
        values[SCHEMA.fieldIndex("title")] = title;
        return RowFactory.create(values);
    }
}
