package org.newsdrift.clean.dedupe;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.udf;

import java.sql.Date;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF6;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.newsdrift.config.NearDuplicateConfig;
import org.newsdrift.table.Columns;

/**
 * The Spark side of {@link CopyVerifier}: each source's template shingles, learned from its candidate articles, and
 * a verdict for each close pair.
 */
final class CopyVerificationStep {
    /**
     * A shingle is template wording of a source when at least this many of its candidate articles have it: a sign-off,
     * a byline formula or a recurring notice makes many of a source's posts candidates of each other, while one story
     * is rarely carried more than a few times by the same source.
     */
    static final int TEMPLATE_MIN_ARTICLES = 5;
    /** A close pair's {@link CopyVerifier.Verdict} name. */
    static final String VERDICT = "verdict";

    private static final String SHINGLE = "shingle";
    private static final String ARTICLES = "articles";
    private static final String TEMPLATE = "template";
    private static final String TEXT_A = "text_a";
    private static final String TEXT_B = "text_b";
    private static final String DATE_A = "date_a";
    private static final String DATE_B = "date_b";
    private static final String TEMPLATE_A = "template_a";
    private static final String TEMPLATE_B = "template_b";

    private CopyVerificationStep() {}

    /**
     * source, template (sorted shingle hashes) of every source with template shingles, counted over the candidate
     * articles ({@code sets}: article_id, shingles) so that it depends on the records only, not on which night read
     * them, and costs one pass over shingle sets already built.
     */
    static Dataset<Row> templates(Dataset<Row> sets, Dataset<Row> base) {
        return sets.join(
                        base.select(Columns.ARTICLE_ID, Columns.SOURCE)
                                .filter(col(Columns.SOURCE).isNotNull()),
                        Columns.ARTICLE_ID)
                .select(
                        col(Columns.SOURCE),
                        explode(array_distinct(col(LshKeysStep.SHINGLES))).as(SHINGLE))
                .groupBy(Columns.SOURCE, SHINGLE)
                .agg(count(lit(1)).as(ARTICLES))
                .filter(col(ARTICLES).geq(TEMPLATE_MIN_ARTICLES))
                .groupBy(Columns.SOURCE)
                .agg(sort_array(collect_list(col(SHINGLE))).as(TEMPLATE));
    }

    /** article_id, shingles of {@code sets} without the template shingles of the article's source. */
    static Dataset<Row> withoutTemplates(Dataset<Row> sets, Dataset<Row> base, Dataset<Row> templates) {
        UserDefinedFunction without = udf(
                (UDF2<scala.collection.Seq<Integer>, scala.collection.Seq<Integer>, int[]>)
                        (shingles, template) -> CopyVerifier.withoutTemplate(ints(shingles), ints(template)),
                DataTypes.createArrayType(DataTypes.IntegerType, false));
        return sets.join(base.select(Columns.ARTICLE_ID, Columns.SOURCE), Columns.ARTICLE_ID)
                .join(templates, new String[] {Columns.SOURCE}, "left")
                .select(
                        col(Columns.ARTICLE_ID),
                        without.apply(col(LshKeysStep.SHINGLES), col(TEMPLATE)).as(LshKeysStep.SHINGLES));
    }

    /** a, b, similarity, verdict of each close pair (a, b, similarity). */
    static Dataset<Row> verdicts(
            Dataset<Row> close, Dataset<Row> base, Dataset<Row> templates, NearDuplicateConfig config) {
        CopyVerifier verifier = new CopyVerifier(config.shingleSize(), config.minSimilarity());
        UserDefinedFunction verdict = udf(
                (UDF6<String, Date, scala.collection.Seq<Integer>, String, Date, scala.collection.Seq<Integer>, String>)
                        (textA, dateA, templateA, textB, dateB, templateB) -> verifier.verify(
                                        side(textA, dateA, templateA), side(textB, dateB, templateB))
                                .name(),
                DataTypes.StringType);
        Dataset<Row> sides = base.select(Columns.ARTICLE_ID, Columns.TEXT, Columns.PUBLISHED_DATE, Columns.SOURCE)
                .join(templates, new String[] {Columns.SOURCE}, "left");
        String a = NearDuplicateStep.PAIR_A;
        String b = NearDuplicateStep.PAIR_B;
        return close.join(pairSide(sides, a, TEXT_A, DATE_A, TEMPLATE_A), a)
                .join(pairSide(sides, b, TEXT_B, DATE_B, TEMPLATE_B), b)
                .withColumn(
                        VERDICT,
                        verdict.apply(
                                col(TEXT_A), col(DATE_A), col(TEMPLATE_A), col(TEXT_B), col(DATE_B), col(TEMPLATE_B)))
                .select(a, b, NearDuplicateStep.SIMILARITY, VERDICT);
    }

    /** One side of each close pair: the article's id under {@code id}, its text, date and template renamed. */
    private static Dataset<Row> pairSide(Dataset<Row> sides, String id, String text, String date, String template) {
        return sides.select(
                col(Columns.ARTICLE_ID).as(id),
                col(Columns.TEXT).as(text),
                col(Columns.PUBLISHED_DATE).as(date),
                col(TEMPLATE).as(template));
    }

    /** How many close pairs got each verdict, for the log. */
    static Map<String, Long> counts(Dataset<Row> verdicts) {
        Map<String, Long> counts = new TreeMap<>();
        for (Row row : verdicts.groupBy(VERDICT).count().collectAsList()) {
            counts.put(row.getString(0), row.getLong(1));
        }
        return counts;
    }

    private static CopyVerifier.Side side(String text, Date date, scala.collection.Seq<Integer> template) {
        return new CopyVerifier.Side(text, date == null ? null : date.toLocalDate(), ints(template));
    }

    /** The values of an array column; empty for null. */
    private static int[] ints(scala.collection.Seq<Integer> values) {
        int[] out = new int[values == null ? 0 : values.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.apply(i);
        }
        return out;
    }
}
