package org.newsdrift.report;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.array_remove;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.trunc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.newsdrift.report.ReportData.ArticleList;
import org.newsdrift.report.ReportData.ArticleRef;
import org.newsdrift.table.Columns;
import org.newsdrift.table.LatestReadings;
import org.newsdrift.table.TableWriter;
import org.newsdrift.table.Tables;
import org.newsdrift.text.RelevanceStep;

/**
 * The articles behind the report's numbers: for each topic, period or term, the first {@value #SHOWN} by the
 * measure that made the number, and how many there are. Only those few rows per item reach the driver.
 */
final class ArticleLists {
    static final int SHOWN = 10;
    // Intermediate columns: an article's reading number (1 = latest), the item a list belongs to (topic, period or
    // term), a term's uses in an article, the item's article count and an article's place in its list.
    private static final String ITEM = "item";
    private static final String USES = "uses";
    private static final String LISTED = "listed";
    private static final String PLACE = "place";

    private final Dataset<Row> articles;
    private final Dataset<Row> latest;

    /** Over the latest reading of each canonical article of the tables. */
    ArticleLists(SparkSession spark, TableWriter tables) {
        this.articles = tables.read(spark, Tables.ARTICLES);
        // A later night may have rewritten an article's row (its duplicate columns): the latest reading holds. Only the
        // keys go through the window; the wide rows are read for the few articles a list needs.
        this.latest = LatestReadings.of(
                        articles.select(Columns.ARTICLE_ID, Columns.RUN_DATE, Columns.RUN_ID, Columns.DUPLICATE_OF))
                .filter(col(Columns.DUPLICATE_OF).isNull())
                .select(Columns.ARTICLE_ID, Columns.RUN_DATE, Columns.RUN_ID);
    }

    /** Per topic id: the articles whose main topic it is, by that topic's weight in them. */
    Map<String, ArticleList> byTopic(Dataset<Row> docTopics) {
        Dataset<Row> rows = docTopics
                .select(col(Columns.ARTICLE_ID), col(Columns.DOMINANT_TOPIC).as(ITEM), col(Columns.DOMINANT_WEIGHT))
                .join(canonical(articles), Columns.ARTICLE_ID);
        return top(rows, col(Columns.DOMINANT_WEIGHT).desc());
    }

    /** Per period start: the period's articles about the subject, most relevant first. */
    Map<String, ArticleList> byPeriod(Granularity granularity, List<String> periods) {
        if (periods.isEmpty()) {
            return Map.of();
        }
        Dataset<Row> rows = canonical(relevantInPeriods(granularity)
                        .filter(col(Columns.PERIOD_START)
                                .isin(periods.stream()
                                        .map(java.sql.Date::valueOf)
                                        .toArray())))
                .withColumn(ITEM, col(Columns.PERIOD_START).cast("string"));
        return top(rows, col(Columns.RELEVANCE_SCORE).desc(), col(Columns.PUBLISHED_DATE));
    }

    /**
     * Per term: the articles about the subject in the term's period that contain it, those that use it most first
     * (within one term that is the order of its TF-IDF weight, count times a constant).
     *
     * @param termPeriods term and period_start of each term's period
     */
    Map<String, ArticleList> byTerm(Granularity granularity, Dataset<Row> termPeriods) {
        Dataset<Row> rows = canonical(relevantInPeriods(granularity)
                        .join(termPeriods.select(col(Columns.TERM), col(Columns.PERIOD_START)), Columns.PERIOD_START)
                        .filter(array_contains(col(Columns.TERMS), col(Columns.TERM))))
                .withColumn(
                        USES, size(col(Columns.TERMS)).minus(size(array_remove(col(Columns.TERMS), col(Columns.TERM)))))
                .withColumn(ITEM, col(Columns.TERM));
        return top(rows, col(USES).desc(), col(Columns.RELEVANCE_SCORE).desc());
    }

    /** {@code rows} of the articles table that are the latest reading of a canonical article. */
    private Dataset<Row> canonical(Dataset<Row> rows) {
        return rows.join(latest, new String[] {Columns.ARTICLE_ID, Columns.RUN_DATE, Columns.RUN_ID});
    }

    /** Dated articles about the subject with the first day of their period, as the trend tables place them. */
    private Dataset<Row> relevantInPeriods(Granularity granularity) {
        Column date = col(Columns.PUBLISHED_DATE);
        Column start = switch (granularity) {
            case WEEK -> trunc(date, "week");
            case MONTH -> trunc(date, "month");
            case DAY -> date;
        };
        return articles.filter(RelevanceStep.relevantArticle().and(date.isNotNull()))
                .withColumn(Columns.PERIOD_START, start);
    }

    /** The first {@value #SHOWN} rows per {@code item} in {@code order} (then by id), and each item's count. */
    private static Map<String, ArticleList> top(Dataset<Row> rows, Column... order) {
        WindowSpec item = Window.partitionBy(ITEM);
        Column[] ordered = java.util.Arrays.copyOf(order, order.length + 1);
        ordered[order.length] = col(Columns.ARTICLE_ID);
        List<Row> collected = rows.withColumn(LISTED, count(lit(1)).over(item))
                .withColumn(PLACE, row_number().over(item.orderBy(ordered)))
                .filter(col(PLACE).leq(SHOWN))
                .select(
                        col(ITEM).cast("string"),
                        col(PLACE),
                        col(LISTED),
                        col(Columns.TITLE),
                        col(Columns.SOURCE),
                        col(Columns.URL),
                        col(Columns.PUBLISHED_DATE).cast("string"))
                .collectAsList();
        Map<String, List<Row>> byItem = new HashMap<>();
        collected.forEach(r ->
                byItem.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r));
        Map<String, ArticleList> lists = new LinkedHashMap<>();
        byItem.forEach((key, list) -> {
            list.sort(Comparator.comparingInt(r -> r.getInt(1)));
            lists.put(
                    key,
                    new ArticleList(
                            list.stream()
                                    .map(r -> new ArticleRef(
                                            r.getString(3), r.getString(4), r.getString(6), r.getString(5)))
                                    .toList(),
                            list.get(0).getLong(2)));
        });
        return lists;
    }
}
