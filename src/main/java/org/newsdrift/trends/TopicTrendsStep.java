package org.newsdrift.trends;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newsdrift.model.TopicModelStep;

/** The {@code topic_trends} table: mean topic weight and dominant-topic counts per period and source. */
public final class TopicTrendsStep {
  private TopicTrendsStep() {}

  /**
   * @param articles canonical articles with article_id, published_date, source
   * @param docTopics article_id, model_version, topic_weights (by topic index), dominant_topic (a topic id)
   * @param topicIds the stable topic id of each topic index
   */
  public static Dataset<Row> run(
      Dataset<Row> articles, Dataset<Row> docTopics, int[] topicIds, List<String> granularities) {
    Dataset<Row> scored = Periods.assign(
        articles.select("article_id", "published_date", "source").join(docTopics, "article_id"), granularities);
    Dataset<Row> perTopic = scored.select(col("granularity"), col("period_start"), col("source"),
        col("model_version"), col("dominant_topic"),
        posexplode(col("topic_weights")).as(new String[] {"topic_index", "weight"}))
        .withColumn("topic_id", TopicModelStep.topicIdOf(col("topic_index"), topicIds));
    Dataset<Row> out = null;
    for (Column source : List.of(col("source"), lit("*"))) {
      Dataset<Row> part = perTopic
          .groupBy(col("granularity"), col("period_start"), source.as("source"), col("model_version"), col("topic_id"))
          .agg(avg("weight").as("prevalence"), count(lit(1)).as("n_articles"),
              sum(when(col("dominant_topic").equalTo(col("topic_id")), 1L).otherwise(0L)).as("n_dominant"));
      out = out == null ? part : out.unionByName(part);
    }
    return out;
  }
}
