package org.newsdrift.trends;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
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
import org.newsdrift.table.Columns;
import org.newsdrift.table.RequiredColumns;

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

    private static final String N_PERIOD = "n_period";
    private static final String TFIDF_UNITS = "tfidf_units";
    private static final String PERIOD_INDEX = "period_index";
    private static final String TRAILING_MEAN = "trailing_mean";
    private static final String TRAILING_SD = "trailing_sd";

    private TermTrendsStep() {}

    /**
     * @param articles canonical articles with article_id, published_date, relevant
     * @param weights one row per article and term: article_id, term, tfidf
     */
    public static Dataset<Row> run(
            Dataset<Row> articles, Dataset<Row> weights, List<String> granularities, TfIdfConfig config) {
        RequiredColumns.check(
                articles, "compute term trends", Columns.ARTICLE_ID, Columns.PUBLISHED_DATE, Columns.RELEVANT);
        RequiredColumns.check(weights, "compute term trends", Columns.ARTICLE_ID, Columns.TERM, Columns.TFIDF);
        Dataset<Row> dated = articles.select(Columns.ARTICLE_ID, Columns.PUBLISHED_DATE, Columns.RELEVANT)
                .filter(col(Columns.PUBLISHED_DATE).isNotNull());
        Dataset<Row> all = trends(dated, weights, granularities, "all", config);
        Dataset<Row> relevant = trends(dated.filter(col(Columns.RELEVANT)), weights, granularities, "relevant", config);
        return all.unionByName(relevant);
    }

    private static Dataset<Row> trends(
            Dataset<Row> dated, Dataset<Row> weights, List<String> granularities, String scope, TfIdfConfig config) {
        Dataset<Row> volume = Periods.assign(dated, granularities)
                .groupBy(Columns.GRANULARITY, Columns.PERIOD_START)
                .agg(count(lit(1)).as(N_PERIOD));
        // Summed per day first, then per period: only day-and-term rows are repeated per granularity, not the many more
        // article-and-term rows.
        Column tfidf = col(Columns.TFIDF);
        Dataset<Row> daily = dated.join(weights, Columns.ARTICLE_ID)
                .groupBy(Columns.PUBLISHED_DATE, Columns.TERM)
                .agg(
                        count(lit(1)).as(Columns.DOC_FREQ),
                        sum(round(tfidf.divide(UNIT)).cast("long")).as(TFIDF_UNITS));
        // A range window over a dense period number: periods where the term is absent count as weight 0.
        WindowSpec trailing = Window.partitionBy(Columns.GRANULARITY, Columns.TERM)
                .orderBy(PERIOD_INDEX)
                .rangeBetween(-config.burstWindow(), -1);
        Column mean = coalesce(sum(Columns.TFIDF).over(trailing), lit(0.0)).divide(config.burstWindow());
        Column meanOfSquares =
                coalesce(sum(tfidf.multiply(tfidf)).over(trailing), lit(0.0)).divide(config.burstWindow());
        Column trailingSd = col(TRAILING_SD);
        return Periods.assign(daily, granularities)
                .groupBy(Columns.GRANULARITY, Columns.PERIOD_START, Columns.TERM)
                .agg(
                        sum(Columns.DOC_FREQ).as(Columns.DOC_FREQ),
                        sum(TFIDF_UNITS).as(TFIDF_UNITS))
                .join(volume, new String[] {Columns.GRANULARITY, Columns.PERIOD_START})
                .withColumn(Columns.TFIDF, col(TFIDF_UNITS).multiply(UNIT).divide(col(N_PERIOD)))
                .withColumn(PERIOD_INDEX, Periods.index(col(Columns.GRANULARITY), col(Columns.PERIOD_START)))
                .withColumn(TRAILING_MEAN, mean)
                .withColumn(TRAILING_SD, sqrt(greatest(lit(0.0), meanOfSquares.minus(mean.multiply(mean)))))
                .withColumn(
                        Columns.BURST_Z,
                        when(
                                col(Columns.DOC_FREQ)
                                        .geq(config.burstMinDocFreq())
                                        .and(trailingSd.gt(0)),
                                tfidf.minus(col(TRAILING_MEAN)).divide(trailingSd)))
                .withColumn(
                        Columns.RANK,
                        row_number()
                                .over(Window.partitionBy(Columns.GRANULARITY, Columns.PERIOD_START)
                                        .orderBy(tfidf.desc(), col(Columns.TERM).asc())))
                .filter(col(Columns.RANK).leq(config.maxTrendRank()))
                .withColumn(Columns.SCOPE, lit(scope));
    }
}
