package org.newsdrift.table;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;

/**
 * The latest reading of each article: of the rows an article has in {@code articles}, the one of the latest night,
 * and of that night's (a re-run stopped half-way can leave two runs' rows) the one with the greatest run id, so that
 * every reader chooses the same row whatever order the rows are read in.
 */
public final class LatestReadings {
    /** The intermediate column numbering each article's readings, latest first. */
    private static final String READING = "reading";

    private LatestReadings() {}

    /** The latest reading of every article in the {@code articles} table under {@code tables}. */
    public static Dataset<Row> read(SparkSession spark, TableWriter tables) {
        return of(tables.read(spark, Tables.ARTICLES));
    }

    /**
     * The latest reading of every article among {@code articles}, rows of the articles table or any projection of them
     * that keeps {@link Columns#ARTICLE_ID}, {@link Columns#RUN_DATE} and {@link Columns#RUN_ID}.
     */
    public static Dataset<Row> of(Dataset<Row> articles) {
        return articles.withColumn(
                        READING,
                        row_number()
                                .over(Window.partitionBy(Columns.ARTICLE_ID)
                                        .orderBy(
                                                col(Columns.RUN_DATE).desc(),
                                                col(Columns.RUN_ID).desc())))
                .filter(col(READING).equalTo(1))
                .drop(READING);
    }
}
