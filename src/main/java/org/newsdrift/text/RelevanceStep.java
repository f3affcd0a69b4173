package org.newsdrift.text;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsdrift.config.SubjectConfig;

/** Adds {@code relevant}, {@code relevance_score}, {@code matched_terms} and {@code evidence} to article rows. */
public final class RelevanceStep {
  private static final StructType RESULT = new StructType()
      .add("relevant", DataTypes.BooleanType, false)
      .add("relevance_score", DataTypes.DoubleType, false)
      .add("matched_terms", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("evidence", DataTypes.StringType);

  private RelevanceStep() {}

  public static Dataset<Row> run(Dataset<Row> articles, SubjectConfig subject) {
    RelevanceScorer scorer = new RelevanceScorer(new AliasMatcher(subject));
    UDF2<String, String, Row> score = (title, text) -> {
      RelevanceResult r = scorer.score(title, text);
      return RowFactory.create(r.relevant(), r.score(), r.matchedTerms().toArray(new String[0]), r.evidence());
    };
    return articles
        .withColumn("relevance", udf(score, RESULT).apply(col("title"), col("text")))
        .withColumn("relevant", col("relevance.relevant"))
        .withColumn("relevance_score", col("relevance.relevance_score"))
        .withColumn("matched_terms", col("relevance.matched_terms"))
        .withColumn("evidence", col("relevance.evidence"))
        .drop("relevance");
  }
}
