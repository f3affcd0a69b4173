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
import org.newsdrift.clean.dedupe.NearDuplicateStep;
import org.newsdrift.table.Columns;
import org.newsdrift.table.RequiredColumns;

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
    private static final String ALSO_READ_FROM = Columns.ALSO_READ_FROM;
    private static final String ID_RANK = "id_rank";
    private static final String OTHER_READS = "other_reads";
    private static final String ALL_OTHER_READS = "all_other_reads";
    private static final String CLUSTER_RECORDS = "cluster_records";
    private static final String CLUSTER_OUTLETS = "cluster_outlets";
    private static final String CANONICAL_ID = "canonical_id";
    private static final String IS_CANONICAL = "is_canonical";
    private static final String KEPT_FILE = "kept_file";
    private static final String KEPT_LOCATOR = "kept_locator";
    private static final String KEPT_ALSO_READ_FROM = "kept_also_read_from";
    private static final String EXACT_ID = "exact_id";
    private static final String ROOT_ID = "root_id";

    private DedupeStep() {}

    /**
     * Article rows, one per distinct {@code article_id}, from accepted (non-reject) cleaned rows: records, or article
     * rows of earlier nights carrying {@code also_read_from}.
     */
    public static Dataset<Row> run(Dataset<Row> accepted) {
        RequiredColumns.check(
                accepted,
                "find exact duplicates",
                Columns.ARTICLE_ID,
                Columns.INPUT_FILE,
                Columns.LOCATOR,
                Columns.CONTENT_HASH,
                Columns.PUBLISHED_DATE,
                Columns.SOURCE);
        Dataset<Row> rows = Arrays.asList(accepted.columns()).contains(ALSO_READ_FROM)
                ? accepted
                : accepted.withColumn(ALSO_READ_FROM, lit(null).cast("array<string>"));
        Column readOrder = col(Columns.INPUT_FILE).asc();
        Column earlierReads = coalesce(col(ALSO_READ_FROM), array().cast("array<string>"));
        WindowSpec byContent = Window.partitionBy(Columns.CONTENT_HASH);
        WindowSpec byId = Window.partitionBy(Columns.ARTICLE_ID);
        WindowSpec byIdOrdered = byId.orderBy(readOrder, col(Columns.LOCATOR).asc());
        WindowSpec byContentOrdered = Window.partitionBy(Columns.CONTENT_HASH)
                .orderBy(
                        col(Columns.PUBLISHED_DATE).asc_nulls_last(),
                        readOrder,
                        col(Columns.LOCATOR).asc());
        Column allOtherReads = col(ALL_OTHER_READS);
        Column isCanonical = col(IS_CANONICAL);

        // The windows see only the columns they decide by; the rows, text and all, are joined to the decisions once.
        Dataset<Row> decided = rows.select(
                        Columns.ARTICLE_ID,
                        Columns.INPUT_FILE,
                        Columns.LOCATOR,
                        ALSO_READ_FROM,
                        Columns.CONTENT_HASH,
                        Columns.PUBLISHED_DATE,
                        Columns.SOURCE)
                .withColumn(ID_RANK, row_number().over(byIdOrdered))
                .withColumn(
                        OTHER_READS,
                        when(col(ID_RANK).equalTo(1), earlierReads)
                                .otherwise(concat(array(col(Columns.INPUT_FILE)), earlierReads)))
                .withColumn(
                        ALL_OTHER_READS,
                        sort_array(flatten(collect_list(col(OTHER_READS)).over(byId))))
                .filter(col(ID_RANK).equalTo(1))
                // Repeats count in the cluster of the reading kept, whatever text they had.
                .withColumn(CLUSTER_RECORDS, sum(size(allOtherReads).plus(1)).over(byContent))
                .withColumn(
                        CLUSTER_OUTLETS, size(collect_set(col(Columns.SOURCE)).over(byContent)))
                .withColumn(CANONICAL_ID, first(col(Columns.ARTICLE_ID)).over(byContentOrdered))
                .withColumn(IS_CANONICAL, col(CANONICAL_ID).equalTo(col(Columns.ARTICLE_ID)))
                .select(
                        col(Columns.ARTICLE_ID),
                        col(Columns.INPUT_FILE).as(KEPT_FILE),
                        col(Columns.LOCATOR).as(KEPT_LOCATOR),
                        when(size(allOtherReads).gt(0), allOtherReads).as(KEPT_ALSO_READ_FROM),
                        when(not(isCanonical), col(CANONICAL_ID)).as(Columns.DUPLICATE_OF),
                        when(isCanonical, col(CLUSTER_RECORDS)).as(Columns.COPIES),
                        when(isCanonical, col(CLUSTER_OUTLETS)).as(Columns.OUTLETS));
        return rows.join(decided, Columns.ARTICLE_ID)
                .filter(col(Columns.INPUT_FILE)
                        .equalTo(col(KEPT_FILE))
                        .and(col(Columns.LOCATOR).eqNullSafe(col(KEPT_LOCATOR))))
                .withColumn(ALSO_READ_FROM, col(KEPT_ALSO_READ_FROM))
                .drop(KEPT_FILE, KEPT_LOCATOR, KEPT_ALSO_READ_FROM);
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
        RequiredColumns.check(
                articles,
                "fold in near duplicates",
                Columns.ARTICLE_ID,
                Columns.DUPLICATE_OF,
                Columns.COPIES,
                Columns.SOURCE);
        RequiredColumns.check(
                assignments, "fold in near duplicates", Columns.ARTICLE_ID, NearDuplicateStep.NEAR_DUPLICATE_OF);
        Dataset<Row> roots = assignments.select(
                col(Columns.ARTICLE_ID).as(EXACT_ID),
                coalesce(col(NearDuplicateStep.NEAR_DUPLICATE_OF), col(Columns.ARTICLE_ID))
                        .as(ROOT_ID));
        WindowSpec byRoot = Window.partitionBy(ROOT_ID);
        Column isRoot = col(ROOT_ID).equalTo(col(Columns.ARTICLE_ID));
        // As in run: the window sees the deciding columns, and the rows are joined to its decisions by article_id.
        Dataset<Row> decided = articles.select(Columns.ARTICLE_ID, Columns.DUPLICATE_OF, Columns.COPIES, Columns.SOURCE)
                .withColumn(EXACT_ID, coalesce(col(Columns.DUPLICATE_OF), col(Columns.ARTICLE_ID)))
                .join(roots, new String[] {EXACT_ID}, "left")
                .withColumn(ROOT_ID, coalesce(col(ROOT_ID), col(EXACT_ID)))
                .withColumn(
                        CLUSTER_RECORDS,
                        sum(coalesce(col(Columns.COPIES), lit(0L))).over(byRoot))
                .withColumn(
                        CLUSTER_OUTLETS, size(collect_set(col(Columns.SOURCE)).over(byRoot)))
                .select(
                        col(Columns.ARTICLE_ID),
                        when(not(isRoot), col(ROOT_ID)).as(Columns.DUPLICATE_OF),
                        when(col(Columns.DUPLICATE_OF).isNotNull(), lit("exact"))
                                .when(not(isRoot), lit("near"))
                                .as(Columns.DUPLICATE_KIND),
                        when(isRoot, col(CLUSTER_RECORDS)).as(Columns.COPIES),
                        when(isRoot, col(CLUSTER_OUTLETS)).as(Columns.OUTLETS));
        return articles.drop(Columns.DUPLICATE_OF, Columns.DUPLICATE_KIND, Columns.COPIES, Columns.OUTLETS)
                .join(decided, Columns.ARTICLE_ID);
    }
}
