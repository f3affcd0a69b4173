package org.newsdrift.text;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsdrift.config.SubjectConfig;

/**
 * Adds {@code relevant}, {@code relevance_score}, {@code matched_terms}, {@code evidence} and {@code article_kind}
 * (article or digest) to article rows.
 */
public final class RelevanceStep {
  private static final StructType RESULT = new StructType()
      .add("relevant", DataTypes.BooleanType, false)
      .add("relevance_score", DataTypes.DoubleType, false)
      .add("matched_terms", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("evidence", DataTypes.StringType)
      .add("article_kind", DataTypes.StringType, false);

  private RelevanceStep() {}

  /**
   * True for a relevant article that is not a digest: what coverage, trends and topics count. Rows written before
   * {@code article_kind} existed are articles.
   */
  public static Column relevantArticle() {
    return col("relevant").and(coalesce(col("article_kind"), lit(DigestDetector.ARTICLE)).equalTo(DigestDetector.ARTICLE));
  }

  /** True for a digest, whatever its relevance. */
  public static Column isDigest() {
    return coalesce(col("article_kind"), lit(DigestDetector.ARTICLE)).equalTo(DigestDetector.DIGEST);
  }

  public static Dataset<Row> run(Dataset<Row> articles, SubjectConfig subject) {
    RelevanceScorer scorer = new RelevanceScorer(new AliasMatcher(subject), subject.minScore());
    UDF2<String, String, Row> score = (title, text) -> {
      RelevanceResult r = scorer.score(title, text);
      return RowFactory.create(r.relevant(), r.score(), r.matchedTerms().toArray(new String[0]), r.evidence(),
          DigestDetector.kindOf(title, text));
    };
    return articles
        .withColumn("relevance", udf(score, RESULT).apply(col("title"), col("text")))
        .withColumn("relevant", col("relevance.relevant"))
        .withColumn("relevance_score", col("relevance.relevance_score"))
        .withColumn("matched_terms", col("relevance.matched_terms"))
        .withColumn("evidence", col("relevance.evidence"))
        .withColumn("article_kind", col("relevance.article_kind"))
        .drop("relevance");
  }
}
