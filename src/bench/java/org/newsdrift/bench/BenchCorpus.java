package org.newsdrift.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.newsdrift.config.RunConfig;
import org.newsdrift.table.TableWriter;
import org.newsdrift.table.Tables;
import org.newsdrift.text.TokenizeStep;

/**
 * The articles the job's topic model sees, read from a nightly output root: the latest reading of each article,
 * canonical (duplicate_of null) and relevant (or all of them), with newsdrift's own terms and the raw title and text.
 */
final class BenchCorpus {
    private BenchCorpus() {}

    /**
     * The canonical articles, relevant ones only or all, each repeated {@code copies} times under new ids
     * ({@code id#2}, ...) for scale runs.
     *
     * @return article_id, language, title, text and terms, persisted and counted
     */
    static Dataset<Row> canonical(
            SparkSession spark, String outputRoot, RunConfig config, boolean relevantOnly, int copies) {
        Dataset<Row> latest = new TableWriter(outputRoot)
                .read(spark, Tables.ARTICLES)
                .withColumn(
                        "reading",
                        row_number()
                                .over(Window.partitionBy("article_id")
                                        .orderBy(
                                                col("run_date").desc(),
                                                col("run_id").desc())))
                .filter(col("reading").equalTo(1));
        Dataset<Row> canonical = latest.filter(col("duplicate_of").isNull());
        Dataset<Row> chosen = (relevantOnly ? canonical.filter(col("relevant")) : canonical)
                .select("article_id", "language", "title", "text");
        Dataset<Row> tokenized = TokenizeStep.run(chosen, config.job().text(), config.subject());
        Dataset<Row> docs = tokenized;
        for (int copy = 2; copy <= copies; copy++) {
            docs = docs.unionByName(tokenized.withColumn("article_id", concat(col("article_id"), lit("#" + copy))));
        }
        docs = docs.persist(StorageLevel.MEMORY_AND_DISK());
        docs.count();
        return docs;
    }
}
