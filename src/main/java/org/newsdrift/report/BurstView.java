package org.newsdrift.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.newsdrift.report.ReportData.ArticleList;
import org.newsdrift.report.ReportData.Burst;
import org.newsdrift.table.Columns;

/**
 * The terms view: each term's largest burst, with the articles of its period that carry the term and their
 * baseline, the mean of such articles per period over the window {@code burst_z} was measured against.
 */
final class BurstView {
    private static final int BURSTS = 10;
    /** Intermediate: 1 on the period of a term's largest burst. */
    private static final String BEST = "best";

    private static final ObjectMapper JSON = new ObjectMapper();

    private BurstView() {}

    /**
     * @param relevantTerms {@code term_trends} rows of the subject's coverage at {@code granularity}, with {@code shown}
     *     (the term as a reader sees it)
     * @param window the run's {@code tfidf.burst_window}, or null when unknown (then no baseline is given)
     */
    static List<Burst> collect(
            Dataset<Row> relevantTerms, Granularity granularity, Integer window, ArticleLists articles) {
        Dataset<Row> best = relevantTerms
                .filter(col(Columns.BURST_Z).isNotNull())
                .withColumn(
                        BEST,
                        row_number()
                                .over(Window.partitionBy(Columns.TERM)
                                        .orderBy(col(Columns.BURST_Z).desc(), col(Columns.PERIOD_START))))
                .filter(col(BEST).equalTo(1))
                .orderBy(col(Columns.BURST_Z).desc(), col(Columns.TERM))
                .limit(BURSTS)
                .select(Columns.TERM, Columns.PERIOD_START, Columns.BURST_Z, Columns.DOC_FREQ, ReportStep.SHOWN);
        List<Row> rows = best.collectAsList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Object[] terms = rows.stream().map(r -> r.getString(0)).toArray();
        // Each burst term's articles per period: a few rows per term, to measure its baseline with.
        Map<String, Map<Long, Double>> history = new HashMap<>();
        relevantTerms
                .filter(col(Columns.TERM).isin(terms))
                .select(Columns.TERM, Columns.PERIOD_START, Columns.DOC_FREQ)
                .collectAsList()
                .forEach(r -> history.computeIfAbsent(r.getString(0), k -> new HashMap<>())
                        .put(granularity.index(r.getDate(1).toLocalDate()), (double) r.getLong(2)));
        Map<String, ArticleList> lists = articles.byTerm(granularity, best);
        return rows.stream()
                .map(r -> {
                    String term = r.getString(0);
                    LocalDate period = r.getDate(1).toLocalDate();
                    Double baseline = window == null
                            ? null
                            : TrailingWindow.before(
                                            history.getOrDefault(term, Map.of()), granularity.index(period), window)
                                    .mean();
                    return new Burst(
                            term,
                            r.getString(4),
                            period.toString(),
                            r.getDouble(2),
                            r.getLong(3),
                            baseline,
                            lists.getOrDefault(term, ArticleList.none()));
                })
                .toList();
    }

    /** {@code tfidf.burst_window} of a run's {@code config_json}, or null when the text has none. */
    static Integer window(String configJson) {
        if (configJson == null) {
            return null;
        }
        try {
            JsonNode window = JSON.readTree(configJson).path("tfidf").path("burst_window");
            return window.isInt() && window.intValue() >= 1 ? window.intValue() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
