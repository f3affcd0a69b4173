package org.newsdrift.trends;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/** The {@code term_trends} table: per period and scope, each term's document frequency and mean TF-IDF weight. */
public final class TermTrendsStep {
  private TermTrendsStep() {}

  /**
   * @param articles canonical articles with article_id, published_date, relevant
   * @param weights one row per article and term: article_id, term, tfidf
   */
  public static Dataset<Row> run(Dataset<Row> articles, Dataset<Row> weights, List<String> granularities, int maxRank) {
    Dataset<Row> dated = Periods.assign(articles.select("article_id", "published_date", "relevant"), granularities);
    Dataset<Row> all = trends(dated, weights, "all", maxRank);
    Dataset<Row> relevant = trends(dated.filter(col("relevant")), weights, "relevant", maxRank);
    return all.unionByName(relevant);
  }

  private static Dataset<Row> trends(Dataset<Row> dated, Dataset<Row> weights, String scope, int maxRank) {
    Dataset<Row> volume = dated.groupBy("granularity", "period_start").agg(count(lit(1)).as("n_period"));
    return dated.join(weights, "article_id")
        .groupBy("granularity", "period_start", "term")
        .agg(count(lit(1)).as("doc_freq"), sum("tfidf").as("tfidf_sum"))
        .join(volume, new String[] {"granularity", "period_start"})
        .withColumn("tfidf", col("tfidf_sum").divide(col("n_period")))
        .withColumn("rank", row_number().over(Window.partitionBy("granularity", "period_start")
            .orderBy(col("tfidf").desc(), col("term").asc())))
        .filter(col("rank").leq(maxRank))
        .withColumn("scope", lit(scope));
  }
}
