package org.newsdrift.report;

import java.util.ArrayList;
import java.util.List;
import org.newsdrift.report.ReportData.Topic;
import org.newsdrift.report.ReportData.Trend;

/**
 * Section 2 of the report: topic prevalence per period as stacked columns on a time axis, each topic with its
 * articles. A topic that is the main topic of no article (no article carries it) is left out of the table and the
 * article lists, and the section says how many were; the chart keeps every topic so its columns add up to the
 * articles' whole weight.
 */
final class TopicSection {
    private TopicSection() {}

    static void render(StringBuilder html, ReportData data) {
        html.append("<h2 id=\"topics\">2. Topics of the coverage</h2>\n");
        if (data.modelVersion() == null || data.topics().isEmpty()) {
            html.append("<p>No topic model yet (too few relevant articles).</p>\n");
            return;
        }
        String unit = Granularity.of(data.granularity()).noun();
        html.append("<p class=\"muted\">Model ")
                .append(Html.escape(data.modelVersion()))
                .append(". Each column is a ")
                .append(unit)
                .append("'s articles about the subject, split by each topic's mean weight over them; under it, ")
                .append("how many articles that is. A ")
                .append(unit)
                .append(" without such articles is blank. NPMI: how ")
                .append("often a topic's top terms occur together (−1 to 1, higher is more coherent).</p>\n");
        Trend trend = data.topicTrend();
        if (!trend.periods().isEmpty()) {
            StackedColumnChart chart = new StackedColumnChart(trend.periods(), data.granularity()).percent();
            if (!data.coverage().isEmpty()) {
                // The coverage chart's dates, so that a column stands under the attention of its week.
                chart.span(
                        data.coverage().get(0).period(),
                        data.coverage().get(data.coverage().size() - 1).period());
            }
            List<Legend.Item> legend = new ArrayList<>();
            for (int t = 0; t < trend.names().size(); t++) {
                chart.layer(trend.names().get(t), trend.values().get(t));
                legend.add(new Legend.Item(
                        Palette.color(t), Legend.Shape.BOX, trend.names().get(t)));
            }
            if (trend.counts().size() == trend.periods().size()) {
                chart.counts(trend.counts(), "articles about the subject");
                legend.add(new Legend.Item(
                        CountBars.ALL_COLOR, Legend.Shape.BOX, "articles about the subject (lower panel)"));
            }
            html.append(chart.toSvg("Topic prevalence per " + unit))
                    .append('\n')
                    .append(Legend.html(legend))
                    .append('\n');
        }
        Table table = new Table("topic-table", "#topic", "label", "top terms", "#NPMI", "#articles");
        StringBuilder lists = new StringBuilder();
        List<String> empty = new ArrayList<>();
        for (Topic t : data.topics()) {
            if (t.empty()) {
                empty.add(t.id() + " (" + t.label()
                        + (t.maxWeight() == null
                                ? ")"
                                : "; highest weight in any article " + Format.pct(t.maxWeight()) + ")"));
                continue;
            }
            table.row(
                    Integer.toString(t.id()),
                    t.label(),
                    String.join(", ", t.terms()),
                    Format.score(t.npmi()),
                    Long.toString(t.dominantArticles()));
            lists.append(ArticleListHtml.details(
                    "Topic " + t.id() + ": " + t.label() + ": main topic of " + Format.articles(t.dominantArticles())
                            + "; highest weight first",
                    t.articles()));
        }
        table.appendTo(html);
        html.append("<div id=\"topic-articles\">").append(lists).append("</div>\n");
        if (!empty.isEmpty()) {
            html.append("<p id=\"empty-topics\">")
                    .append(empty.size() == 1 ? "1 topic is" : empty.size() + " topics are")
                    .append(" left out of the table and the lists: no article carries ")
                    .append(empty.size() == 1 ? "it" : "them")
                    .append(" as its main topic (")
                    .append(Html.escape(String.join("; ", empty)))
                    .append("). The chart still shows ")
                    .append(empty.size() == 1 ? "its" : "their")
                    .append(" share of the articles' weight.</p>\n");
        }
    }
}
