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
import org.newsdrift.table.Columns;
import org.newsdrift.table.RequiredColumns;

/**
 * The {@code topic_trends} table: each topic's prevalence (mean weight) and dominant-topic share per period, source
 * and language ({@code *} = all, as in {@code coverage}), each with its 95% interval, so outlets and languages can
 * be compared.
 */
public final class TopicTrendsStep {
    private static final String WEIGHT_VARIANCE = "weight_variance";

    private TopicTrendsStep() {}

    /**
     * @param articles canonical articles with article_id, published_date, source, language
     * @param docTopics article_id, model_version, topic_weights (by topic index), dominant_topic (a topic id)
     * @param topicIds the stable topic id of each topic index
     */
    public static Dataset<Row> run(
            Dataset<Row> articles, Dataset<Row> docTopics, int[] topicIds, List<String> granularities) {
        RequiredColumns.check(
                articles,
                "compute topic trends",
                Columns.ARTICLE_ID,
                Columns.PUBLISHED_DATE,
                Columns.SOURCE,
                Columns.LANGUAGE);
        RequiredColumns.check(
                docTopics,
                "compute topic trends",
                Columns.ARTICLE_ID,
                Columns.MODEL_VERSION,
                Columns.TOPIC_WEIGHTS,
                Columns.DOMINANT_TOPIC);
        Dataset<Row> scored = Periods.assign(
                articles.select(Columns.ARTICLE_ID, Columns.PUBLISHED_DATE, Columns.SOURCE, Columns.LANGUAGE)
                        .join(docTopics, Columns.ARTICLE_ID),
                granularities);
        Dataset<Row> perTopic = scored.select(
                        col(Columns.GRANULARITY),
                        col(Columns.PERIOD_START),
                        col(Columns.SOURCE),
                        col(Columns.LANGUAGE),
                        col(Columns.MODEL_VERSION),
                        col(Columns.DOMINANT_TOPIC),
                        posexplode(col(Columns.TOPIC_WEIGHTS)).as(new String[] {Columns.TOPIC_INDEX, Columns.WEIGHT}))
                .withColumn(Columns.TOPIC_ID, TopicModelStep.topicIdOf(col(Columns.TOPIC_INDEX), topicIds));
        Dataset<Row> out = Periods.perSourceAndLanguage(
                perTopic,
                List.of(col(Columns.MODEL_VERSION), col(Columns.TOPIC_ID)),
                List.of(
                        avg(Columns.WEIGHT).as(Columns.PREVALENCE),
                        var_samp(Columns.WEIGHT).as(WEIGHT_VARIANCE),
                        count(lit(1)).as(Columns.N_ARTICLES),
                        sum(when(col(Columns.DOMINANT_TOPIC).equalTo(col(Columns.TOPIC_ID)), 1L)
                                        .otherwise(0L))
                                .as(Columns.N_DOMINANT)));
        return withIntervals(out);
    }

    private static Dataset<Row> withIntervals(Dataset<Row> counts) {
        UserDefinedFunction meanLow = udf((UDF3<Double, Double, Long, Double>) MeanInterval::low, DataTypes.DoubleType);
        UserDefinedFunction meanHigh =
                udf((UDF3<Double, Double, Long, Double>) MeanInterval::high, DataTypes.DoubleType);
        UserDefinedFunction shareLow = udf((UDF2<Long, Long, Double>) WilsonInterval::low, DataTypes.DoubleType);
        UserDefinedFunction shareHigh = udf((UDF2<Long, Long, Double>) WilsonInterval::high, DataTypes.DoubleType);
        Column prevalence = col(Columns.PREVALENCE);
        Column variance = col(WEIGHT_VARIANCE);
        Column articles = col(Columns.N_ARTICLES);
        Column dominant = col(Columns.N_DOMINANT);
        return counts.withColumn(Columns.PREVALENCE_LOW, meanLow.apply(prevalence, variance, articles))
                .withColumn(Columns.PREVALENCE_HIGH, meanHigh.apply(prevalence, variance, articles))
                .withColumn(Columns.DOMINANT_SHARE, dominant.divide(articles))
                .withColumn(Columns.DOMINANT_SHARE_LOW, shareLow.apply(dominant, articles))
                .withColumn(Columns.DOMINANT_SHARE_HIGH, shareHigh.apply(dominant, articles))
                .drop(WEIGHT_VARIANCE);
    }
}
