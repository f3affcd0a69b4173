package org.newsdrift.report;

import java.util.Locale;
import org.newsdrift.report.ReportData.CoveragePoint;
import org.newsdrift.report.ReportData.Spike;

/**
 * The report as one self-contained HTML page (inline SVG charts, no scripts, nothing fetched): coverage, topics,
 * terms and run health, each number with the articles behind it. Every string from the data is escaped.
 */
public final class ReportPage {
    private static final String STYLE = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px auto;max-width:820px;\
      color:#222;line-height:1.4}
      h1{font-size:24px;margin-bottom:4px}h2{font-size:19px;margin-top:32px;border-bottom:1px solid #ddd}
      .lead{background:#f3f6fb;border-left:4px solid #3b6fb6;padding:10px 14px}
      .muted{color:#666;font-size:13px}
      table{border-collapse:collapse;font-size:13px;margin:8px 0;width:100%}
      th,td{border-bottom:1px solid #e5e5e5;padding:4px 6px;text-align:left;vertical-align:top}
      td:first-child{white-space:nowrap}
      td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}td.n{white-space:nowrap}
      svg{max-width:100%;height:auto;display:block;margin:8px 0 4px}
      ul.legend{list-style:none;margin:0 0 12px;padding:0 0 0 56px;font-size:13px;display:flex;flex-wrap:wrap;\
      gap:2px 18px}
      ul.legend li{display:flex;align-items:center;gap:6px}
      .swatch{display:inline-block;flex:none;width:12px;height:12px}
      .swatch.line{height:3px}.swatch.band{opacity:.3}
      details{margin:2px 0;font-size:14px}summary{cursor:pointer}
      details ol{margin:4px 0 8px;padding-left:28px;font-size:13px}details p{margin:2px 0 8px 28px}
      """;

    private ReportPage() {}

    public static String render(ReportData data) {
        StringBuilder html = new StringBuilder(128 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
                .append("<title>newsdrift report: ")
                .append(Html.escape(data.subject()))
                .append("</title>")
                .append("<style>")
                .append(STYLE)
                .append("</style></head><body>\n");
        html.append("<h1>newsdrift report</h1><p class=\"muted\">")
                .append(Html.escape(data.subject()))
                .append(". Tables: ")
                .append(Html.escape(data.tables()))
                .append(". Periods: ")
                .append(Html.escape(data.granularity()))
                .append("s.</p>\n");
        html.append("<p class=\"lead\" id=\"summary\">")
                .append(Html.escape(summary(data)))
                .append("</p>\n");
        CoverageSection.render(html, data);
        TopicSection.render(html, data);
        TermSection.render(html, data);
        RunHealthSection.render(html, data);
        return html.append("</body></html>\n").toString();
    }

    /** One sentence a new reader can act on: when attention peaked, and what was said then. */
    static String summary(ReportData data) {
        if (data.spikes().isEmpty()) {
            return "No dated articles yet, so there is no coverage to show.";
        }
        Spike peak = data.spikes().get(0);
        CoveragePoint p = peak.point();
        StringBuilder s = new StringBuilder(String.format(
                Locale.ROOT,
                "Coverage peaked in the %s of %s: %d of %d articles (%s, 95%% interval %s–%s) were about the subject.",
                data.granularity(),
                p.period(),
                p.relevant(),
                p.articles(),
                Format.pct(p.attention()),
                Format.pct(p.low()),
                Format.pct(p.high())));
        if (!peak.terms().isEmpty()) {
            s.append(" Top terms: ").append(String.join(", ", peak.terms())).append('.');
        }
        if (!peak.themes().isEmpty()) {
            s.append(" Main topics: ").append(String.join("; ", peak.themes())).append('.');
        }
        return s.toString();
    }
}
