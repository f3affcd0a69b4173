package org.newsdrift.text;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.newsdrift.config.SubjectConfig;
import org.newsdrift.config.TextConfig;
import org.newsdrift.table.Columns;
import org.newsdrift.table.JobDescription;
import org.newsdrift.table.RequiredColumns;
import scala.Tuple2;

/**
 * The most frequent written form of analysed terms in a set of articles ("sanctions" for the stem "sanction",
 * "ministry" for "minist"), so that every place a person reads a term shows a word; stems stay the keys. Counted in
 * Spark; only the forms of the terms asked for reach the driver.
 */
public final class SurfaceFormStep {
    /** How many times a term was written in its form. */
    public static final String USES = "uses";

    private static final String CHOICE = "choice";

    private SurfaceFormStep() {}

    /**
     * Every term of {@code articles} with its most frequent written form (ties: the alphabetically first) and how many
     * times it was written so: columns {@code term}, {@code form}, {@code uses}.
     *
     * @param articles title, text and language of the articles the terms came from
     */
    public static Dataset<Row> forms(Dataset<Row> articles, TextConfig text, SubjectConfig subject) {
        MapPartitionsFunction<Row, Tuple2<String, String>> pairs = rows -> {
            List<Tuple2<String, String>> out = new ArrayList<>();
            try (TermExtractor extractor = new TermExtractor(text, subject)) {
                while (rows.hasNext()) {
                    Row row = rows.next();
                    for (Map.Entry<String, String> pair :
                            extractor.termsWithSurfaces(row.getString(0), row.getString(1), row.getString(2))) {
                        out.add(new Tuple2<>(pair.getKey(), pair.getValue()));
                    }
                }
            }
            return out.iterator();
        };
        RequiredColumns.check(articles, "count written forms", Columns.TITLE, Columns.TEXT, Columns.LANGUAGE);
        return articles.select(Columns.TITLE, Columns.TEXT, Columns.LANGUAGE)
                .mapPartitions(pairs, Encoders.tuple(Encoders.STRING(), Encoders.STRING()))
                .toDF(Columns.TERM, Columns.FORM)
                .groupBy(Columns.TERM, Columns.FORM)
                .agg(count(lit(1)).as(USES))
                .withColumn(
                        CHOICE,
                        row_number()
                                .over(Window.partitionBy(Columns.TERM)
                                        .orderBy(
                                                col(USES).desc(),
                                                col(Columns.FORM).asc())))
                .filter(col(CHOICE).equalTo(1))
                .drop(CHOICE);
    }

    /** {@code rows} (with a {@code term} column) and a {@code form} column: null where the articles never wrote it. */
    public static Dataset<Row> withForms(Dataset<Row> rows, Dataset<Row> forms) {
        return rows.join(forms.select(Columns.TERM, Columns.FORM), new String[] {Columns.TERM}, "left");
    }

    /** The most frequent written form of each of {@code terms} in {@code articles}; terms never written are absent. */
    public static Map<String, String> mostFrequent(
            Dataset<Row> articles, Collection<String> terms, TextConfig text, SubjectConfig subject) {
        Map<String, String> best = new HashMap<>();
        try (JobDescription job = JobDescription.of(articles.sparkSession(), "terms: written forms")) {
            for (Row row : forms(articles, text, subject)
                    .filter(col(Columns.TERM).isin(terms.toArray()))
                    .collectAsList()) {
                best.put(row.getString(0), row.getString(1));
            }
        }
        return best;
    }
}
