package org.newsdrift.clean;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Exact-duplicate detection. A record whose {@code article_id} was already read (the same source and URL) is a
 * repeat and yields no row; articles sharing a {@code content_hash} form a cluster whose earliest member (then
 * first read) is canonical, the others pointing to it with {@code duplicate_of}. The canonical carries the
 * cluster's {@code copies} (records, repeats included) and {@code outlets} (distinct sources).
 */
public final class DedupeStep {
  private DedupeStep() {}

  /** Article rows, one per distinct {@code article_id}, from accepted (non-reject) cleaned rows. */
  public static Dataset<Row> run(Dataset<Row> accepted) {
    Column readOrder = col("input_file").asc();
    WindowSpec byContent = Window.partitionBy("content_hash");
    WindowSpec byId = Window.partitionBy("article_id").orderBy(readOrder, col("locator").asc());
    WindowSpec byContentOrdered = Window.partitionBy("content_hash")
        .orderBy(col("published_date").asc_nulls_last(), readOrder, col("locator").asc());

    return accepted
        .withColumn("cluster_records", count(lit(1)).over(byContent))
        .withColumn("cluster_outlets", size(collect_set(col("source")).over(byContent)))
        .withColumn("id_rank", row_number().over(byId))
        .filter(col("id_rank").equalTo(1))
        .withColumn("canonical_id", first(col("article_id")).over(byContentOrdered))
        .withColumn("is_canonical", col("canonical_id").equalTo(col("article_id")))
        .withColumn("duplicate_of", when(not(col("is_canonical")), col("canonical_id")))
        .withColumn("copies", when(col("is_canonical"), col("cluster_records")))
        .withColumn("outlets", when(col("is_canonical"), col("cluster_outlets")))
        .drop("cluster_records", "cluster_outlets", "id_rank", "canonical_id", "is_canonical");
  }

  /**
   * Folds near-duplicate clusters into exact ones: every row whose exact canonical is a near-duplicate points to the
   * near-duplicate canonical ({@code duplicate_kind} near, or exact for exact copies), and each remaining canonical
   * carries the records and outlets of everything that now points to it.
   *
   * @param articles rows from {@link #run}
   * @param assignments article_id, near_duplicate_of for the exact-canonical rows (clean.dedupe.NearDuplicateStep)
   */
  public static Dataset<Row> withNearDuplicates(Dataset<Row> articles, Dataset<Row> assignments) {
    Dataset<Row> roots = assignments.select(col("article_id").as("exact_id"),
        coalesce(col("near_duplicate_of"), col("article_id")).as("root_id"));
    WindowSpec byRoot = Window.partitionBy("root_id");
    Column isRoot = col("root_id").equalTo(col("article_id"));
    return articles
        .withColumn("exact_id", coalesce(col("duplicate_of"), col("article_id")))
        .join(roots, new String[] {"exact_id"}, "left")
        .withColumn("root_id", coalesce(col("root_id"), col("exact_id")))
        .withColumn("duplicate_kind", when(col("duplicate_of").isNotNull(), lit("exact"))
            .when(not(isRoot), lit("near")))
        .withColumn("duplicate_of", when(not(isRoot), col("root_id")))
        .withColumn("cluster_records", sum(coalesce(col("copies"), lit(0L))).over(byRoot))
        .withColumn("cluster_outlets", size(collect_set(col("source")).over(byRoot)))
        .withColumn("copies", when(isRoot, col("cluster_records")))
        .withColumn("outlets", when(isRoot, col("cluster_outlets")))
        .drop("exact_id", "root_id", "cluster_records", "cluster_outlets");
  }
}
