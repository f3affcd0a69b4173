package org.newsdrift.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.posexplode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsdrift.report.ReportData.ArticleList;
import org.newsdrift.report.ReportData.Topic;
import org.newsdrift.report.ReportData.Trend;
import org.newsdrift.table.Columns;
import org.newsdrift.table.TableWriter;
import org.newsdrift.table.Tables;

/** The topics view: a model's topics with the articles they are the main topic of, and their prevalence per period. */
record TopicView(List<Topic> topics, Trend trend) {
    private static final int TERMS = 8;
    private static final int THEMES = 2;

    static TopicView collect(
            SparkSession spark, TableWriter tables, String modelVersion, String granularity, ArticleLists articles) {
        if (modelVersion == null) {
            return new TopicView(List.of(), Trend.empty());
        }
        Dataset<Row> docTopics = tables.read(spark, Tables.DOC_TOPICS)
                .filter(col(Columns.MODEL_VERSION).equalTo(modelVersion));
        Map<String, ArticleList> lists = articles.byTopic(docTopics);
        // Highest weight of each topic position in any article: how far an empty topic is from being any article's.
        Map<Integer, Double> maxByIndex = new HashMap<>();
        docTopics
                .select(posexplode(col(Columns.TOPIC_WEIGHTS)).as(new String[] {Columns.TOPIC_INDEX, Columns.WEIGHT}))
                .groupBy(Columns.TOPIC_INDEX)
                .agg(max(Columns.WEIGHT))
                .collectAsList()
                .forEach(r -> maxByIndex.put(r.getInt(0), r.getDouble(1)));
        Map<Integer, Long> dominant = new HashMap<>();
        docTopics
                .groupBy(Columns.DOMINANT_TOPIC)
                .count()
                .collectAsList()
                .forEach(r -> dominant.put(r.getInt(0), r.getLong(1)));

        // Topics keep their stems; a reader is shown the written forms term_trends records for them.
        Map<String, String> forms = TermForms.read(spark, tables);
        List<Topic> topics = new ArrayList<>();
        for (Row r : tables.read(spark, Tables.TOPICS)
                .filter(col(Columns.MODEL_VERSION).equalTo(modelVersion))
                .orderBy(Columns.TOPIC_ID)
                .collectAsList()) {
            int id = r.getAs(Columns.TOPIC_ID);
            Integer index = r.getAs(Columns.TOPIC_INDEX);
            List<Row> terms = r.getList(r.fieldIndex(Columns.TERMS));
            List<String> shown = terms.stream()
                    .limit(TERMS)
                    .map(t -> TermForms.shown(forms, t.getString(0)))
                    .toList();
            topics.add(new Topic(
                    id,
                    r.getAs(Columns.LABEL),
                    shown,
                    r.getAs(Columns.NPMI),
                    dominant.getOrDefault(id, 0L),
                    index == null ? null : maxByIndex.get(index),
                    lists.getOrDefault(Integer.toString(id), ArticleList.none())));
        }
        return new TopicView(topics, trend(spark, tables, modelVersion, granularity, topics));
    }

    private static Trend trend(
            SparkSession spark, TableWriter tables, String modelVersion, String granularity, List<Topic> topics) {
        List<Row> rows = tables.read(spark, Tables.TOPIC_TRENDS)
                .filter(col(Columns.GRANULARITY)
                        .equalTo(granularity)
                        .and(col(Columns.SOURCE).equalTo("*"))
                        .and(col(Columns.LANGUAGE).equalTo("*"))
                        .and(col(Columns.MODEL_VERSION).equalTo(modelVersion)))
                .select(Columns.PERIOD_START, Columns.TOPIC_ID, Columns.PREVALENCE, Columns.N_ARTICLES)
                .orderBy(Columns.PERIOD_START)
                .collectAsList();
        // Every topic of a period has the same n_articles: the period's scored articles.
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.putIfAbsent(String.valueOf(r.get(0)), r.isNullAt(3) ? 0L : r.getLong(3)));
        List<String> periods = List.copyOf(counts.keySet());
        List<List<Double>> values = new ArrayList<>();
        topics.forEach(t -> values.add(new ArrayList<>(Collections.nCopies(periods.size(), (Double) null))));
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < topics.size(); i++) {
            index.put(topics.get(i).id(), i);
        }
        for (Row r : rows) {
            Integer t = index.get(r.getInt(1));
            if (t != null) {
                values.get(t).set(periods.indexOf(String.valueOf(r.get(0))), r.getDouble(2));
            }
        }
        return new Trend(
                periods,
                topics.stream().map(t -> t.id() + ": " + t.label()).toList(),
                values,
                List.copyOf(counts.values()));
    }

    /** The period's most prevalent topics, as "label (share)". */
    List<String> themesOf(String period) {
        int p = trend.periods().indexOf(period);
        if (p < 0) {
            return List.of();
        }
        List<Integer> order = new ArrayList<>();
        for (int t = 0; t < topics.size(); t++) {
            if (trend.values().get(t).get(p) != null) {
                order.add(t);
            }
        }
        order.sort(
                Comparator.comparingDouble((Integer t) -> trend.values().get(t).get(p))
                        .reversed());
        return order.stream()
                .limit(THEMES)
                .map(t -> String.format(
                        Locale.ROOT,
                        "%s (%.0f%%)",
                        topics.get(t).label(),
                        100 * trend.values().get(t).get(p)))
                .toList();
    }
}
