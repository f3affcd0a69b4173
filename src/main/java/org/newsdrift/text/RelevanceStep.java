package org.newsdrift.text;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsdrift.config.SubjectConfig;
import org.newsdrift.table.Columns;
import org.newsdrift.table.RequiredColumns;
import org.newsdrift.table.RowBuilder;

/**
 * Adds {@code relevant}, {@code relevance_score}, {@code matched_terms}, {@code evidence} and {@code article_kind}
 * (article or digest) to article rows.
 */
public final class RelevanceStep {
    private static final StructType RESULT = new StructType()
            .add(Columns.RELEVANT, DataTypes.BooleanType, false)
            .add(Columns.RELEVANCE_SCORE, DataTypes.DoubleType, false)
            .add(Columns.MATCHED_TERMS, DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add(Columns.EVIDENCE, DataTypes.StringType)
            .add(Columns.ARTICLE_KIND, DataTypes.StringType, false);
    private static final String RELEVANCE = "relevance";

    private RelevanceStep() {}

    /**
     * True for a relevant article that is not a digest: what coverage, trends and topics count. Rows written before
     * {@code article_kind} existed are articles.
     */
    public static Column relevantArticle() {
        return col(Columns.RELEVANT)
                .and(coalesce(col(Columns.ARTICLE_KIND), lit(DigestDetector.ARTICLE))
                        .equalTo(DigestDetector.ARTICLE));
    }

    /** True for a digest, whatever its relevance. */
    public static Column isDigest() {
        return coalesce(col(Columns.ARTICLE_KIND), lit(DigestDetector.ARTICLE)).equalTo(DigestDetector.DIGEST);
    }

    public static Dataset<Row> run(Dataset<Row> articles, SubjectConfig subject) {
        RequiredColumns.check(articles, "score relevance", Columns.TITLE, Columns.TEXT);
        RelevanceScorer scorer = new RelevanceScorer(new AliasMatcher(subject), subject.minScore());
        UDF2<String, String, Row> score = (title, text) -> {
            RelevanceResult r = scorer.score(title, text);
            return RowBuilder.of(RESULT)
                    .set(Columns.RELEVANT, r.relevant())
                    .set(Columns.RELEVANCE_SCORE, r.score())
                    .set(Columns.MATCHED_TERMS, r.matchedTerms().toArray(new String[0]))
                    .set(Columns.EVIDENCE, r.evidence())
                    .set(Columns.ARTICLE_KIND, DigestDetector.kindOf(title, text))
                    .build();
        };
        Dataset<Row> scored =
                articles.withColumn(RELEVANCE, udf(score, RESULT).apply(col(Columns.TITLE), col(Columns.TEXT)));
        for (String field : RESULT.fieldNames()) {
            scored = scored.withColumn(field, col(RELEVANCE).getField(field));
        }
        return scored.drop(RELEVANCE);
    }
}
