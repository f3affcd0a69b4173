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

  private CopyVerificationStep() {}

  /**
   * source, template (sorted shingle hashes) of every source with template shingles, counted over the candidate
   * articles ({@code sets}: article_id, shingles) so that it depends on the records only, not on which night read
   * them, and costs one pass over shingle sets already built.
   */
  static Dataset<Row> templates(Dataset<Row> sets, Dataset<Row> base) {
    return sets.join(base.select("article_id", "source").filter(col("source").isNotNull()), "article_id")
        .select(col("source"), explode(array_distinct(col("shingles"))).as("shingle"))
        .groupBy("source", "shingle").agg(count(lit(1)).as("articles"))
        .filter(col("articles").geq(TEMPLATE_MIN_ARTICLES))
        .groupBy("source").agg(sort_array(collect_list(col("shingle"))).as("template"));
  }

  /** article_id, shingles of {@code sets} without the template shingles of the article's source. */
  static Dataset<Row> withoutTemplates(Dataset<Row> sets, Dataset<Row> base, Dataset<Row> templates) {
    UserDefinedFunction without = udf((UDF2<scala.collection.Seq<Integer>, scala.collection.Seq<Integer>, int[]>)
        (shingles, template) -> CopyVerifier.withoutTemplate(ints(shingles), ints(template)),
        DataTypes.createArrayType(DataTypes.IntegerType, false));
    return sets.join(base.select("article_id", "source"), "article_id")
        .join(templates, new String[] {"source"}, "left")
        .select(col("article_id"), without.apply(col("shingles"), col("template")).as("shingles"));
  }

  /** a, b, similarity, verdict of each close pair (a, b, similarity). */
  static Dataset<Row> verdicts(Dataset<Row> close, Dataset<Row> base, Dataset<Row> templates,
      NearDuplicateConfig config) {
    CopyVerifier verifier = new CopyVerifier(config.shingleSize(), config.minSimilarity());
    UserDefinedFunction verdict = udf((UDF6<String, Date, scala.collection.Seq<Integer>, String, Date,
        scala.collection.Seq<Integer>, String>) (textA, dateA, templateA, textB, dateB, templateB) ->
        verifier.verify(side(textA, dateA, templateA), side(textB, dateB, templateB)).name(),
        DataTypes.StringType);
    Dataset<Row> sides = base.select("article_id", "text", "published_date", "source")
        .join(templates, new String[] {"source"}, "left");
    return close
        .join(sides.select(col("article_id").as("a"), col("text").as("text_a"),
            col("published_date").as("date_a"), col("template").as("template_a")), "a")
        .join(sides.select(col("article_id").as("b"), col("text").as("text_b"),
            col("published_date").as("date_b"), col("template").as("template_b")), "b")
        .withColumn("verdict", verdict.apply(col("text_a"), col("date_a"), col("template_a"), col("text_b"),
            col("date_b"), col("template_b")))
        .select("a", "b", "similarity", "verdict");
  }

  /** How many close pairs got each verdict, for the log. */
  static Map<String, Long> counts(Dataset<Row> verdicts) {
    Map<String, Long> counts = new TreeMap<>();
    for (Row row : verdicts.groupBy("verdict").count().collectAsList()) {
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
