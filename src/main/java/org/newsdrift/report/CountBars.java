package org.newsdrift.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Counts per period as bars in a panel under a time chart, on the chart's time axis, so every share above has its
 * number of articles right below it.
 */
final class CountBars {
    static final String ALL_COLOR = "#cccccc";

    private CountBars() {}

    /**
     * Bars of {@code all} per period, with {@code part} (or null) drawn over them in {@code partColor}; each bar
     * carries its period's title as a tooltip.
     */
    static void draw(
            StringBuilder svg,
            TimeAxis axis,
            ChartFrame panel,
            List<LocalDate> periods,
            List<Long> all,
            List<Long> part,
            String partColor,
            List<String> titles) {
        panel.drawGrid(svg);
        svg.append("<g class=\"counts\">");
        for (int i = 0; i < periods.size(); i++) {
            double from = axis.from(periods.get(i));
            double width = axis.to(periods.get(i)) - from;
            // A hairline between neighbours when there is room for one, so weeks read as weeks.
            double inset = width > 4 ? 0.75 : 0;
            svg.append("<g>");
            if (titles != null) {
                svg.append("<title>").append(Html.escape(titles.get(i))).append("</title>");
            }
            bar(svg, from + inset, width - 2 * inset, panel, all.get(i), ALL_COLOR);
            if (part != null) {
                bar(svg, from + inset, width - 2 * inset, panel, part.get(i), partColor);
            }
            svg.append("</g>");
        }
        svg.append("</g>");
    }

    private static void bar(StringBuilder svg, double x, double width, ChartFrame panel, Long count, String color) {
        if (count == null || count <= 0) {
            return;
        }
        double top = panel.y(count);
        svg.append(String.format(
                Locale.ROOT,
                "<rect class=\"count\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                x,
                top,
                Math.max(0.5, width),
                panel.bottom() - top,
                color));
    }
}
