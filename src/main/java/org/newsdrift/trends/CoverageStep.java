package org.newsdrift.trends;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.newsdrift.text.RelevanceStep;

/**
 * The {@code coverage} table: articles, relevant articles and attention per period, source and language, each
 * counted twice: as published (every outlet's copy, the reach) and deduplicated (canonical articles only).
 * Digests (round-ups that re-report stories counted elsewhere) are counted apart, in their own two columns.
 */
public final class CoverageStep {
  private CoverageStep() {}

  /**
   * {@code articles}: articles with published_date, source, language, relevant, article_kind and duplicate_of
   * (null for a canonical article); attention is the deduplicated share.
   */
  public static Dataset<Row> run(Dataset<Row> articles, List<String> granularities) {
    if (!List.of(articles.columns()).contains("article_kind")) {
      // Rows from before article_kind existed are articles.
      articles = articles.withColumn("article_kind", lit(null).cast(DataTypes.StringType));
    }
    Column canonical = col("duplicate_of").isNull();
    Column digest = RelevanceStep.isDigest();
    Column article = functions.not(digest);
    Column relevant = RelevanceStep.relevantArticle();
    Dataset<Row> dated = Periods.assign(articles, granularities);
    Dataset<Row> counts = null;
    for (Column source : List.of(col("source"), lit("*"))) {
      for (Column language : List.of(col("language"), lit("*"))) {
        Dataset<Row> part = dated
            .groupBy(col("granularity"), col("period_start"), source.as("source"), language.as("language"))
            .agg(sum(when(article, 1L).otherwise(0L)).as("n_articles"),
                sum(when(article.and(canonical), 1L).otherwise(0L)).as("n_unique"),
                sum(when(relevant, 1L).otherwise(0L)).as("n_relevant"),
                sum(when(relevant.and(canonical), 1L).otherwise(0L)).as("n_relevant_unique"),
                countDistinct(when(relevant, col("source"))).as("relevant_outlets"),
                sum(when(digest, 1L).otherwise(0L)).as("n_digests"),
                sum(when(digest.and(col("relevant")), 1L).otherwise(0L)).as("n_relevant_digests"));
        counts = counts == null ? part : counts.unionByName(part);
      }
    }
    UserDefinedFunction low = udf((UDF2<Long, Long, Double>) WilsonInterval::low, DataTypes.DoubleType);
    UserDefinedFunction high = udf((UDF2<Long, Long, Double>) WilsonInterval::high, DataTypes.DoubleType);
    return counts
        .withColumn("attention", when(col("n_unique").gt(0), col("n_relevant_unique").divide(col("n_unique"))))
        .withColumn("attention_low", low.apply(col("n_relevant_unique"), col("n_unique")))
        .withColumn("attention_high", high.apply(col("n_relevant_unique"), col("n_unique")));
  }
}
