package org.newsdrift.trends;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newsdrift.table.Columns;
import org.newsdrift.table.RequiredColumns;

/**
 * Places dated rows in periods: one copy of each row per granularity, with the period's first day; and aggregates
 * them per period, source and language.
 */
final class Periods {
    /** The source or language of the rows that aggregate over all sources or all languages. */
    private static final String ALL = "*";

    private Periods() {}

    /** A dense number per period of a granularity: consecutive periods differ by 1. */
    static Column index(Column granularity, Column periodStart) {
        Column days = datediff(periodStart, lit(java.sql.Date.valueOf("1970-01-05")));
        return when(granularity.equalTo("week"), floor(days.divide(7)))
                .when(
                        granularity.equalTo("month"),
                        year(periodStart).multiply(12).plus(month(periodStart)))
                .otherwise(days)
                .cast("long");
    }

    /**
     * {@code aggregates} of rows placed in periods, per granularity, period, source, language and then {@code keys};
     * and again over {@link #ALL} sources, all languages, and both, in the same table.
     */
    static Dataset<Row> perSourceAndLanguage(Dataset<Row> dated, List<Column> keys, List<Column> aggregates) {
        Dataset<Row> out = null;
        for (Column source : List.of(col(Columns.SOURCE), lit(ALL))) {
            for (Column language : List.of(col(Columns.LANGUAGE), lit(ALL))) {
                List<Column> by = new ArrayList<>(List.of(
                        col(Columns.GRANULARITY),
                        col(Columns.PERIOD_START),
                        source.as(Columns.SOURCE),
                        language.as(Columns.LANGUAGE)));
                by.addAll(keys);
                Dataset<Row> part = dated.groupBy(by.toArray(Column[]::new))
                        .agg(
                                aggregates.get(0),
                                aggregates.subList(1, aggregates.size()).toArray(Column[]::new));
                out = out == null ? part : out.unionByName(part);
            }
        }
        return out;
    }

    /** Rows with a {@code published_date}, each repeated per granularity with {@code granularity}, {@code period_start}. */
    static Dataset<Row> assign(Dataset<Row> rows, List<String> granularities) {
        RequiredColumns.check(rows, "place rows in periods", Columns.PUBLISHED_DATE);
        Column[] names = granularities.stream().map(g -> lit(g)).toArray(Column[]::new);
        Column date = col(Columns.PUBLISHED_DATE);
        Column granularity = col(Columns.GRANULARITY);
        return rows.filter(date.isNotNull())
                .withColumn(Columns.GRANULARITY, explode(array(names)))
                .withColumn(
                        Columns.PERIOD_START,
                        when(granularity.equalTo("week"), trunc(date, "week"))
                                .when(granularity.equalTo("month"), trunc(date, "month"))
                                .otherwise(date));
    }
}
