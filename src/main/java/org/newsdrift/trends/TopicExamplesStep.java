package org.newsdrift.trends;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.newsdrift.model.TopicModelStep;
import org.newsdrift.table.Columns;
import org.newsdrift.table.RequiredColumns;

/**
 * The {@code topic_examples} table: each topic's articles of highest weight. A topic no article carries (the
 * dominant topic of none of the version's articles) has no typical article, so it gets no rows.
 */
public final class TopicExamplesStep {
    /** Examples per topic. */
    public static final int EXAMPLES = 3;

    private static final String CARRIED_ID = "carried_id";

    private TopicExamplesStep() {}

    /**
     * @param docTopics one model version's doc_topics rows
     * @param corpus articles with article_id, title, source, published_date
     * @param ids the stable topic id of each topic index
     */
    public static Dataset<Row> run(Dataset<Row> docTopics, Dataset<Row> corpus, int[] ids) {
        RequiredColumns.check(
                docTopics,
                "pick topic examples",
                Columns.ARTICLE_ID,
                Columns.MODEL_VERSION,
                Columns.TOPIC_WEIGHTS,
                Columns.DOMINANT_TOPIC);
        RequiredColumns.check(
                corpus,
                "pick topic examples",
                Columns.ARTICLE_ID,
                Columns.TITLE,
                Columns.SOURCE,
                Columns.PUBLISHED_DATE);
        Dataset<Row> carried =
                docTopics.select(col(Columns.DOMINANT_TOPIC).as(CARRIED_ID)).distinct();
        Dataset<Row> ranked = docTopics
                .select(
                        col(Columns.ARTICLE_ID),
                        col(Columns.MODEL_VERSION),
                        posexplode(col(Columns.TOPIC_WEIGHTS)).as(new String[] {Columns.TOPIC_INDEX, Columns.WEIGHT}))
                .withColumn(
                        Columns.RANK,
                        row_number()
                                .over(Window.partitionBy(Columns.TOPIC_INDEX)
                                        .orderBy(col(Columns.WEIGHT).desc(), col(Columns.ARTICLE_ID))))
                .filter(col(Columns.RANK).leq(EXAMPLES))
                .withColumn(Columns.TOPIC_ID, TopicModelStep.topicIdOf(col(Columns.TOPIC_INDEX), ids));
        return ranked.join(carried, ranked.col(Columns.TOPIC_ID).equalTo(carried.col(CARRIED_ID)), "left_semi")
                .join(
                        corpus.select(Columns.ARTICLE_ID, Columns.TITLE, Columns.SOURCE, Columns.PUBLISHED_DATE),
                        Columns.ARTICLE_ID)
                .select(
                        col(Columns.MODEL_VERSION),
                        col(Columns.TOPIC_ID),
                        col(Columns.RANK).cast("int").as(Columns.RANK),
                        col(Columns.ARTICLE_ID),
                        col(Columns.WEIGHT),
                        col(Columns.TITLE),
                        col(Columns.SOURCE),
                        col(Columns.PUBLISHED_DATE));
    }
}
