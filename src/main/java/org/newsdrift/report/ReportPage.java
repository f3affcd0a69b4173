package org.newsdrift.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsdrift.report.ReportData.Burst;
import org.newsdrift.report.ReportData.CoveragePoint;
import org.newsdrift.report.ReportData.RunRow;
import org.newsdrift.report.ReportData.SourceCount;
import org.newsdrift.report.ReportData.Spike;
import org.newsdrift.report.ReportData.Topic;

/**
 * The report as one self-contained HTML page (inline SVG charts, no scripts, nothing fetched): coverage, topics,
 * terms and run health. Every string from the data is escaped.
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
      td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
      svg{max-width:100%;height:auto;display:block;margin:8px 0}
      """;

  private ReportPage() {}

  public static String render(ReportData data) {
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
        .append("<title>newsdrift report: ").append(Html.escape(data.subject())).append("</title>")
        .append("<style>").append(STYLE).append("</style></head><body>\n");
    html.append("<h1>newsdrift report</h1><p class=\"muted\">").append(Html.escape(data.subject()))
        .append(". Tables: ").append(Html.escape(data.tables())).append(". Periods: ")
        .append(Html.escape(data.granularity())).append("s.</p>\n");
    html.append("<p class=\"lead\" id=\"summary\">").append(Html.escape(summary(data))).append("</p>\n");
    coverage(html, data);
    topics(html, data);
    terms(html, data);
    runHealth(html, data);
    return html.append("</body></html>\n").toString();
  }

  /** One sentence a new reader can act on: when attention peaked, and what was said then. */
  static String summary(ReportData data) {
    if (data.spikes().isEmpty()) {
      return "No dated articles yet, so there is no coverage to show.";
    }
    Spike peak = data.spikes().get(0);
    CoveragePoint p = peak.point();
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
        "Coverage peaked in the %s of %s: %d of %d articles (%s, 95%% interval %s–%s) were about the subject.",
        data.granularity(), p.period(), p.relevant(), p.articles(), pct(p.attention()), pct(p.low()), pct(p.high())));
    if (!peak.terms().isEmpty()) {
      s.append(" Top terms (stems): ").append(String.join(", ", peak.terms())).append('.');
    }
    if (!peak.themes().isEmpty()) {
      s.append(" Main topics: ").append(String.join("; ", peak.themes())).append('.');
    }
    return s.toString();
  }

  private static void coverage(StringBuilder html, ReportData data) {
    html.append("<h2 id=\"coverage\">1. Coverage: attention per ").append(Html.escape(data.granularity())).append("</h2>\n");
    if (data.coverage().isEmpty()) {
      html.append("<p>No dated articles yet.</p>\n");
      return;
    }
    html.append("<p class=\"muted\">Share of articles about the subject, all sources and languages; the band is the 95% ")
        .append("Wilson interval. Notes mark the highest attention (ranked by the interval's lower end, so a period ")
        .append("with few articles cannot top it by chance) with that period's top terms.</p>\n");
    List<String> periods = data.coverage().stream().map(CoveragePoint::period).toList();
    LineChart chart = new LineChart(periods).percent()
        .series("attention", data.coverage().stream().map(c -> (Double) c.attention()).toList())
        .band(data.coverage().stream().map(c -> (Double) c.low()).toList(),
            data.coverage().stream().map(c -> (Double) c.high()).toList());
    for (Spike spike : data.spikes()) {
      chart.note(periods.indexOf(spike.point().period()),
          spike.point().period() + ": " + String.join(", ", spike.terms().stream().limit(4).toList()));
    }
    html.append(chart.toSvg("Attention per " + data.granularity())).append('\n');
    List<List<String>> rows = new ArrayList<>();
    for (Spike s : data.spikes()) {
      CoveragePoint p = s.point();
      rows.add(List.of(p.period(), pct(p.attention()), pct(p.low()) + "–" + pct(p.high()),
          p.relevant() + " / " + p.articles(), String.join(", ", s.terms()), String.join("; ", s.themes())));
    }
    table(html, "spikes", List.of("period", "#attention", "#95% interval", "#relevant / all", "top terms", "main topics"),
        rows);
    rows = new ArrayList<>();
    for (SourceCount s : data.sources()) {
      rows.add(List.of(s.source(), s.language(), Long.toString(s.articles()), Long.toString(s.relevant()),
          pct(s.articles() == 0 ? 0 : (double) s.relevant() / s.articles())));
    }
    table(html, "sources", List.of("source", "language", "#articles", "#relevant", "#attention"), rows);
  }

  private static void topics(StringBuilder html, ReportData data) {
    html.append("<h2 id=\"topics\">2. Topics of the coverage</h2>\n");
    if (data.modelVersion() == null || data.topics().isEmpty()) {
      html.append("<p>No topic model yet (too few relevant articles).</p>\n");
      return;
    }
    html.append("<p class=\"muted\">Model ").append(Html.escape(data.modelVersion()))
        .append(". Prevalence: the mean weight of each topic over the period's relevant articles.</p>\n");
    StackedAreaChart chart = new StackedAreaChart(data.topicTrend().periods()).percent();
    for (int t = 0; t < data.topicTrend().names().size(); t++) {
      chart.layer(data.topicTrend().names().get(t), data.topicTrend().values().get(t));
    }
    if (!data.topicTrend().periods().isEmpty()) {
      html.append(chart.toSvg("Topic prevalence per " + data.granularity())).append('\n');
    }
    List<List<String>> rows = new ArrayList<>();
    for (Topic t : data.topics()) {
      rows.add(List.of(Integer.toString(t.id()), t.label(), String.join(", ", t.terms()),
          Long.toString(t.dominantArticles()), t.example() == null ? "" : t.example()));
    }
    table(html, "topic-table", List.of("#topic", "label", "top terms", "#articles", "most typical article"), rows);
  }

  private static void terms(StringBuilder html, ReportData data) {
    html.append("<h2 id=\"terms\">3. Terms that burst</h2>\n");
    if (data.bursts().isEmpty()) {
      html.append("<p>No bursts yet (too few periods or articles).</p>\n");
      return;
    }
    html.append("<p class=\"muted\">burst_z: a term's weight in the subject's coverage in one period against its ")
        .append("previous periods, in standard deviations (early periods have short histories, so their values run ")
        .append("high). Each term's largest burst:</p>\n");
    BarChart chart = new BarChart();
    data.bursts().forEach(b -> chart.bar(b.term() + " · " + b.period(), b.burstZ()));
    html.append(chart.toSvg("Largest bursts")).append('\n');
    List<List<String>> rows = new ArrayList<>();
    for (Burst b : data.bursts()) {
      rows.add(List.of(b.term(), b.period(), String.format(Locale.ROOT, "%.1f", b.burstZ()), Long.toString(b.docFreq())));
    }
    table(html, "bursts", List.of("term", "period", "#burst_z", "#articles"), rows);
  }

  private static void runHealth(StringBuilder html, ReportData data) {
    html.append("<h2 id=\"runs\">4. Run health</h2>\n");
    if (!data.records().isEmpty()) {
      BarChart records = new BarChart();
      data.records().forEach(c -> records.bar(c.name(), c.count()));
      html.append("<p class=\"muted\">What became of the latest run's input records.</p>\n")
          .append(records.toSvg("Records of the latest run")).append('\n');
    }
    if (data.rejects().isEmpty()) {
      html.append("<p>The latest run rejected no record.</p>\n");
    } else {
      BarChart rejects = new BarChart();
      data.rejects().forEach(c -> rejects.bar(c.name(), c.count()));
      html.append("<p class=\"muted\">The latest run's rejects by reason.</p>\n")
          .append(rejects.toSvg("Rejects by reason")).append('\n');
    }
    List<List<String>> rows = new ArrayList<>();
    for (RunRow r : data.runs()) {
      rows.add(List.of(r.runDate(), r.startedAt(), r.status(), num(r.recordsRead()), num(r.accepted()),
          num(r.rejected()), num(r.duplicates()), num(r.relevant()),
          r.modelVersion() == null ? "" : r.modelVersion(), r.message() == null ? "" : r.message()));
    }
    table(html, "run-table", List.of("night", "started (UTC)", "status", "#read", "#accepted", "#rejected",
        "#duplicates", "#relevant", "model", "message"), rows);
  }

  /** A table; a header starting with {@code #} marks a right-aligned numeric column (the mark is not shown). */
  private static void table(StringBuilder html, String id, List<String> headers, List<List<String>> rows) {
    html.append("<table id=\"").append(id).append("\"><thead><tr>");
    for (String h : headers) {
      boolean numeric = h.startsWith("#");
      html.append(numeric ? "<th class=\"n\">" : "<th>").append(Html.escape(numeric ? h.substring(1) : h)).append("</th>");
    }
    html.append("</tr></thead><tbody>");
    for (List<String> row : rows) {
      html.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        html.append(headers.get(i).startsWith("#") ? "<td class=\"n\">" : "<td>").append(Html.escape(row.get(i)))
            .append("</td>");
      }
      html.append("</tr>");
    }
    html.append("</tbody></table>\n");
  }

  static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  private static String num(Long value) {
    return value == null ? "" : value.toString();
  }
}
