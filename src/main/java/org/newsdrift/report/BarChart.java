package org.newsdrift.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Horizontal bars with their labels and values as SVG, e.g. rejects by reason. A label too long for its column
 * wraps onto more lines (its row grows), and the bars leave room for the longest value text: nothing is cut.
 */
public final class BarChart {
    private static final int ROW = 24;
    private static final int LINE = 14;
    private static final int FONT = 12;
    private static final int LABEL_WIDTH = 220;

    private final List<String> labels = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();
    private final List<String> valueTexts = new ArrayList<>();

    public BarChart bar(String label, double value) {
        return bar(label, value, ChartFrame.format(value));
    }

    /** A bar with its own value text, e.g. "46 · 3 articles vs baseline 0.2". */
    public BarChart bar(String label, double value, String valueText) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(
                    "Cannot draw bar " + label + ": value must be finite and >= 0 (was " + value + ")");
        }
        labels.add(label);
        values.add(value);
        valueTexts.add(valueText);
        return this;
    }

    public String toSvg(String title) {
        List<List<String>> lines = labels.stream()
                .map(l -> TextWidth.wrap(l, LABEL_WIDTH - 8, FONT))
                .toList();
        double textRoom = valueTexts.stream()
                        .mapToDouble(t -> TextWidth.of(t, FONT))
                        .max()
                        .orElse(0)
                + 10;
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double room = Math.max(40, ChartFrame.WIDTH - LABEL_WIDTH - textRoom);
        double scale = max > 0 ? room / max : 0;
        int height = ChartFrame.TOP + 8;
        for (List<String> l : lines) {
            height += rowHeight(l);
        }
        StringBuilder svg = new StringBuilder();
        ChartFrame.open(svg, Math.max(height, ChartFrame.TOP + ROW + 8), title);
        svg.append("<g font-size=\"").append(FONT).append("\" fill=\"#333\">");
        int y = ChartFrame.TOP;
        for (int i = 0; i < labels.size(); i++) {
            int rowHeight = rowHeight(lines.get(i));
            double middle = y + rowHeight / 2.0;
            double firstLine = middle + 4 - (lines.get(i).size() - 1) * LINE / 2.0;
            svg.append("<text text-anchor=\"end\">");
            for (int k = 0; k < lines.get(i).size(); k++) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<tspan x=\"%d\" y=\"%.1f\">%s</tspan>",
                        LABEL_WIDTH - 8,
                        firstLine + k * LINE,
                        Html.escape(lines.get(i).get(k))));
            }
            svg.append("</text>");
            double width = values.get(i) * scale;
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect class=\"bar\" x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                    LABEL_WIDTH,
                    middle - (ROW - 6) / 2.0,
                    width,
                    ROW - 6,
                    Palette.color(i)));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\">%s</text>",
                    LABEL_WIDTH + width + 6,
                    middle + 4,
                    Html.escape(valueTexts.get(i))));
            y += rowHeight;
        }
        svg.append("</g>");
        return svg.append("</svg>").toString();
    }

    private static int rowHeight(List<String> lines) {
        return Math.max(ROW, lines.size() * LINE + 10);
    }
}
