package org.newsdrift.job;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newsdrift.table.Columns;
import org.newsdrift.table.LatestReadings;
import org.newsdrift.table.TableWriter;
import org.newsdrift.text.RelevanceStep;
import org.newsdrift.text.TokenizeStep;

/** The articles of every night as the later steps read them: the latest reading of each article. */
final class ArticleCorpus {
    private final SparkSession spark;
    private final RunContext run;
    private final TableWriter tables;

    ArticleCorpus(SparkSession spark, RunContext run, TableWriter tables) {
        this.spark = spark;
        this.run = run;
        this.tables = tables;
    }

    /** Articles of every night, duplicates included, the latest reading of each. */
    Dataset<Row> latest() {
        return LatestReadings.read(spark, tables);
    }

    /**
     * Canonical articles with their analysed terms (as stored, unless the analyzer settings changed since), persisted:
     * the caller unpersists. Here {@code relevant} is true for relevant articles only, digests left out: they re-report
     * stories counted elsewhere, so trends and topics leave them out.
     */
    Dataset<Row> canonicalWithTerms() {
        return latest().filter(col(Columns.DUPLICATE_OF).isNull())
                .withColumn(Columns.RELEVANT, RelevanceStep.relevantArticle())
                .withColumn(
                        Columns.TERMS,
                        TokenizeStep.storedOrAnalysed(
                                run.config().job().text(), run.config().subject(), run.analyzerHash()))
                .select(
                        Columns.ARTICLE_ID,
                        Columns.SOURCE,
                        Columns.LANGUAGE,
                        Columns.PUBLISHED_DATE,
                        Columns.RELEVANT,
                        Columns.TITLE,
                        Columns.TERMS,
                        Columns.RUN_DATE)
                .persist(StorageLevel.MEMORY_AND_DISK());
    }

    /** Relevant canonical articles' texts, read again only when a new topic model version needs labels. */
    Dataset<Row> relevantTexts() {
        return latest().filter(col(Columns.DUPLICATE_OF).isNull().and(RelevanceStep.relevantArticle()))
                .select(Columns.ARTICLE_ID, Columns.TITLE, Columns.TEXT, Columns.LANGUAGE);
    }
}
