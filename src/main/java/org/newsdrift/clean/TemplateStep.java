package org.newsdrift.clean;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsdrift.clean.page.TemplateLineLearner;
import org.newsdrift.clean.page.TemplateLines;
import org.newsdrift.table.Columns;
import org.newsdrift.table.RequiredColumns;
import org.newsdrift.table.RowBuilder;

/**
 * Learns each source's template lines (lines repeated across many of its distinct texts: mastheads, sign-offs,
 * subscribe prompts) from a sample of its texts in each input file, strips them from its articles, and reports each
 * source's boilerplate share per file. Only the learned lines, a few per source and file, reach the driver.
 *
 * <p>Templates are learned within one input file (a crawl archive, a dump) rather than across everything a run
 * reads, so that a file's articles depend on that file alone: the same file read on another night, with other
 * files or again after a crash gives the same texts, which is what lets nightly runs add up to one backfill.
 */
public final class TemplateStep {
    private static final int MAX_EXAMPLES = 5;
    private static final String PICK = "pick";
    private static final String TEXTS = "texts";
    /** Every template line learned, sorted; {@code examples} holds the first few. */
    private static final String ALL_LINES = "all_lines";

    private static final StructType BOILERPLATE = new StructType()
            .add(Columns.SOURCE, DataTypes.StringType)
            .add(Columns.INPUT_FILE, DataTypes.StringType)
            .add(Columns.PAGES, DataTypes.IntegerType)
            .add(Columns.TEMPLATE_LINES, DataTypes.IntegerType)
            .add(Columns.BOILERPLATE_SHARE, DataTypes.DoubleType)
            .add(Columns.EXAMPLES, DataTypes.createArrayType(DataTypes.StringType));
    /** What {@link #learn} gives: a boilerplate row and every line. */
    private static final StructType LEARNED =
            BOILERPLATE.add(ALL_LINES, DataTypes.createArrayType(DataTypes.StringType));

    private TemplateStep() {}

    /**
     * @param rows stripped texts (article rows) and untouched rejects
     * @param boilerplate per source and input file: pages sampled, template lines, boilerplate share, a few examples
     */
    public record Result(Dataset<Row> rows, Dataset<Row> boilerplate) {}

    /**
     * @param extracted rows from {@link CleanStep#extract}, with {@code source} and {@code input_file}
     * @param minPages a source with fewer distinct texts than this in a file learns nothing there (too few to tell
     *     template from copy)
     * @param samplePages at most this many distinct texts per source and file are learned from
     */
    public static Result run(Dataset<Row> extracted, int minPages, int samplePages) {
        RequiredColumns.check(
                extracted,
                "learn template lines",
                CleanStep.REJECT_REASON,
                Columns.SOURCE,
                Columns.INPUT_FILE,
                Columns.TEXT);
        SparkSession spark = extracted.sparkSession();
        Column texts = col(Columns.TEXT);
        List<Row> learned = extracted
                .filter(col(CleanStep.REJECT_REASON).isNull().and(texts.isNotNull()))
                .select(Columns.SOURCE, Columns.INPUT_FILE, Columns.TEXT)
                .distinct()
                .withColumn(
                        PICK,
                        row_number()
                                .over(Window.partitionBy(Columns.SOURCE, Columns.INPUT_FILE)
                                        .orderBy(xxhash64(texts), texts)))
                .filter(col(PICK).leq(samplePages))
                .groupBy(Columns.SOURCE, Columns.INPUT_FILE)
                .agg(collect_list(Columns.TEXT).as(TEXTS))
                .filter(org.apache.spark.sql.functions.size(col(TEXTS)).geq(minPages))
                .javaRDD()
                .map(row -> learn(row.getString(0), row.getString(1), row.getList(2)))
                .collect();

        Map<List<String>, Set<String>> templates = new HashMap<>();
        for (Row row : learned) {
            if ((Integer) learnedValue(row, Columns.TEMPLATE_LINES) > 0) {
                // Rows built by learn() hold java.util.Lists, not the Scala sequences Row.getList expects.
                @SuppressWarnings("unchecked")
                List<String> lines = (List<String>) learnedValue(row, ALL_LINES);
                templates.put(
                        List.of((String) learnedValue(row, Columns.SOURCE), (String)
                                learnedValue(row, Columns.INPUT_FILE)),
                        Set.copyOf(lines));
            }
        }
        Broadcast<Map<List<String>, Set<String>>> shared =
                JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(templates);
        UDF3<String, String, String, String> strip = (source, file, text) -> {
            Set<String> lines =
                    source == null || file == null ? null : shared.value().get(List.of(source, file));
            return lines == null || text == null ? text : TemplateLineLearner.strip(text, lines);
        };
        Dataset<Row> rows = extracted.withColumn(
                Columns.TEXT,
                when(
                                col(CleanStep.REJECT_REASON).isNull(),
                                udf(strip, DataTypes.StringType)
                                        .apply(col(Columns.SOURCE), col(Columns.INPUT_FILE), texts))
                        .otherwise(texts));
        List<Row> report = new ArrayList<>();
        for (Row r : learned) {
            RowBuilder row = RowBuilder.of(BOILERPLATE);
            for (String column : BOILERPLATE.fieldNames()) {
                row.set(column, learnedValue(r, column));
            }
            report.add(row.build());
        }
        return new Result(rows, spark.createDataFrame(report, BOILERPLATE));
    }

    /** A value of a row from {@link #learn}; built rows carry no schema to look names up in. */
    private static Object learnedValue(Row learned, String column) {
        return learned.get(LEARNED.fieldIndex(column));
    }

    /** A {@link #LEARNED} row: source, input file, pages, template line count, share, examples, all lines. */
    private static Row learn(String source, String file, List<String> texts) {
        TemplateLines lines = new TemplateLineLearner().learn(texts);
        List<String> all = new ArrayList<>(lines.lines());
        all.sort(null);
        return RowBuilder.of(LEARNED)
                .set(Columns.SOURCE, source)
                .set(Columns.INPUT_FILE, file)
                .set(Columns.PAGES, lines.pages())
                .set(Columns.TEMPLATE_LINES, all.size())
                .set(Columns.BOILERPLATE_SHARE, lines.boilerplateShare())
                .set(Columns.EXAMPLES, new ArrayList<>(all.subList(0, Math.min(MAX_EXAMPLES, all.size()))))
                .set(ALL_LINES, all)
                .build();
    }
}
