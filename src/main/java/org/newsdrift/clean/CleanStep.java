package org.newsdrift.clean;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.newsdrift.config.IngestConfig;

/**
 * Normalises titles and bodies, rejects bodies too short to be an article, and gives every article its
 * {@code content_hash} and stable {@code article_id}. Rejects from ingest pass through untouched.
 */
public final class CleanStep {
  private CleanStep() {}

  public static Dataset<Row> run(Dataset<Row> ingested, IngestConfig config) {
    UserDefinedFunction normalize = udf((UDF1<String, String>) TextNormalizer::normalize, DataTypes.StringType);
    UserDefinedFunction normalizeLine = udf((UDF1<String, String>) TextNormalizer::normalizeLine, DataTypes.StringType);
    UserDefinedFunction contentHash = udf((UDF1<String, String>) ArticleIdentity::contentHash, DataTypes.StringType);
    UserDefinedFunction articleId =
        udf((UDF4<String, String, String, String, String>) ArticleIdentity::articleId, DataTypes.StringType);

    Column read = col("reject_reason").isNull();
    Column tooShort = read.and(length(col("text")).lt(config.minTextChars()));
    Column accepted = col("reject_reason").isNull();
    return ingested
        .withColumn("text", when(read, normalize.apply(col("text"))))
        .withColumn("title", when(read, normalizeLine.apply(col("title"))))
        .withColumn("reject_detail", when(tooShort, concat(lit("the body has "), length(col("text")).cast("string"),
            lit(" characters after cleaning; the minimum is " + config.minTextChars()))).otherwise(col("reject_detail")))
        .withColumn("reject_reason", when(tooShort, lit("text_too_short")).otherwise(col("reject_reason")))
        .withColumn("content_hash", when(accepted, contentHash.apply(col("text"))))
        .withColumn("article_id",
            when(accepted, articleId.apply(col("source"), col("url"), col("title"), col("content_hash"))))
        .withColumn("published_date", to_date(col("published_day")))
        .drop("published_day");
  }
}
