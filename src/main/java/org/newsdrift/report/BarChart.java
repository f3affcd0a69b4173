package org.newsdrift.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Horizontal bars with their labels and values as SVG, e.g. rejects by reason. */
public final class BarChart {
  private static final int ROW = 24;
  private static final int LABEL_WIDTH = 220;
  private static final int VALUE_WIDTH = 70;

  private final List<String> labels = new ArrayList<>();
  private final List<Double> values = new ArrayList<>();

  public BarChart bar(String label, double value) {
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException("Cannot draw bar " + label + ": value must be finite and >= 0 (was " + value + ")");
    }
    labels.add(label);
    values.add(value);
    return this;
  }

  public String toSvg(String title) {
    int height = ChartFrame.TOP + Math.max(1, labels.size()) * ROW + 8;
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    double scale = max > 0 ? (ChartFrame.WIDTH - LABEL_WIDTH - VALUE_WIDTH) / max : 0;
    StringBuilder svg = new StringBuilder();
    ChartFrame.open(svg, height, title);
    svg.append("<g font-size=\"12\" fill=\"#333\">");
    for (int i = 0; i < labels.size(); i++) {
      int y = ChartFrame.TOP + i * ROW;
      double width = values.get(i) * scale;
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
          LABEL_WIDTH - 8, y + 15, Html.escape(Html.shorten(labels.get(i), 32))));
      svg.append(String.format(Locale.ROOT,
          "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
          LABEL_WIDTH, y + 3, width, ROW - 6, Palette.color(i)));
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>",
          LABEL_WIDTH + width + 6, y + 15, ChartFrame.format(values.get(i))));
    }
    svg.append("</g>");
    return svg.append("</svg>").toString();
  }
}
