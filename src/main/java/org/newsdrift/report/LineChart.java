package org.newsdrift.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lines over periods as SVG: one or more series (a null value leaves a gap), an optional interval band drawn under
 * the first series, and notes pinned to points (e.g. a spike's top terms).
 */
public final class LineChart {
  private static final int NOTE_ROW = 15;

  private final List<String> periods;
  private final List<String> names = new ArrayList<>();
  private final List<List<Double>> series = new ArrayList<>();
  private final List<Note> notes = new ArrayList<>();
  private List<Double> bandLow;
  private List<Double> bandHigh;
  private boolean percent;

  private record Note(int index, String text) {}

  public LineChart(List<String> periods) {
    this.periods = List.copyOf(periods);
  }

  public LineChart series(String name, List<Double> values) {
    requireLength("series " + name, values);
    names.add(name);
    series.add(new ArrayList<>(values));
    return this;
  }

  /** The interval around the first series, drawn as a shaded band. */
  public LineChart band(List<Double> low, List<Double> high) {
    requireLength("band low", low);
    requireLength("band high", high);
    bandLow = new ArrayList<>(low);
    bandHigh = new ArrayList<>(high);
    return this;
  }

  public LineChart note(int index, String text) {
    if (index < 0 || index >= periods.size()) {
      throw new IllegalArgumentException("Cannot pin a note: index " + index + " is outside 0.." + (periods.size() - 1));
    }
    notes.add(new Note(index, text));
    return this;
  }

  /** Shows y values as percentages (values are proportions). */
  public LineChart percent() {
    this.percent = true;
    return this;
  }

  public String toSvg(String title) {
    double max = 0;
    for (List<Double> values : series) {
      max = Math.max(max, max(values));
    }
    if (bandHigh != null) {
      max = Math.max(max, max(bandHigh));
    }
    ChartFrame frame = new ChartFrame(periods.size(), max * 1.08, percent);
    int legendTop = frame.bottom() + ChartFrame.X_LABELS;
    int legendHeight = names.size() > 1 ? ((names.size() + 2) / 3) * 18 : 0;
    StringBuilder svg = new StringBuilder();
    ChartFrame.open(svg, legendTop + legendHeight + 4, title);
    frame.drawAxes(svg, periods);
    if (bandLow != null) {
      drawBand(svg, frame);
    }
    for (int s = 0; s < series.size(); s++) {
      drawSeries(svg, frame, series.get(s), Palette.color(s), names.get(s));
    }
    drawNotes(svg, frame);
    if (names.size() > 1) {
      ChartFrame.drawLegend(svg, names, legendTop);
    }
    return svg.append("</svg>").toString();
  }

  private void drawBand(StringBuilder svg, ChartFrame frame) {
    // One polygon per run of periods where both bounds are known, so a missing bound leaves a gap.
    int i = 0;
    while (i < periods.size()) {
      if (bandLow.get(i) == null || bandHigh.get(i) == null) {
        i++;
        continue;
      }
      int end = i;
      while (end + 1 < periods.size() && bandLow.get(end + 1) != null && bandHigh.get(end + 1) != null) {
        end++;
      }
      List<String> points = new ArrayList<>();
      for (int k = i; k <= end; k++) {
        points.add(ChartFrame.coordinates(frame.x(k), frame.y(bandHigh.get(k))));
      }
      for (int k = end; k >= i; k--) {
        points.add(ChartFrame.coordinates(frame.x(k), frame.y(bandLow.get(k))));
      }
      if (i == end) {
        // A lone period: a short vertical bar shows its interval.
        svg.append(String.format(Locale.ROOT,
            "<line class=\"band\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-opacity=\"0.35\" stroke-width=\"8\"/>",
            frame.x(i), frame.y(bandHigh.get(i)), frame.x(i), frame.y(bandLow.get(i)), Palette.color(0)));
      } else {
        svg.append("<polygon class=\"band\" fill=\"").append(Palette.color(0)).append("\" fill-opacity=\"0.18\" points=\"")
            .append(String.join(" ", points)).append("\"/>");
      }
      i = end + 1;
    }
  }

  private static void drawSeries(StringBuilder svg, ChartFrame frame, List<Double> values, String color, String name) {
    StringBuilder path = new StringBuilder();
    boolean penDown = false;
    for (int i = 0; i < values.size(); i++) {
      Double v = values.get(i);
      if (v == null) {
        penDown = false;
        continue;
      }
      path.append(penDown ? " L" : " M").append(ChartFrame.coordinates(frame.x(i), frame.y(v)));
      penDown = true;
    }
    svg.append("<g class=\"series\"><title>").append(Html.escape(name)).append("</title>");
    if (path.length() > 0) {
      svg.append("<path fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"2\" d=\"")
          .append(path.toString().trim()).append("\"/>");
    }
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) != null) {
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>",
            frame.x(i), frame.y(values.get(i)), color));
      }
    }
    svg.append("</g>");
  }

  private void drawNotes(StringBuilder svg, ChartFrame frame) {
    List<Double> first = series.isEmpty() ? null : series.get(0);
    for (int n = 0; n < notes.size(); n++) {
      Note note = notes.get(n);
      Double value = first == null ? null : first.get(note.index());
      double px = frame.x(note.index());
      double py = frame.y(value == null ? 0 : value);
      // Notes stack downward from the top of the plot so two close spikes do not overwrite each other.
      double ty = ChartFrame.TOP + 12 + n * NOTE_ROW;
      String anchor = px > ChartFrame.WIDTH * 0.66 ? "end" : px < ChartFrame.WIDTH * 0.33 ? "start" : "middle";
      svg.append("<g class=\"note\">");
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#444\" stroke-dasharray=\"2,2\"/>",
          px, ty + 3, px, py - 4));
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"11\" fill=\"#222\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">%s</text>",
          px, ty, anchor, Html.escape(Html.shorten(note.text(), 70))));
      svg.append("</g>");
    }
  }

  private void requireLength(String what, List<Double> values) {
    if (values.size() != periods.size()) {
      throw new IllegalArgumentException("Cannot chart " + what + ": " + values.size() + " values for "
          + periods.size() + " periods");
    }
  }

  private static double max(List<Double> values) {
    return values.stream().filter(v -> v != null && Double.isFinite(v)).mapToDouble(Double::doubleValue).max().orElse(0);
  }
}
