package org.newsdrift.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.newsdrift.clean.CleanStep;
import org.newsdrift.clean.TemplateStep;
import org.newsdrift.clean.dedupe.CrossNightMerge;
import org.newsdrift.clean.dedupe.CrossNightMergeResult;
import org.newsdrift.config.JobConfig;
import org.newsdrift.ingest.IngestStep;
import org.newsdrift.ingest.InputFile;
import org.newsdrift.table.Columns;
import org.newsdrift.table.TableWriter;
import org.newsdrift.table.Tables;
import org.newsdrift.text.RelevanceStep;
import org.newsdrift.text.TokenizeStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads tonight's new or changed inputs into the night's partitions of {@code articles}, {@code rejects} and
 * {@code source_boilerplate}, rewriting the earlier nights tonight's records change, and accounts for every record.
 */
final class NightIngest {
    private static final Logger LOG = LoggerFactory.getLogger(NightIngest.class);
    /** Cleaning's columns saying why a record was rejected; the rejects table calls them reason and detail. */
    private static final String REJECT_REASON = "reject_reason";

    private static final String REJECT_DETAIL = "reject_detail";

    private final SparkSession spark;
    private final RunContext run;
    /** Tonight's run date, as the partition columns hold it. */
    private final Date runDate;

    private final TableWriter tables;
    private final StepLog steps;

    NightIngest(SparkSession spark, RunContext run, TableWriter tables, StepLog steps) {
        this.spark = spark;
        this.run = run;
        this.runDate = Date.valueOf(run.runDate());
        this.tables = tables;
        this.steps = steps;
    }

    RunCounts read(List<InputFile> toRead) {
        JobConfig config = run.config().job();
        List<String> uris = toRead.stream().map(InputFile::uri).toList();
        String replaced = CrossNightMerge.replacedRows(runDate, uris);
        steps.start("ingest and clean");
        Dataset<Row> extracted = CleanStep.extract(IngestStep.run(spark, toRead, config.ingest()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        TemplateStep.Result templates = TemplateStep.run(
                extracted, config.ingest().templateMinPages(), config.ingest().templateSamplePages());
        tables.replaceWhere(Tables.SOURCE_BOILERPLATE, replaced, tonights(templates.boilerplate()));
        Dataset<Row> cleaned =
                tonights(CleanStep.finish(templates.rows(), config.ingest())).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long recordsRead = cleaned.count();
            Dataset<Row> acceptedRecords = cleaned.filter(col(REJECT_REASON).isNull());
            long accepted = acceptedRecords.count();
            steps.end(recordsRead);
            Dataset<Row> rejects = cleaned.filter(col(REJECT_REASON).isNotNull())
                    .withColumnRenamed(REJECT_REASON, Columns.REASON)
                    .withColumnRenamed(REJECT_DETAIL, Columns.DETAIL);
            steps.start("exact and near duplicates");
            CrossNightMerge merge = new CrossNightMerge(spark)
                    .night(runDate)
                    .records(acceptedRecords)
                    .filesRead(uris)
                    .nearDuplicates(config.nearDuplicates())
                    .articlesOf(tables);
            try (CrossNightMergeResult merged = merge.execute()) {
                steps.end(merged.verifiedPairs());
                steps.start("relevance and write articles");
                if (!merged.changedNights().isEmpty()) {
                    LOG.info(
                            "articles: rewriting {} earlier nights whose rows tonight's records change: {}",
                            merged.changedNights().size(),
                            merged.changedNights());
                }
                tables.replacePartitions(
                        Tables.ARTICLES,
                        Columns.RUN_DATE,
                        merged.nights(),
                        withTerms(scored(merged.rowsToWrite().orElseThrow())));
                tables.replaceWhere(Tables.REJECTS, replaced, rejects);
            }
            return counted(recordsRead, accepted);
        } finally {
            cleaned.unpersist();
            extracted.unpersist();
        }
    }

    /** {@code rows} filed under tonight's run. */
    private Dataset<Row> tonights(Dataset<Row> rows) {
        return rows.withColumn(Columns.RUN_ID, lit(run.runId())).withColumn(Columns.RUN_DATE, lit(runDate));
    }

    /** Tonight's rows scored for relevance; earlier nights' rows keep the scores of the night that read them. */
    private Dataset<Row> scored(Dataset<Row> rows) {
        Column fresh = col(Columns.RUN_DATE).equalTo(lit(runDate));
        return RelevanceStep.run(rows.filter(fresh), run.config().subject())
                .unionByName(rows.filter(functions.not(fresh)));
    }

    /**
     * Canonical rows with their analysed terms, kept from the night that analysed them when the settings are the same,
     * so that later nights read them instead of analysing every article again; copies without.
     */
    private Dataset<Row> withTerms(Dataset<Row> rows) {
        String analyzer = run.analyzerHash();
        Column canonical = col(Columns.DUPLICATE_OF).isNull();
        return rows.withColumn(
                        Columns.TERMS,
                        functions.when(
                                canonical,
                                TokenizeStep.storedOrAnalysed(
                                        run.config().job().text(), run.config().subject(), analyzer)))
                .withColumn(Columns.TERMS_ANALYZER, functions.when(canonical, lit(analyzer)));
    }

    /** Counted from what was written, so a record lost on the way fails the run instead of passing unnoticed. */
    private RunCounts counted(long recordsRead, long accepted) {
        Dataset<Row> written = tonight(Tables.ARTICLES);
        long articleRows = written.count();
        long canonical = written.filter(col(Columns.DUPLICATE_OF).isNull()).count();
        long relevant = written.filter(col(Columns.DUPLICATE_OF).isNull().and(RelevanceStep.relevantArticle()))
                .count();
        long rejected = tonight(Tables.REJECTS).count();
        long repeats = accepted - articleRows;
        RunCounts counts = new RunCounts(recordsRead, canonical, rejected, articleRows - canonical + repeats, relevant);
        LOG.info(
                "ingest: {} files, {} records: {} accepted, {} rejected, {} duplicates, {} relevant",
                run.inputs().size(),
                counts.recordsRead(),
                counts.accepted(),
                counts.rejected(),
                counts.duplicates(),
                counts.relevant());
        steps.end(articleRows);
        return counts;
    }

    private Dataset<Row> tonight(String table) {
        return tables.read(spark, table).filter(col(Columns.RUN_DATE).equalTo(lit(runDate)));
    }
}
