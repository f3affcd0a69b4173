package org.newsdrift.trends;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.var_samp;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.newsdrift.model.TopicModelStep;

/**
 * The {@code topic_trends} table: each topic's prevalence (mean weight) and dominant-topic share per period, source
 * and language ({@code *} = all, as in {@code coverage}), each with its 95% interval, so outlets and languages can
 * be compared.
 */
public final class TopicTrendsStep {
  private TopicTrendsStep() {}

  /**
   * @param articles canonical articles with article_id, published_date, source, language
   * @param docTopics article_id, model_version, topic_weights (by topic index), dominant_topic (a topic id)
   * @param topicIds the stable topic id of each topic index
   */
  public static Dataset<Row> run(
      Dataset<Row> articles, Dataset<Row> docTopics, int[] topicIds, List<String> granularities) {
    Dataset<Row> scored = Periods.assign(articles.select("article_id", "published_date", "source", "language")
        .join(docTopics, "article_id"), granularities);
    Dataset<Row> perTopic = scored.select(col("granularity"), col("period_start"), col("source"), col("language"),
        col("model_version"), col("dominant_topic"),
        posexplode(col("topic_weights")).as(new String[] {"topic_index", "weight"}))
        .withColumn("topic_id", TopicModelStep.topicIdOf(col("topic_index"), topicIds));
    Dataset<Row> out = null;
    for (Column source : List.of(col("source"), lit("*"))) {
      for (Column language : List.of(col("language"), lit("*"))) {
        Dataset<Row> part = perTopic
            .groupBy(col("granularity"), col("period_start"), source.as("source"), language.as("language"),
                col("model_version"), col("topic_id"))
            .agg(avg("weight").as("prevalence"), var_samp("weight").as("weight_variance"),
                count(lit(1)).as("n_articles"),
                sum(when(col("dominant_topic").equalTo(col("topic_id")), 1L).otherwise(0L)).as("n_dominant"));
        out = out == null ? part : out.unionByName(part);
      }
    }
    return withIntervals(out);
  }

  private static Dataset<Row> withIntervals(Dataset<Row> counts) {
    UserDefinedFunction meanLow =
        udf((UDF3<Double, Double, Long, Double>) MeanInterval::low, DataTypes.DoubleType);
    UserDefinedFunction meanHigh =
        udf((UDF3<Double, Double, Long, Double>) MeanInterval::high, DataTypes.DoubleType);
    UserDefinedFunction shareLow = udf((UDF2<Long, Long, Double>) WilsonInterval::low, DataTypes.DoubleType);
    UserDefinedFunction shareHigh = udf((UDF2<Long, Long, Double>) WilsonInterval::high, DataTypes.DoubleType);
    return counts
        .withColumn("prevalence_low", meanLow.apply(col("prevalence"), col("weight_variance"), col("n_articles")))
        .withColumn("prevalence_high", meanHigh.apply(col("prevalence"), col("weight_variance"), col("n_articles")))
        .withColumn("dominant_share", col("n_dominant").divide(col("n_articles")))
        .withColumn("dominant_share_low", shareLow.apply(col("n_dominant"), col("n_articles")))
        .withColumn("dominant_share_high", shareHigh.apply(col("n_dominant"), col("n_articles")))
        .drop("weight_variance");
  }
}
