package org.newsdrift.ingest;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.newsdrift.config.IngestConfig;
import org.newsdrift.table.Columns;
import org.newsdrift.table.RowBuilder;

/**
 * Reads every input file in parallel (one task per group of files, each file streamed) into one row per input
 * record: article fields, or a reject reason. Days are Spark dates from here on (java.sql.Date in a row, as the job's
 * session reads them): no step downstream parses a day string again.
 */
public final class IngestStep {
    /** The publication day the record gives, a date; clean may replace it with one the page gives. */
    public static final String PUBLISHED_DAY = "published_day";
    /** What the text is ({@link RawArticle#HTML} and the others), which decides how clean reads it. */
    public static final String FORMAT = "format";
    /** The day the page was fetched, when the input tells it (a WARC-Date); a date. */
    public static final String CRAWL_DAY = "crawl_day";
    /** The {@link RejectReason#code} of a record that is no article, null for an article. */
    public static final String REJECT_REASON = "reject_reason";
    /** Why, for people, next to {@link #REJECT_REASON}. */
    public static final String REJECT_DETAIL = "reject_detail";

    public static final StructType SCHEMA = new StructType()
            .add(Columns.INPUT_FILE, DataTypes.StringType, false)
            .add(Columns.LOCATOR, DataTypes.StringType, false)
            .add(Columns.SOURCE, DataTypes.StringType)
            .add(Columns.URL, DataTypes.StringType)
            .add(Columns.TITLE, DataTypes.StringType)
            .add(PUBLISHED_DAY, DataTypes.DateType)
            .add(Columns.DATE_SOURCE, DataTypes.StringType)
            .add(Columns.LANGUAGE, DataTypes.StringType)
            .add(Columns.TEXT, DataTypes.StringType)
            .add(FORMAT, DataTypes.StringType)
            .add(CRAWL_DAY, DataTypes.DateType)
            .add(REJECT_REASON, DataTypes.StringType)
            .add(REJECT_DETAIL, DataTypes.StringType);

    private IngestStep() {}

    public static Dataset<Row> run(SparkSession spark, List<InputFile> files, IngestConfig config) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<SerializableConfiguration> hadoopConf =
                jsc.broadcast(new SerializableConfiguration(spark.sparkContext().hadoopConfiguration()));
        FieldMapper mapper = new FieldMapper(config.mappings());
        long maxBytes = config.maxDocumentBytes();
        int slices = Math.max(1, Math.min(files.size(), jsc.defaultParallelism() * 4));
        // Plain strings travel with any serializer (Kryo cannot build records, which have no no-argument constructor).
        List<String> uris = files.stream().map(InputFile::uri).toList();
        JavaRDD<Row> rows = jsc.parallelize(uris, slices)
                .flatMap(uri ->
                        toRows(FileRecordSource.read(uri, hadoopConf.value().value(), mapper, maxBytes)));
        if (slices < jsc.defaultParallelism()) {
            // A file is read by one task; fewer files than cores would leave cores idle through the cleaning that
            // follows.
            rows = rows.repartition(jsc.defaultParallelism());
        }
        return spark.createDataFrame(rows, SCHEMA);
    }

    private static Iterator<Row> toRows(Iterator<IngestOutcome> outcomes) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return outcomes.hasNext();
            }

            @Override
            public Row next() {
                return toRow(outcomes.next());
            }
        };
    }

    static Row toRow(IngestOutcome outcome) {
        RawArticle a = outcome.article();
        RowBuilder row = RowBuilder.of(SCHEMA)
                .set(Columns.INPUT_FILE, outcome.inputFile())
                .set(Columns.LOCATOR, outcome.locator())
                .set(REJECT_REASON, outcome.reason())
                .set(REJECT_DETAIL, outcome.detail());
        return row.set(Columns.SOURCE, a == null ? null : a.source())
                .set(Columns.URL, a == null ? null : a.url())
                .set(Columns.TITLE, a == null ? null : a.title())
                .set(PUBLISHED_DAY, a == null ? null : sqlDate(a.publishedDate()))
                .set(Columns.DATE_SOURCE, a == null ? null : a.dateSource())
                .set(Columns.LANGUAGE, a == null ? null : a.language())
                .set(Columns.TEXT, a == null ? null : a.text())
                .set(FORMAT, a == null ? null : a.format())
                .set(CRAWL_DAY, a == null ? null : sqlDate(a.crawlDate()))
                .build();
    }

    /** The first and last day a DateType column holds. */
    static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);

    static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    /**
     * {@code day} as a row holds a DateType value when the session's java8API setting is off, as the job leaves it; a
     * UDF reading the column receives this class. A day outside what DateType holds (a record dated by a huge epoch
     * number) crosses as the nearer bound, which clean drops as implausible with a note like any day far off.
     */
    public static Date sqlDate(LocalDate day) {
        if (day == null) {
            return null;
        }
        return Date.valueOf(day.isBefore(FIRST_DAY) ? FIRST_DAY : day.isAfter(LAST_DAY) ? LAST_DAY : day);
    }

    /** The calendar day of a DateType value read from a row or given to a UDF; null stays null. */
    public static LocalDate localDate(Date day) {
        return day == null ? null : day.toLocalDate();
    }
}
