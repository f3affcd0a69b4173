package org.newsdrift.clean;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.coalesce;
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
import org.apache.spark.sql.api.java.UDF7;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import java.time.Clock;
import java.time.LocalDate;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.newsdrift.clean.lang.LanguageDetector;
import org.newsdrift.config.IngestConfig;

/**
 * Extracts the article from HTML and plain-text pages ({@link ArticleExtractor}), normalises titles and bodies, rejects bodies too short to be an article, and gives every article its
 * {@code content_hash} and stable {@code article_id}. Rejects from ingest pass through untouched.
 */
public final class CleanStep {
  private CleanStep() {}

  private static final StructType EXTRACTED = new StructType()
      .add("title", DataTypes.StringType)
      .add("text", DataTypes.StringType)
      .add("url", DataTypes.StringType)
      .add("published_day", DataTypes.StringType)
      .add("date_source", DataTypes.StringType)
      .add("declared_language", DataTypes.StringType)
      .add("date_note", DataTypes.StringType)
      .add("not_an_article", DataTypes.StringType);

  /** Loads lingua's models once per deserialised copy (per task), not per row. */
  private static final class DetectLanguage implements UDF1<String, String> {
    private static final long serialVersionUID = 1L;
    private transient LanguageDetector detector;

    @Override
    public String call(String text) {
      if (detector == null) {
        detector = new LanguageDetector();
      }
      return detector.detect(text);
    }
  }

  /** {@link #extract}, then {@link #finish}: cleaning without learning per-source templates. */
  public static Dataset<Row> run(Dataset<Row> ingested, IngestConfig config) {
    return finish(extract(ingested), config);
  }

  /** The article of every read row: extracted from pages, with titles and texts normalised. */
  public static Dataset<Row> extract(Dataset<Row> ingested) {
    // The run's "now" for date plausibility; Clock.systemUTC() serialises to executors as the same clock.
    ArticleExtractor extractor = new ArticleExtractor(Clock.systemUTC());
    UDF7<String, String, String, String, String, String, String, Row> extract =
        (format, title, text, url, day, dateSource, crawlDay) -> {
          ArticleExtractor.Extracted e = extractor.extract(format, title, text, url,
              day == null ? null : LocalDate.parse(day), dateSource, crawlDay == null ? null : LocalDate.parse(crawlDay));
          return RowFactory.create(e.title(), e.text(), e.url(),
              e.publishedDate() == null ? null : e.publishedDate().toString(), e.dateSource(), e.declaredLanguage(),
              e.dateNote(), e.notAnArticle());
        };
    UserDefinedFunction normalize = udf((UDF1<String, String>) TextNormalizer::normalize, DataTypes.StringType);
    UserDefinedFunction normalizeLine = udf((UDF1<String, String>) TextNormalizer::normalizeLine, DataTypes.StringType);
    Column read = col("reject_reason").isNull();
    return ingested
        .withColumn("extracted", when(read, udf(extract, EXTRACTED).apply(col("format"), col("title"), col("text"),
            col("url"), col("published_day"), col("date_source"), col("crawl_day"))))
        // A text page that holds no article is a reject with the filter's reason, before templates are learned.
        .withColumn("reject_detail", when(read.and(col("extracted.not_an_article").isNotNull()),
            col("extracted.not_an_article")).otherwise(col("reject_detail")))
        .withColumn("reject_reason", when(read.and(col("extracted.not_an_article").isNotNull()),
            lit("not_an_article")).otherwise(col("reject_reason")))
        .withColumn("title", when(read, normalizeLine.apply(col("extracted.title"))))
        .withColumn("text", when(read, normalize.apply(col("extracted.text"))))
        .withColumn("url", col("extracted.url"))
        .withColumn("published_day", col("extracted.published_day"))
        .withColumn("date_source", col("extracted.date_source"))
        .withColumn("date_note", col("extracted.date_note"))
        .withColumn("language", when(col("language").equalTo("und").and(col("extracted.declared_language").isNotNull()),
            col("extracted.declared_language")).otherwise(col("language")))
        .drop("extracted", "format", "crawl_day");
  }

  /** Words glued to names taken apart, language, too-short rejects, content hash, article id and the date column, on extracted rows. */
  public static Dataset<Row> finish(Dataset<Row> extracted, IngestConfig config) {
    UserDefinedFunction contentHash = udf((UDF1<String, String>) ArticleIdentity::contentHash, DataTypes.StringType);
    UserDefinedFunction articleId =
        udf((UDF4<String, String, String, String, String>) ArticleIdentity::articleId, DataTypes.StringType);
    Column read = col("reject_reason").isNull();
    Column tooShort = read.and(coalesce(length(col("text")), lit(0)).lt(config.minTextChars()));
    Column accepted = col("reject_reason").isNull();
    return GlueStep.run(extracted)
        // The detected language wins: page templates often declare a default; the record's own value is the fallback.
        .withColumn("detected_language", when(read, udf(new DetectLanguage(), DataTypes.StringType).apply(col("text"))))
        .withColumn("language", when(col("detected_language").notEqual(lit(LanguageDetector.UNDETERMINED)),
            col("detected_language")).otherwise(col("language")))
        .drop("detected_language")
        .withColumn("reject_detail", when(tooShort, concat(lit("the body has "),
            coalesce(length(col("text")), lit(0)).cast("string"),
            lit(" characters after cleaning; the minimum is " + config.minTextChars()))).otherwise(col("reject_detail")))
        .withColumn("reject_reason", when(tooShort, lit("text_too_short")).otherwise(col("reject_reason")))
        .withColumn("content_hash", when(accepted, contentHash.apply(col("text"))))
        .withColumn("article_id",
            when(accepted, articleId.apply(col("source"), col("url"), col("title"), col("content_hash"))))
        .withColumn("published_date", to_date(col("published_day")))
        .drop("published_day");
  }
}
