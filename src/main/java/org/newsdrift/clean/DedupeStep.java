package org.newsdrift.clean;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Exact-duplicate detection. A record whose {@code article_id} was already read (the same source and URL) is a
 * repeat and yields no row: of an article's records the first by input file and locator is kept, and the input files
 * of the others are listed in its {@code also_read_from} (they count in the kept reading's cluster). Articles
 * sharing a {@code content_hash} form a cluster whose earliest member (then first read) is canonical, the others
 * pointing to it with {@code duplicate_of}. The canonical carries the cluster's {@code copies} (records, repeats
 * included) and {@code outlets} (distinct sources). Every choice depends on the records only, not on the order they
 * arrive in, so earlier nights' rows (with their {@code also_read_from}) and tonight's records give the rows one
 * pass over all the files would give.
 */
public final class DedupeStep {
  private static final String ALSO_READ_FROM = "also_read_from";

  private DedupeStep() {}

  /**
   * Article rows, one per distinct {@code article_id}, from accepted (non-reject) cleaned rows: records, or article
   * rows of earlier nights carrying {@code also_read_from}.
   */
  public static Dataset<Row> run(Dataset<Row> accepted) {
    Dataset<Row> rows = Arrays.asList(accepted.columns()).contains(ALSO_READ_FROM) ? accepted
        : accepted.withColumn(ALSO_READ_FROM, lit(null).cast("array<string>"));
    Column readOrder = col("input_file").asc();
    Column earlierReads = coalesce(col(ALSO_READ_FROM), array().cast("array<string>"));
    WindowSpec byContent = Window.partitionBy("content_hash");
    WindowSpec byId = Window.partitionBy("article_id");
    WindowSpec byIdOrdered = byId.orderBy(readOrder, col("locator").asc());
    WindowSpec byContentOrdered = Window.partitionBy("content_hash")
        .orderBy(col("published_date").asc_nulls_last(), readOrder, col("locator").asc());

    // The windows see only the columns they decide by; the rows, text and all, are joined to the decisions once.
    Dataset<Row> decided = rows
        .select("article_id", "input_file", "locator", ALSO_READ_FROM, "content_hash", "published_date", "source")
        .withColumn("id_rank", row_number().over(byIdOrdered))
        .withColumn("other_reads", when(col("id_rank").equalTo(1), earlierReads)
            .otherwise(concat(array(col("input_file")), earlierReads)))
        .withColumn("all_other_reads", sort_array(flatten(collect_list(col("other_reads")).over(byId))))
        .filter(col("id_rank").equalTo(1))
        // Repeats count in the cluster of the reading kept, whatever text they had.
        .withColumn("cluster_records", sum(size(col("all_other_reads")).plus(1)).over(byContent))
        .withColumn("cluster_outlets", size(collect_set(col("source")).over(byContent)))
        .withColumn("canonical_id", first(col("article_id")).over(byContentOrdered))
        .withColumn("is_canonical", col("canonical_id").equalTo(col("article_id")))
        .select(col("article_id"), col("input_file").as("kept_file"), col("locator").as("kept_locator"),
            when(size(col("all_other_reads")).gt(0), col("all_other_reads")).as("kept_also_read_from"),
            when(not(col("is_canonical")), col("canonical_id")).as("duplicate_of"),
            when(col("is_canonical"), col("cluster_records")).as("copies"),
            when(col("is_canonical"), col("cluster_outlets")).as("outlets"));
    return rows.join(decided, "article_id")
        .filter(col("input_file").equalTo(col("kept_file")).and(col("locator").eqNullSafe(col("kept_locator"))))
        .withColumn(ALSO_READ_FROM, col("kept_also_read_from"))
        .drop("kept_file", "kept_locator", "kept_also_read_from");
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
    // As in run: the window sees the deciding columns, and the rows are joined to its decisions by article_id.
    Dataset<Row> decided = articles.select("article_id", "duplicate_of", "copies", "source")
        .withColumn("exact_id", coalesce(col("duplicate_of"), col("article_id")))
        .join(roots, new String[] {"exact_id"}, "left")
        .withColumn("root_id", coalesce(col("root_id"), col("exact_id")))
        .withColumn("cluster_records", sum(coalesce(col("copies"), lit(0L))).over(byRoot))
        .withColumn("cluster_outlets", size(collect_set(col("source")).over(byRoot)))
        .select(col("article_id"),
            when(not(isRoot), col("root_id")).as("duplicate_of"),
            when(col("duplicate_of").isNotNull(), lit("exact")).when(not(isRoot), lit("near")).as("duplicate_kind"),
            when(isRoot, col("cluster_records")).as("copies"),
            when(isRoot, col("cluster_outlets")).as("outlets"));
    return articles.drop("duplicate_of", "duplicate_kind", "copies", "outlets").join(decided, "article_id");
  }
}
