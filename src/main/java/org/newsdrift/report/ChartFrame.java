package org.newsdrift.report;

import java.util.List;
import java.util.Locale;

/**
 * The shared geometry of the period charts: a plot area with a y axis from 0 to a round maximum, horizontal grid
 * lines and at most a handful of x labels, so charts of any length stay readable.
 */
final class ChartFrame {
  static final int WIDTH = 760;
  static final int LEFT = 56;
  static final int RIGHT = 44;
  static final int TOP = 16;
  static final int PLOT_HEIGHT = 220;
  static final int X_LABELS = 34;
  private static final int MAX_X_LABELS = 8;
  private static final int TARGET_TICKS = 4;
  private static final int LEGEND_ROW = 18;

  private final int points;
  private final double step;
  private final int ticks;
  private final double yMax;
  private final boolean percent;

  ChartFrame(int points, double dataMax, boolean percent) {
    this.points = Math.max(1, points);
    // A round step first, then as many steps as the data needs: ticks read 0, 20, 40, 60 rather than 0, 13, 25.
    this.step = niceCeiling((dataMax > 0 && Double.isFinite(dataMax) ? dataMax : 1) / TARGET_TICKS);
    this.ticks = Math.max(1, (int) Math.ceil(dataMax / step - 1e-9));
    this.yMax = step * ticks;
    this.percent = percent;
  }

  double yMax() {
    return yMax;
  }

  int bottom() {
    return TOP + PLOT_HEIGHT;
  }

  double x(int index) {
    double plotWidth = WIDTH - LEFT - RIGHT;
    return points == 1 ? LEFT + plotWidth / 2 : LEFT + index * plotWidth / (points - 1);
  }

  double y(double value) {
    return TOP + PLOT_HEIGHT * (1 - Math.max(0, Math.min(value, yMax)) / yMax);
  }

  /** Grid lines with y labels, the x axis and up to {@value #MAX_X_LABELS} evenly spaced x labels. */
  void drawAxes(StringBuilder svg, List<String> xLabels) {
    svg.append("<g class=\"axes\" font-size=\"11\" fill=\"#555\">");
    for (int t = 0; t <= ticks; t++) {
      double value = step * t;
      double y = y(value);
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e3e3e3\"/>", LEFT, y, WIDTH - RIGHT, y));
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
          LEFT - 6, y + 4, tickLabel(value)));
    }
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>",
        LEFT, bottom(), WIDTH - RIGHT, bottom()));
    int step = Math.max(1, (int) Math.ceil(xLabels.size() / (double) MAX_X_LABELS));
    for (int i = 0; i < xLabels.size(); i += step) {
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
          x(i), bottom() + 16, Html.escape(xLabels.get(i))));
    }
    svg.append("</g>");
  }

  /** Colour swatches and names in rows below the plot; returns the height they take. */
  static int drawLegend(StringBuilder svg, List<String> names, int top) {
    int perRow = 3;
    int columnWidth = (WIDTH - LEFT - RIGHT) / perRow;
    svg.append("<g class=\"legend\" font-size=\"12\" fill=\"#333\">");
    for (int i = 0; i < names.size(); i++) {
      int x = LEFT + (i % perRow) * columnWidth;
      int y = top + (i / perRow) * LEGEND_ROW;
      svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>",
          x, y, Palette.color(i)));
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>", x + 17, y + 11,
          Html.escape(Html.shorten(names.get(i), 36))));
    }
    svg.append("</g>");
    return ((names.size() + perRow - 1) / perRow) * LEGEND_ROW;
  }

  /** The opening tag of a chart of the given height, with a title for screen readers. */
  static void open(StringBuilder svg, int height, String title) {
    svg.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\">",
        WIDTH, height, WIDTH, height));
    svg.append("<title>").append(Html.escape(title)).append("</title>");
  }

  private String tickLabel(double value) {
    if (percent) {
      return format(value * 100) + "%";
    }
    return format(value);
  }

  /** A short label: no decimals for large values, up to three significant decimals for small ones. */
  static String format(double value) {
    double abs = Math.abs(value);
    if (abs >= 10 || value == Math.rint(value)) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    if (abs >= 1) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "");
  }

  /** The smallest of 1, 2, 2.5, 5 times a power of ten that is at least {@code value}; 1 for nothing to show. */
  static double niceCeiling(double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(value)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * power >= value * (1 - 1e-12)) {
        return m * power;
      }
    }
    return 10 * power;
  }

  static String coordinates(double x, double y) {
    return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
  }
}
