package org.newsdrift.trends;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.newsdrift.model.TopicModelStep;

/**
 * The {@code topic_examples} table: each topic's articles of highest weight. A topic no article carries (the
 * dominant topic of none of the version's articles) has no typical article, so it gets no rows.
 */
public final class TopicExamplesStep {
  /** Examples per topic. */
  public static final int EXAMPLES = 3;

  private TopicExamplesStep() {}

  /**
   * @param docTopics one model version's doc_topics rows
   * @param corpus articles with article_id, title, source, published_date
   * @param ids the stable topic id of each topic index
   */
  public static Dataset<Row> run(Dataset<Row> docTopics, Dataset<Row> corpus, int[] ids) {
    Dataset<Row> carried = docTopics.select(col("dominant_topic").as("carried_id")).distinct();
    Dataset<Row> ranked = docTopics
        .select(col("article_id"), col("model_version"),
            posexplode(col("topic_weights")).as(new String[] {"topic_index", "weight"}))
        .withColumn("rank", row_number().over(Window.partitionBy("topic_index")
            .orderBy(col("weight").desc(), col("article_id"))))
        .filter(col("rank").leq(EXAMPLES))
        .withColumn("topic_id", TopicModelStep.topicIdOf(col("topic_index"), ids));
    return ranked.join(carried, ranked.col("topic_id").equalTo(carried.col("carried_id")), "left_semi")
        .join(corpus.select("article_id", "title", "source", "published_date"), "article_id")
        .select(col("model_version"), col("topic_id"), col("rank").cast("int").as("rank"), col("article_id"),
            col("weight"), col("title"), col("source"), col("published_date"));
  }
}
