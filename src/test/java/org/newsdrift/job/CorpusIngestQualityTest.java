package org.newsdrift.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdrift.SparkTestSession;
import org.newsdrift.TestFiles;
import org.newsdrift.clean.CleanStep;
import org.newsdrift.config.ConfigLoader;
import org.newsdrift.config.IngestConfig;
import org.newsdrift.ingest.IngestStep;
import org.newsdrift.ingest.InputFile;
import org.newsdrift.ingest.InputResolver;

/**
 * Ingest and cleaning on the real corpora in ../shared/corpus (skipped, saying so, where they are absent):
 * nothing lost, entities decoded, languages detected, dates as the inputs give them. Prints the figures.
 */
class CorpusIngestQualityTest {
    private static final Path CORPUS =
            TestFiles.repo().resolve("../shared/corpus").normalize();
    private static SparkSession spark;
    private static IngestConfig config;

    @BeforeAll
    static void startSpark() {
        assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS + ": corpus quality checks skipped");
        spark = SparkTestSession.get();
        config = ConfigLoader.load(TestFiles.defaultConfig()).job().ingest();
    }

    private static Dataset<Row> cleaned(String folder) {
        List<InputFile> files = InputResolver.resolve(
                List.of(CORPUS.resolve(folder).toString()), new org.apache.hadoop.conf.Configuration());
        return CleanStep.run(IngestStep.run(spark, files, config), config).persist(StorageLevel.MEMORY_AND_DISK());
    }

    private static long count(Dataset<Row> rows) {
        return rows.count();
    }

    @Test
    void naverArchivesLoseNoEntryLeaveNoEntityAndAreMostlyKorean() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS.resolve("naver-ko")), "no naver-ko corpus");
        Dataset<Row> rows = cleaned("naver-ko");
        Dataset<Row> accepted = rows.filter(col("reject_reason").isNull());
        long total = count(rows);
        long kept = count(accepted);
        String entity = "&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]{2,8});";
        long withEntities =
                count(accepted.filter(col("text").rlike(entity).or(col("title").rlike(entity))));
        long korean = count(accepted.filter(col("language").equalTo("ko")));
        // Share of Hangul among letters, to tell Korean articles from the English ones the crawl also holds.
        Dataset<Row> hangulHeavy = accepted.withColumn(
                        "hangul",
                        length(regexp_replace(col("text"), "[^\\p{IsHangul}]", ""))
                                .divide(length(regexp_replace(col("text"), "[^\\p{L}]", ""))))
                .filter(col("hangul").gt(0.1));
        long hangulArticles = count(hangulHeavy);
        long hangulKorean = count(hangulHeavy.filter(col("language").equalTo("ko")));
        long undated = count(accepted.filter(
                col("date_source").equalTo("none").or(col("date_source").equalTo("crawl"))));
        long crawlDated = count(accepted.filter(col("date_source").equalTo("crawl")));
        System.out.printf(
                "naver-ko: %d entries, %d accepted, %d rejected; %d with entities left; ko %d (%.4f of accepted);"
                        + " mostly-Hangul texts %d, of which ko %d (%.4f); undated or crawl-dated %d (crawl %d)%n",
                total,
                kept,
                total - kept,
                withEntities,
                korean,
                (double) korean / kept,
                hangulArticles,
                hangulKorean,
                (double) hangulKorean / hangulArticles,
                undated,
                crawlDated);
        rows.filter(col("reject_reason").isNotNull())
                .groupBy("reject_reason")
                .count()
                .show(false);

        assertThat(total).isEqualTo(30_851);
        assertThat(withEntities).isZero();
        assertThat((double) hangulKorean / hangulArticles).isGreaterThanOrEqualTo(0.99);
        assertThat(crawlDated).isLessThanOrEqualTo(59);
        assertThat(accepted.filter(col("published_date").gt(Date.valueOf("2025-12-31")))
                        .count())
                .isZero();
    }

    @Test
    void telegramPostsOfTwentyLettersAreRussian() {
        assumeTrue(Files.isDirectory(CORPUS.resolve("telegram-ru")), "no telegram-ru corpus");
        Dataset<Row> accepted =
                cleaned("telegram-ru").filter(col("reject_reason").isNull());
        Dataset<Row> lettered = accepted.filter(
                length(regexp_replace(col("text"), "[^\\p{L}]", "")).geq(20));
        long n = count(lettered);
        long russian = count(lettered.filter(col("language").equalTo("ru")));
        long sources = accepted.select("source").distinct().count();
        long titled = count(accepted.filter(col("title").isNotNull()));
        System.out.printf(
                "telegram-ru: %d accepted posts from %d channels, %d titled; %d with >= 20 letters, ru %d (%.4f)%n",
                count(accepted), sources, titled, n, russian, (double) russian / n);
        lettered.filter(col("language").notEqual("ru"))
                .groupBy("language")
                .count()
                .orderBy(col("count").desc())
                .show(10);

        // 16 dump files, two of them from channels of the same name.
        assertThat(sources).isEqualTo(15);
        assertThat(titled).isEqualTo(count(accepted));
        assertThat((double) russian / n).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void scrapedTextPagesAreAcceptedWithTheirDatesAndWithoutChrome() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS.resolve("pages")), "no pages corpus");
        List<Row> pages = cleaned("pages").orderBy("input_file").collectAsList();
        assertThat(pages).hasSize(2);
        for (Row page : pages) {
            assertThat(page.<String>getAs("reject_reason")).isNull();
            String text = page.getAs("text");
            assertThat(text).doesNotContain("Skip to content").doesNotContain("Subscribe");
            String file = page.getAs("input_file");
            if (file.contains("kyivindependent")) {
                assertThat(page.<Date>getAs("published_date")).isEqualTo(Date.valueOf("2024-06-20"));
            } else {
                assertThat(page.<Date>getAs("published_date")).isNull();
            }
            assertThat(page.<String>getAs("language")).isEqualTo("en");
        }
        try (Stream<Path> files = Files.list(CORPUS.resolve("pages"))) {
            assertThat(files.count()).isEqualTo(2);
        }
    }
}
