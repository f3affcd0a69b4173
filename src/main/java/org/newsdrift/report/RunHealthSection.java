package org.newsdrift.report;

import org.newsdrift.report.ReportData.RunRow;

/** Section 4 of the report: what became of the latest run's records, its rejects, and the latest runs. */
final class RunHealthSection {
    private RunHealthSection() {}

    static void render(StringBuilder html, ReportData data) {
        html.append("<h2 id=\"runs\">4. Run health</h2>\n");
        if (!data.records().isEmpty()) {
            BarChart records = new BarChart();
            data.records().forEach(c -> records.bar(c.name(), c.count()));
            html.append("<p class=\"muted\">What became of the latest run's input records.</p>\n")
                    .append(records.toSvg("Records of the latest run"))
                    .append('\n');
        }
        if (data.rejects().isEmpty()) {
            html.append("<p>The latest run rejected no record.</p>\n");
        } else {
            BarChart rejects = new BarChart();
            data.rejects().forEach(c -> rejects.bar(c.name(), c.count()));
            html.append("<p class=\"muted\">The latest run's rejects by reason.</p>\n")
                    .append(rejects.toSvg("Rejects by reason"))
                    .append('\n');
        }
        Table table = new Table(
                "run-table",
                "night",
                "started (UTC)",
                "status",
                "#read",
                "#accepted",
                "#rejected",
                "#duplicates",
                "#relevant",
                "model",
                "message");
        for (RunRow r : data.runs()) {
            table.row(
                    r.runDate(),
                    r.startedAt(),
                    r.status(),
                    r.recordsRead(),
                    r.accepted(),
                    r.rejected(),
                    r.duplicates(),
                    r.relevant(),
                    r.modelVersion(),
                    r.message());
        }
        table.appendTo(html);
    }
}
