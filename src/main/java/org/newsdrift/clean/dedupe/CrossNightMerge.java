package org.newsdrift.clean.dedupe;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.storage.StorageLevel;
import org.newsdrift.clean.DedupeStep;
import org.newsdrift.config.NearDuplicateConfig;
import org.newsdrift.table.Columns;
import org.newsdrift.table.JobDescription;
import org.newsdrift.table.TableWriter;
import org.newsdrift.table.Tables;

/**
 * Finds exact and near duplicates among tonight's records and every other night's articles together, and says which
 * earlier nights' rows that changes: a canonical article that turns out to be a copy of one read tonight, a cluster
 * that grows, a file read again. Writing the changed nights with tonight's gives the articles one backfill over the
 * same files gives.
 */
public final class CrossNightMerge {
    /** Article columns derived from all nights' rows together, recomputed every night. */
    private static final List<String> DUPLICATE_COLUMNS =
            List.of(Columns.DUPLICATE_OF, Columns.DUPLICATE_KIND, Columns.COPIES, Columns.OUTLETS);
    /** Article columns scored from a row's own title and text, once, by the night that reads it. */
    private static final List<String> RELEVANCE_COLUMNS = List.of(
            Columns.RELEVANT, Columns.RELEVANCE_SCORE, Columns.MATCHED_TERMS, Columns.EVIDENCE, Columns.ARTICLE_KIND);
    /** Article columns a record does not have: scored, deduplicated or analysed from it. */
    private static final List<String> DERIVED_COLUMNS = Stream.of(
                    DUPLICATE_COLUMNS,
                    RELEVANCE_COLUMNS,
                    List.of(
                            Columns.ALSO_READ_FROM,
                            Columns.TERMS,
                            Columns.TERMS_ANALYZER,
                            Columns.LSH_KEYS,
                            Columns.LSH_SETTINGS))
            .flatMap(List::stream)
            .toList();

    private final SparkSession spark;
    private Date night;
    private Dataset<Row> records;
    private List<String> filesRead;
    private NearDuplicateConfig nearDuplicates;
    private TableWriter tables;

    public CrossNightMerge(SparkSession spark) {
        this.spark = Objects.requireNonNull(spark, "Cannot merge articles: no Spark session");
    }

    /** Tonight's run date, the articles' partition tonight's records go to. */
    public CrossNightMerge night(Date runDate) {
        this.night = Objects.requireNonNull(runDate, "Cannot merge articles: no night given");
        return this;
    }

    /** Tonight's accepted records, with the run's id and date. */
    public CrossNightMerge records(Dataset<Row> accepted) {
        this.records = Objects.requireNonNull(accepted, "Cannot merge articles: no records given");
        return this;
    }

    /** The URIs of the files read tonight: their earlier nights' rows are replaced by tonight's reading. */
    public CrossNightMerge filesRead(List<String> uris) {
        if (uris == null || uris.isEmpty()) {
            throw new IllegalArgumentException(
                    "Cannot merge articles: a night that read no file has nothing to merge (" + uris + ")");
        }
        this.filesRead = List.copyOf(uris);
        return this;
    }

    public CrossNightMerge nearDuplicates(NearDuplicateConfig config) {
        this.nearDuplicates = Objects.requireNonNull(config, "Cannot merge articles: no near-duplicate settings");
        return this;
    }

    /** The output whose articles table holds the other nights' rows (none when it does not exist yet). */
    public CrossNightMerge articlesOf(TableWriter output) {
        this.tables = Objects.requireNonNull(output, "Cannot merge articles: no output tables given");
        return this;
    }

    /**
     * The rows a night replaces in tables holding a row per record or file (rejects, learned templates): tonight's
     * partition, and the earlier nights' rows of the files read tonight, which tonight's rows replace. One condition,
     * so each table gets one commit.
     */
    public static String replacedRows(Date night, List<String> filesRead) {
        return TableWriter.in(Columns.RUN_DATE, List.of(night)) + " OR "
                + TableWriter.in(Columns.INPUT_FILE, filesRead);
    }

    /** Runs the merge; the result's rows are persisted until it is closed. */
    public CrossNightMergeResult execute() {
        if (night == null || records == null || filesRead == null || nearDuplicates == null || tables == null) {
            throw new IllegalStateException(
                    "Cannot merge articles: night, records, files read, near-duplicate settings "
                            + "and output must all be set");
        }
        try (JobDescription job = JobDescription.of(spark, "merge tonight's records with other nights' articles")) {
            Object[] reread = filesRead.toArray();
            Dataset<Row> stored = otherNights();
            Dataset<Row> exact = DedupeStep.run(tonightsRecords(records).unionByName(keptRows(stored, reread)))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            NearDuplicateResult near =
                    NearDuplicateStep.run(exact.filter(col(Columns.DUPLICATE_OF).isNull()), nearDuplicates);
            Dataset<Row> merged = withLshKeys(
                            DedupeStep.withNearDuplicates(exact, near.assignments()), near.assignments())
                    .persist(StorageLevel.MEMORY_AND_DISK());
            // Computed once here: changedNights reads it twice.
            merged.count();
            exact.unpersist();
            List<Object> changed =
                    changedNights(stored, merged.filter(col(Columns.RUN_DATE).notEqual(lit(night))));
            List<Object> nights = new ArrayList<>(List.of(night));
            nights.addAll(changed);
            return new CrossNightMergeResult(Optional.of(merged), nights, changed, near.verifiedPairs());
        }
    }

    /** The article rows of every other night, as published before tonight's run. */
    private Dataset<Row> otherNights() {
        if (!tables.exists(spark, Tables.ARTICLES)) {
            return spark.createDataFrame(List.of(), Tables.spec(Tables.ARTICLES).schema());
        }
        return tables.read(spark, Tables.ARTICLES).filter(col(Columns.RUN_DATE).notEqual(lit(night)));
    }

    /** Tonight's accepted records shaped as article rows before deduplication: read once, relevance not yet scored. */
    private static Dataset<Row> tonightsRecords(Dataset<Row> accepted) {
        List<Column> columns = new ArrayList<>();
        for (StructField field : Tables.spec(Tables.ARTICLES).schema().fields()) {
            if (!DUPLICATE_COLUMNS.contains(field.name())) {
                boolean fromRecord = !DERIVED_COLUMNS.contains(field.name());
                columns.add((fromRecord ? col(field.name()) : lit(null))
                        .cast(field.dataType())
                        .as(field.name()));
            }
        }
        return accepted.select(columns.toArray(new Column[0]));
    }

    /**
     * Rows with the band keys near-duplicate detection compared them by (exact copies, which it does not see, without):
     * later nights reuse them instead of shingling every earlier article again.
     */
    private static Dataset<Row> withLshKeys(Dataset<Row> rows, Dataset<Row> assignments) {
        return rows.drop(Columns.LSH_KEYS, Columns.LSH_SETTINGS)
                .join(
                        assignments.select(Columns.ARTICLE_ID, Columns.LSH_KEYS, Columns.LSH_SETTINGS),
                        new String[] {Columns.ARTICLE_ID},
                        "left");
    }

    /**
     * Other nights' rows as input to deduplication beside tonight's records: without their duplicate columns (derived
     * again from all rows), without the rows of files read again tonight, whose earlier reading tonight's replaces,
     * and without those files in {@code also_read_from}.
     */
    private static Dataset<Row> keptRows(Dataset<Row> stored, Object[] reread) {
        Column rereadFiles = functions.filter(col(Columns.ALSO_READ_FROM), file -> functions.not(file.isin(reread)));
        return stored.filter(functions.not(col(Columns.INPUT_FILE).isin(reread)))
                .withColumn(
                        Columns.ALSO_READ_FROM,
                        functions.when(functions.size(rereadFiles).gt(0), rereadFiles))
                .drop(DUPLICATE_COLUMNS.toArray(new String[0]));
    }

    /**
     * The run dates of other nights whose published rows differ from their rows after tonight's deduplication: a
     * canonical article that became a copy of tonight's, a cluster that grew, a row replaced by tonight's reading of
     * the same article, rows of a file read again.
     */
    private static List<Object> changedNights(Dataset<Row> stored, Dataset<Row> after) {
        Column[] key = Stream.concat(
                        Stream.of(
                                Columns.ARTICLE_ID,
                                Columns.RUN_DATE,
                                Columns.INPUT_FILE,
                                Columns.LOCATOR,
                                Columns.ALSO_READ_FROM),
                        DUPLICATE_COLUMNS.stream())
                .map(functions::col)
                .toArray(Column[]::new);
        Dataset<Row> before = stored.select(key);
        Dataset<Row> now = after.select(key);
        return before
                .exceptAll(now)
                .union(now.exceptAll(before))
                .select(Columns.RUN_DATE)
                .distinct()
                .orderBy(Columns.RUN_DATE)
                .collectAsList()
                .stream()
                .map(row -> row.get(0))
                .toList();
    }
}
