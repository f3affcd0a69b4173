package org.newsdrift.bench;

import static org.apache.spark.sql.functions.col;
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
 * canonical (duplicate_of null) and relevant, with newsdrift's own terms and the raw title and text.
 */
final class BenchCorpus {
  private BenchCorpus() {}

  /**
   * @return article_id, language, title, text and terms of every relevant canonical article, persisted and counted
   */
  static Dataset<Row> relevant(SparkSession spark, String outputRoot, RunConfig config) {
    Dataset<Row> latest = new TableWriter(outputRoot).read(spark, Tables.ARTICLES)
        .withColumn("reading", row_number().over(
            Window.partitionBy("article_id").orderBy(col("run_date").desc(), col("run_id").desc())))
        .filter(col("reading").equalTo(1));
    Dataset<Row> relevant = latest.filter(col("duplicate_of").isNull().and(col("relevant")))
        .select("article_id", "language", "title", "text");
    Dataset<Row> docs = TokenizeStep.run(relevant, config.job().text(), config.subject())
        .persist(StorageLevel.MEMORY_AND_DISK());
    docs.count();
    return docs;
  }
}
