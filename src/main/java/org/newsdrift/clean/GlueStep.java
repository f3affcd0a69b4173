package org.newsdrift.clean;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.newsdrift.table.Columns;
import org.newsdrift.table.JobDescription;
import org.newsdrift.table.RequiredColumns;

/**
 * Takes apart words a scraper glued to the end of a name ({@link GluedTails}), on evidence from each input file's
 * own texts: like templates, it is learned within one file, so a file's articles depend on that file alone. Only
 * the evidence keys that some glued-looking word asks for reach the driver, a few per file.
 */
public final class GlueStep {
    /** Separates a file from a key in the driver-bound strings; neither holds a NUL. */
    private static final String SEP = "\u0000";

    private GlueStep() {}

    /** @param rows rows with {@code input_file}, {@code title}, {@code text}, {@code reject_reason} (rejects untouched) */
    public static Dataset<Row> run(Dataset<Row> rows) {
        RequiredColumns.check(
                rows,
                "take apart glued words",
                CleanStep.REJECT_REASON,
                Columns.INPUT_FILE,
                Columns.TITLE,
                Columns.TEXT);
        Dataset<Row> read = rows.filter(col(CleanStep.REJECT_REASON).isNull())
                .select(Columns.INPUT_FILE, Columns.TITLE, Columns.TEXT);
        Map<String, Set<String>> found;
        try (JobDescription job =
                JobDescription.of(read.sparkSession(), "clean: words glued to names, wanted evidence")) {
            Map<String, Set<String>> wanted = byFile(read.flatMap(
                            (FlatMapFunction<Row, String>) row -> {
                                List<String> out = new ArrayList<>();
                                GluedTails.wanted(joined(row)).forEach(key -> out.add(row.getString(0) + SEP + key));
                                return out.iterator();
                            },
                            Encoders.STRING())
                    .distinct()
                    .collectAsList());
            if (wanted.isEmpty()) {
                return rows;
            }
            job.update("clean: words glued to names, evidence found");
            found = byFile(read.flatMap(
                            (FlatMapFunction<Row, String>) row -> {
                                List<String> out = new ArrayList<>();
                                Set<String> keys = wanted.getOrDefault(row.getString(0), Set.of());
                                GluedTails.present(joined(row), keys)
                                        .forEach(key -> out.add(row.getString(0) + SEP + key));
                                return out.iterator();
                            },
                            Encoders.STRING())
                    .distinct()
                    .collectAsList());
        }
        UDF2<String, String, String> repair =
                (file, text) -> GluedTails.repair(text, found.getOrDefault(file, Set.of()));
        var repaired = udf(repair, DataTypes.StringType);
        Column accepted = col(CleanStep.REJECT_REASON).isNull();
        Column file = col(Columns.INPUT_FILE);
        return rows.withColumn(
                        Columns.TITLE,
                        when(accepted, repaired.apply(file, col(Columns.TITLE))).otherwise(col(Columns.TITLE)))
                .withColumn(
                        Columns.TEXT,
                        when(accepted, repaired.apply(file, col(Columns.TEXT))).otherwise(col(Columns.TEXT)));
    }

    /** Title and text as one string: evidence in either counts for both. */
    private static String joined(Row row) {
        String title = row.getString(1);
        String text = row.getString(2);
        return (title == null ? "" : title) + "\n" + (text == null ? "" : text);
    }

    private static Map<String, Set<String>> byFile(List<String> pairs) {
        Map<String, Set<String>> byFile = new HashMap<>();
        for (String pair : pairs) {
            int cut = pair.indexOf(SEP);
            byFile.computeIfAbsent(pair.substring(0, cut), f -> new HashSet<>()).add(pair.substring(cut + 1));
        }
        return byFile;
    }
}
