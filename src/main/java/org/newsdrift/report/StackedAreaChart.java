package org.newsdrift.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Layers stacked over periods as SVG, e.g. topic prevalences that add up to 1 in every period. */
public final class StackedAreaChart {
  private final List<String> periods;
  private final List<String> names = new ArrayList<>();
  private final List<List<Double>> layers = new ArrayList<>();
  private boolean percent;

  public StackedAreaChart(List<String> periods) {
    this.periods = List.copyOf(periods);
  }

  /** A layer on top of the previous ones; a null value counts as 0. */
  public StackedAreaChart layer(String name, List<Double> values) {
    if (values.size() != periods.size()) {
      throw new IllegalArgumentException("Cannot stack layer " + name + ": " + values.size() + " values for "
          + periods.size() + " periods");
    }
    names.add(name);
    layers.add(values.stream().map(v -> v == null || !Double.isFinite(v) ? 0.0 : Math.max(0.0, v)).toList());
    return this;
  }

  public StackedAreaChart percent() {
    this.percent = true;
    return this;
  }

  public String toSvg(String title) {
    int n = periods.size();
    double[] base = new double[n];
    double[][] tops = new double[layers.size()][n];
    double max = 0;
    for (int l = 0; l < layers.size(); l++) {
      for (int i = 0; i < n; i++) {
        base[i] += layers.get(l).get(i);
        tops[l][i] = base[i];
        max = Math.max(max, base[i]);
      }
    }
    ChartFrame frame = new ChartFrame(n, max, percent);
    int legendTop = frame.bottom() + ChartFrame.X_LABELS;
    int legendHeight = ((names.size() + 2) / 3) * 18;
    StringBuilder svg = new StringBuilder();
    ChartFrame.open(svg, legendTop + legendHeight + 4, title);
    frame.drawAxes(svg, periods);
    for (int l = 0; l < layers.size(); l++) {
      List<String> points = new ArrayList<>();
      // One period alone still gets an area: it spans the plot's width.
      double[] xs = n == 1 ? new double[] {ChartFrame.LEFT, ChartFrame.WIDTH - ChartFrame.RIGHT} : null;
      int count = n == 1 ? 2 : n;
      for (int i = 0; i < count; i++) {
        int k = n == 1 ? 0 : i;
        points.add(ChartFrame.coordinates(xs == null ? frame.x(i) : xs[i], frame.y(tops[l][k])));
      }
      for (int i = count - 1; i >= 0; i--) {
        int k = n == 1 ? 0 : i;
        double below = l == 0 ? 0 : tops[l - 1][k];
        points.add(ChartFrame.coordinates(xs == null ? frame.x(i) : xs[i], frame.y(below)));
      }
      svg.append(String.format(Locale.ROOT, "<polygon class=\"layer\" fill=\"%s\" fill-opacity=\"0.85\" points=\"%s\">",
          Palette.color(l), String.join(" ", points)));
      svg.append("<title>").append(Html.escape(names.get(l))).append("</title></polygon>");
    }
    ChartFrame.drawLegend(svg, names, legendTop);
    return svg.append("</svg>").toString();
  }
}
