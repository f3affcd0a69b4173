package org.newsdrift.trends;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.newsdrift.config.TfIdfConfig;

/**
 * The {@code term_trends} table: per period and scope, each term's document frequency, mean TF-IDF weight, and
 * {@code burst_z}: how many standard deviations the weight stands above its mean over the trailing window (absent
 * periods counting as 0), for terms with enough articles in the period.
 */
public final class TermTrendsStep {
  /**
   * Weights are summed as whole multiples of this: sums of integers do not depend on the order Spark adds them in,
   * so two terms of equal weight rank by term, and a run's trends equal another's over the same articles, however
   * they were partitioned (floating-point sums differed in the last digits, which swapped tied ranks).
   */
  private static final double UNIT = 1e-8;

  private TermTrendsStep() {}

  /**
   * @param articles canonical articles with article_id, published_date, relevant
   * @param weights one row per article and term: article_id, term, tfidf
   */
  public static Dataset<Row> run(Dataset<Row> articles, Dataset<Row> weights, List<String> granularities,
      TfIdfConfig config) {
    Dataset<Row> dated = articles.select("article_id", "published_date", "relevant")
        .filter(col("published_date").isNotNull());
    Dataset<Row> all = trends(dated, weights, granularities, "all", config);
    Dataset<Row> relevant = trends(dated.filter(col("relevant")), weights, granularities, "relevant", config);
    return all.unionByName(relevant);
  }

  private static Dataset<Row> trends(Dataset<Row> dated, Dataset<Row> weights, List<String> granularities,
      String scope, TfIdfConfig config) {
    Dataset<Row> volume = Periods.assign(dated, granularities)
        .groupBy("granularity", "period_start").agg(count(lit(1)).as("n_period"));
    // Summed per day first, then per period: only day-and-term rows are repeated per granularity, not the many more
    // article-and-term rows.
    Dataset<Row> daily = dated.join(weights, "article_id")
        .groupBy("published_date", "term")
        .agg(count(lit(1)).as("doc_freq"),
            sum(round(col("tfidf").divide(UNIT)).cast("long")).as("tfidf_units"));
    // A range window over a dense period number: periods where the term is absent count as weight 0.
    WindowSpec trailing = Window.partitionBy("granularity", "term").orderBy("period_index")
        .rangeBetween(-config.burstWindow(), -1);
    Column mean = coalesce(sum("tfidf").over(trailing), lit(0.0)).divide(config.burstWindow());
    Column meanOfSquares =
        coalesce(sum(col("tfidf").multiply(col("tfidf"))).over(trailing), lit(0.0)).divide(config.burstWindow());
    return Periods.assign(daily, granularities)
        .groupBy("granularity", "period_start", "term")
        .agg(sum("doc_freq").as("doc_freq"), sum("tfidf_units").as("tfidf_units"))
        .join(volume, new String[] {"granularity", "period_start"})
        .withColumn("tfidf", col("tfidf_units").multiply(UNIT).divide(col("n_period")))
        .withColumn("period_index", Periods.index(col("granularity"), col("period_start")))
        .withColumn("trailing_mean", mean)
        .withColumn("trailing_sd", sqrt(greatest(lit(0.0), meanOfSquares.minus(mean.multiply(mean)))))
        .withColumn("burst_z", when(col("doc_freq").geq(config.burstMinDocFreq()).and(col("trailing_sd").gt(0)),
            col("tfidf").minus(col("trailing_mean")).divide(col("trailing_sd"))))
        .withColumn("rank", row_number().over(Window.partitionBy("granularity", "period_start")
            .orderBy(col("tfidf").desc(), col("term").asc())))
        .filter(col("rank").leq(config.maxTrendRank()))
        .withColumn("scope", lit(scope));
  }
}
