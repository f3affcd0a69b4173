package org.newsdrift.report;

import java.util.Locale;
import org.newsdrift.report.ReportData.Burst;

/**
 * Section 3 of the report: each term's largest burst, its z score beside the articles it rests on and their
 * baseline, and those articles.
 */
final class TermSection {
    private TermSection() {}

    static void render(StringBuilder html, ReportData data) {
        html.append("<h2 id=\"terms\">3. Terms that burst</h2>\n");
        if (data.bursts().isEmpty()) {
            html.append("<p>No bursts yet (too few periods or articles).</p>\n");
            return;
        }
        Granularity g = Granularity.of(data.granularity());
        String unit = g.noun();
        html.append("<p class=\"muted\">burst_z: a term's weight in the subject's coverage in one ")
                .append(unit)
                .append(" against its previous ")
                .append(unit)
                .append("s, in standard deviations (early ")
                .append(unit)
                .append("s have short histories, so their values run high). Beside it, the ")
                .append(unit)
                .append("'s articles about the subject with the term");
        if (data.burstWindow() != null) {
            html.append(", against the baseline: the mean number of such articles per ")
                    .append(unit)
                    .append(" over the ")
                    .append(data.burstWindow())
                    .append(' ')
                    .append(unit)
                    .append("s before (")
                    .append(unit)
                    .append("s where the term was not among the top terms count as none)");
        }
        html.append(". A large z from a few articles over a baseline near 0 is a term seen for the first time, not a ")
                .append("wave of coverage. Each term's largest burst:</p>\n");
        BarChart chart = new BarChart();
        data.bursts()
                .forEach(b -> chart.bar(
                        b.shown() + " · " + b.period(),
                        b.burstZ(),
                        z(b) + " · " + Format.againstBaseline(b.docFreq(), b.baseline())));
        html.append(chart.toSvg("Largest bursts")).append('\n');
        Table table = new Table("bursts", "term", unit, "#burst_z", "#articles");
        StringBuilder lists = new StringBuilder();
        for (Burst b : data.bursts()) {
            table.row(b.shown(), b.period(), z(b), Format.againstBaseline(b.docFreq(), b.baseline()));
            lists.append(ArticleListHtml.details(
                    b.shown() + ", " + g.describe(b.period()) + ": z " + z(b) + ", "
                            + Format.againstBaseline(b.docFreq(), b.baseline()) + "; most uses first",
                    b.articles()));
        }
        table.appendTo(html);
        html.append("<div id=\"burst-articles\">").append(lists).append("</div>\n");
    }

    private static String z(Burst b) {
        return String.format(Locale.ROOT, "%.1f", b.burstZ());
    }
}
