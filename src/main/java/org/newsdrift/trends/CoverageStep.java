package org.newsdrift.trends;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.newsdrift.table.Columns;
import org.newsdrift.table.RequiredColumns;
import org.newsdrift.text.RelevanceStep;

/**
 * The {@code coverage} table: articles, relevant articles and attention per period, source and language, each
 * counted twice: as published (every outlet's copy, the reach) and deduplicated (canonical articles only).
 * Digests (round-ups that re-report stories counted elsewhere) are counted apart, in their own two columns.
 */
public final class CoverageStep {
    private CoverageStep() {}

    /**
     * {@code articles}: articles with published_date, source, language, relevant, article_kind and duplicate_of
     * (null for a canonical article); attention is the deduplicated share.
     */
    public static Dataset<Row> run(Dataset<Row> articles, List<String> granularities) {
        RequiredColumns.check(
                articles,
                "count coverage",
                Columns.PUBLISHED_DATE,
                Columns.SOURCE,
                Columns.LANGUAGE,
                Columns.RELEVANT,
                Columns.DUPLICATE_OF);
        if (!List.of(articles.columns()).contains(Columns.ARTICLE_KIND)) {
            // Rows from before article_kind existed are articles.
            articles = articles.withColumn(Columns.ARTICLE_KIND, lit(null).cast(DataTypes.StringType));
        }
        Column canonical = col(Columns.DUPLICATE_OF).isNull();
        Column digest = RelevanceStep.isDigest();
        Column article = functions.not(digest);
        Column relevant = RelevanceStep.relevantArticle();
        Dataset<Row> dated = Periods.assign(articles, granularities);
        Dataset<Row> counts = Periods.perSourceAndLanguage(
                dated,
                List.of(),
                List.of(
                        sum(when(article, 1L).otherwise(0L)).as(Columns.N_ARTICLES),
                        sum(when(article.and(canonical), 1L).otherwise(0L)).as(Columns.N_UNIQUE),
                        sum(when(relevant, 1L).otherwise(0L)).as(Columns.N_RELEVANT),
                        sum(when(relevant.and(canonical), 1L).otherwise(0L)).as(Columns.N_RELEVANT_UNIQUE),
                        countDistinct(when(relevant, col(Columns.SOURCE))).as(Columns.RELEVANT_OUTLETS),
                        sum(when(digest, 1L).otherwise(0L)).as(Columns.N_DIGESTS),
                        sum(when(digest.and(col(Columns.RELEVANT)), 1L).otherwise(0L))
                                .as(Columns.N_RELEVANT_DIGESTS)));
        UserDefinedFunction low = udf((UDF2<Long, Long, Double>) WilsonInterval::low, DataTypes.DoubleType);
        UserDefinedFunction high = udf((UDF2<Long, Long, Double>) WilsonInterval::high, DataTypes.DoubleType);
        Column unique = col(Columns.N_UNIQUE);
        Column relevantUnique = col(Columns.N_RELEVANT_UNIQUE);
        return counts.withColumn(Columns.ATTENTION, when(unique.gt(0), relevantUnique.divide(unique)))
                .withColumn(Columns.ATTENTION_LOW, low.apply(relevantUnique, unique))
                .withColumn(Columns.ATTENTION_HIGH, high.apply(relevantUnique, unique));
    }
}
