package org.newsdrift.report;

import java.util.List;
import org.newsdrift.report.ReportData.CoveragePoint;
import org.newsdrift.report.ReportData.SourceCount;
import org.newsdrift.report.ReportData.Spike;

/**
 * Section 1 of the report: attention per period on a time axis with the article counts under it, the spikes with
 * their articles, every period's counts, and the sources.
 */
final class CoverageSection {
    private CoverageSection() {}

    static void render(StringBuilder html, ReportData data) {
        Granularity g = Granularity.of(data.granularity());
        String unit = g.noun();
        html.append("<h2 id=\"coverage\">1. Coverage: attention per ")
                .append(Html.escape(unit))
                .append("</h2>\n");
        if (data.coverage().isEmpty()) {
            html.append("<p>No dated articles yet.</p>\n");
            return;
        }
        html.append("<p class=\"muted\">Share of articles about the subject, all sources and languages, with its 95% ")
                .append("Wilson interval; under it, each ")
                .append(unit)
                .append("'s articles and those about the subject. ")
                .append("Dates are to scale: a ")
                .append(unit)
                .append(" without articles leaves a gap. Numbered circles ")
                .append("mark the highest attention (ranked by the interval's lower end, so a ")
                .append(unit)
                .append(" with few articles cannot top it by chance), listed below.</p>\n");
        List<CoveragePoint> points = data.coverage();
        List<String> periods = points.stream().map(CoveragePoint::period).toList();
        LineChart chart = new LineChart(periods, data.granularity())
                .percent()
                .series(points.stream().map(c -> (Double) c.attention()).toList())
                .band(
                        points.stream().map(c -> (Double) c.low()).toList(),
                        points.stream().map(c -> (Double) c.high()).toList())
                .titles(points.stream()
                        .map(c -> g.describe(c.period()) + ": " + Format.pct(c.attention()) + " ("
                                + c.relevant() + " of " + Format.articles(c.articles()) + "; 95% interval "
                                + Format.pct(c.low()) + "–"
                                + Format.pct(c.high()) + ")")
                        .toList())
                .counts(
                        points.stream().map(CoveragePoint::articles).toList(),
                        points.stream().map(CoveragePoint::relevant).toList(),
                        points.stream()
                                .map(c -> g.describe(c.period()) + ": " + c.relevant() + " of "
                                        + Format.articles(c.articles()) + " about the subject")
                                .toList());
        for (int i = 0; i < data.spikes().size(); i++) {
            Spike spike = data.spikes().get(i);
            chart.marker(
                    periods.indexOf(spike.point().period()),
                    Integer.toString(i + 1),
                    (i + 1) + ": " + g.describe(spike.point().period()) + ", " + String.join(", ", spike.terms()));
        }
        html.append(chart.toSvg("Attention per " + unit)).append('\n');
        html.append(Legend.html(List.of(
                        new Legend.Item(
                                Palette.color(0), Legend.Shape.LINE, "attention (share of articles about the subject)"),
                        new Legend.Item(Palette.color(0), Legend.Shape.BAND, "95% interval"),
                        new Legend.Item(CountBars.ALL_COLOR, Legend.Shape.BOX, "articles"),
                        new Legend.Item(Palette.color(0), Legend.Shape.BOX, "articles about the subject"))))
                .append('\n');
        spikes(html, data, g);
        everyPeriod(html, points, g);
        Table sources = new Table("sources", "source", "language", "#articles", "#relevant", "#attention");
        for (SourceCount s : data.sources()) {
            sources.row(
                    s.source(),
                    s.language(),
                    s.articles(),
                    s.relevant(),
                    Format.pct(s.articles() == 0 ? 0 : (double) s.relevant() / s.articles()));
        }
        sources.appendTo(html);
    }

    private static void spikes(StringBuilder html, ReportData data, Granularity g) {
        Table table = new Table(
                "spikes", "period", "#attention", "#95% interval", "#relevant / all", "top terms", "main topics");
        StringBuilder lists = new StringBuilder();
        for (int i = 0; i < data.spikes().size(); i++) {
            Spike s = data.spikes().get(i);
            CoveragePoint p = s.point();
            table.row(
                    (i + 1) + ". " + p.period(),
                    Format.pct(p.attention()),
                    Format.pct(p.low()) + "–" + Format.pct(p.high()),
                    p.relevant() + " / " + p.articles(),
                    String.join(", ", s.terms()),
                    String.join("; ", s.themes()));
            lists.append(ArticleListHtml.details(
                    (i + 1) + ". " + capitalized(g.describe(p.period())) + ": " + p.relevant() + " of "
                            + Format.articles(p.articles()) + " about the subject; most relevant first",
                    s.articles()));
        }
        table.appendTo(html);
        html.append("<div id=\"spike-articles\">").append(lists).append("</div>\n");
    }

    /** Every period's numbers, folded: the chart's values for a reader who wants them exactly. */
    private static void everyPeriod(StringBuilder html, List<CoveragePoint> points, Granularity g) {
        html.append("<details id=\"every-period\"><summary>Every ")
                .append(g.noun())
                .append("'s counts (")
                .append(points.size())
                .append(")</summary>");
        Table table = new Table("periods", g.noun(), "#relevant / all", "#attention", "#95% interval");
        for (CoveragePoint p : points) {
            table.row(
                    p.period(),
                    p.relevant() + " / " + p.articles(),
                    Format.pct(p.attention()),
                    Format.pct(p.low()) + "–" + Format.pct(p.high()));
        }
        table.appendTo(html);
        html.append("</details>\n");
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
