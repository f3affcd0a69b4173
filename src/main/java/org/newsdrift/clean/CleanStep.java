package org.newsdrift.clean;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.time.Clock;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.api.java.UDF7;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsdrift.clean.lang.LanguageDetector;
import org.newsdrift.config.IngestConfig;
import org.newsdrift.ingest.IngestStep;
import org.newsdrift.ingest.RejectReason;
import org.newsdrift.table.Columns;
import org.newsdrift.table.RequiredColumns;
import org.newsdrift.table.RowBuilder;

/**
 * Extracts the article from HTML and plain-text pages ({@link ArticleExtractor}), normalises titles and bodies, rejects bodies too short to be an article, and gives every article its
 * {@code content_hash} and stable {@code article_id}. Rejects from ingest pass through untouched.
 */
public final class CleanStep {
    /** Why a read row is a reject (an ingest column); null for a record. The job writes it to rejects as reason. */
    public static final String REJECT_REASON = IngestStep.REJECT_REASON;
    /** The reject's detail (an ingest column), written to rejects as detail. */
    public static final String REJECT_DETAIL = IngestStep.REJECT_DETAIL;
    /** The kind of item ingest read (RawArticle's formats). */
    private static final String FORMAT = IngestStep.FORMAT;

    private static final String EXTRACTED_COLUMN = "extracted";
    private static final String DECLARED_LANGUAGE = "declared_language";
    /** The extraction's field saying why a text page holds no article. */
    private static final String NOT_AN_ARTICLE = "not_an_article";

    private static final String DETECTED_LANGUAGE = "detected_language";

    private CleanStep() {}

    private static final StructType EXTRACTED = new StructType()
            .add(Columns.TITLE, DataTypes.StringType)
            .add(Columns.TEXT, DataTypes.StringType)
            .add(Columns.URL, DataTypes.StringType)
            .add(IngestStep.PUBLISHED_DAY, DataTypes.DateType)
            .add(Columns.DATE_SOURCE, DataTypes.StringType)
            .add(DECLARED_LANGUAGE, DataTypes.StringType)
            .add(Columns.DATE_NOTE, DataTypes.StringType)
            .add(NOT_AN_ARTICLE, DataTypes.StringType);

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
        RequiredColumns.check(
                ingested,
                "extract articles",
                REJECT_REASON,
                REJECT_DETAIL,
                FORMAT,
                Columns.TITLE,
                Columns.TEXT,
                Columns.URL,
                Columns.LANGUAGE);
        // The run's "now" for date plausibility; Clock.systemUTC() serialises to executors as the same clock.
        ArticleExtractor extractor = new ArticleExtractor(Clock.systemUTC());
        UDF7<String, String, String, String, Date, String, Date, Row> extract =
                (format, title, text, url, day, dateSource, crawlDay) -> {
                    ArticleExtractor.Extracted e = extractor.extract(
                            format,
                            title,
                            text,
                            url,
                            IngestStep.localDate(day),
                            dateSource,
                            IngestStep.localDate(crawlDay));
                    return RowBuilder.of(EXTRACTED)
                            .set(Columns.TITLE, e.title())
                            .set(Columns.TEXT, e.text())
                            .set(Columns.URL, e.url())
                            .set(IngestStep.PUBLISHED_DAY, IngestStep.sqlDate(e.publishedDate()))
                            .set(Columns.DATE_SOURCE, e.dateSource())
                            .set(DECLARED_LANGUAGE, e.declaredLanguage())
                            .set(Columns.DATE_NOTE, e.dateNote())
                            .set(NOT_AN_ARTICLE, e.notAnArticle())
                            .build();
                };
        UserDefinedFunction normalize = udf((UDF1<String, String>) TextNormalizer::normalize, DataTypes.StringType);
        UserDefinedFunction normalizeLine =
                udf((UDF1<String, String>) TextNormalizer::normalizeLine, DataTypes.StringType);
        Column read = col(REJECT_REASON).isNull();
        Column notAnArticle = extracted(NOT_AN_ARTICLE);
        Column declaredLanguage = extracted(DECLARED_LANGUAGE);
        return ingested.withColumn(
                        EXTRACTED_COLUMN,
                        when(
                                read,
                                udf(extract, EXTRACTED)
                                        .apply(
                                                col(FORMAT),
                                                col(Columns.TITLE),
                                                col(Columns.TEXT),
                                                col(Columns.URL),
                                                col(IngestStep.PUBLISHED_DAY),
                                                col(Columns.DATE_SOURCE),
                                                col(IngestStep.CRAWL_DAY))))
                // A text page that holds no article is a reject with the filter's reason, before templates are learned.
                .withColumn(
                        REJECT_DETAIL,
                        when(read.and(notAnArticle.isNotNull()), notAnArticle).otherwise(col(REJECT_DETAIL)))
                .withColumn(
                        REJECT_REASON,
                        when(read.and(notAnArticle.isNotNull()), lit(RejectReason.NOT_AN_ARTICLE.code()))
                                .otherwise(col(REJECT_REASON)))
                .withColumn(Columns.TITLE, when(read, normalizeLine.apply(extracted(Columns.TITLE))))
                .withColumn(Columns.TEXT, when(read, normalize.apply(extracted(Columns.TEXT))))
                .withColumn(Columns.URL, extracted(Columns.URL))
                .withColumn(IngestStep.PUBLISHED_DAY, extracted(IngestStep.PUBLISHED_DAY))
                .withColumn(Columns.DATE_SOURCE, extracted(Columns.DATE_SOURCE))
                .withColumn(Columns.DATE_NOTE, extracted(Columns.DATE_NOTE))
                .withColumn(
                        Columns.LANGUAGE,
                        when(col(Columns.LANGUAGE).equalTo("und").and(declaredLanguage.isNotNull()), declaredLanguage)
                                .otherwise(col(Columns.LANGUAGE)))
                .drop(EXTRACTED_COLUMN, FORMAT, IngestStep.CRAWL_DAY);
    }

    /** A field of the extraction's struct column. */
    private static Column extracted(String field) {
        return col(EXTRACTED_COLUMN).getField(field);
    }

    /** Words glued to names taken apart, language, too-short rejects, content hash, article id and the date column, on extracted rows. */
    public static Dataset<Row> finish(Dataset<Row> extracted, IngestConfig config) {
        UserDefinedFunction contentHash =
                udf((UDF1<String, String>) ArticleIdentity::contentHash, DataTypes.StringType);
        UserDefinedFunction articleId =
                udf((UDF4<String, String, String, String, String>) ArticleIdentity::articleId, DataTypes.StringType);
        RequiredColumns.check(
                extracted,
                "finish cleaning",
                REJECT_REASON,
                REJECT_DETAIL,
                Columns.INPUT_FILE,
                Columns.SOURCE,
                Columns.URL,
                Columns.TITLE,
                Columns.TEXT,
                Columns.LANGUAGE);
        Column read = col(REJECT_REASON).isNull();
        Column textLength = coalesce(length(col(Columns.TEXT)), lit(0));
        Column tooShort = read.and(textLength.lt(config.minTextChars()));
        Column accepted = col(REJECT_REASON).isNull();
        return GlueStep.run(extracted)
                // The detected language wins: page templates often declare a default; the record's own value is the
                // fallback.
                .withColumn(
                        DETECTED_LANGUAGE,
                        when(
                                read,
                                udf(new DetectLanguage(), DataTypes.StringType).apply(col(Columns.TEXT))))
                .withColumn(
                        Columns.LANGUAGE,
                        when(
                                        col(DETECTED_LANGUAGE).notEqual(lit(LanguageDetector.UNDETERMINED)),
                                        col(DETECTED_LANGUAGE))
                                .otherwise(col(Columns.LANGUAGE)))
                .drop(DETECTED_LANGUAGE)
                .withColumn(
                        REJECT_DETAIL,
                        when(
                                        tooShort,
                                        concat(
                                                lit("the body has "),
                                                textLength.cast("string"),
                                                lit(" characters after cleaning; the minimum is "
                                                        + config.minTextChars())))
                                .otherwise(col(REJECT_DETAIL)))
                .withColumn(
                        REJECT_REASON,
                        when(tooShort, lit(RejectReason.TEXT_TOO_SHORT.code())).otherwise(col(REJECT_REASON)))
                .withColumn(Columns.CONTENT_HASH, when(accepted, contentHash.apply(col(Columns.TEXT))))
                .withColumn(
                        Columns.ARTICLE_ID,
                        when(
                                accepted,
                                articleId.apply(
                                        col(Columns.SOURCE),
                                        col(Columns.URL),
                                        col(Columns.TITLE),
                                        col(Columns.CONTENT_HASH))))
                // A date since ingest: only the name changes, to the articles table's.
                .withColumn(Columns.PUBLISHED_DATE, col(IngestStep.PUBLISHED_DAY))
                .drop(IngestStep.PUBLISHED_DAY);
    }
}
