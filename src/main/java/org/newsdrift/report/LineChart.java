package org.newsdrift.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lines over periods on a time axis as SVG: one or more series, an optional interval band under the first one,
 * numbered markers on points (e.g. spikes, explained in a table beside the chart) and an optional panel of counts
 * per period underneath. A line breaks where a value is missing and where periods are missing: a period without
 * articles has no value to draw.
 */
public final class LineChart {
    private final List<LocalDate> periods;
    private final Granularity granularity;
    private final List<List<Double>> series = new ArrayList<>();
    private final ChartMarkers markers = new ChartMarkers();
    private List<Double> bandLow;
    private List<Double> bandHigh;
    private List<String> titles;
    private List<Long> countsAll;
    private List<Long> countsPart;
    private List<String> countTitles;
    private boolean percent;

    /** A chart over {@code periods} (first days, oldest first) of {@code granularity} (day, week or month). */
    public LineChart(List<String> periods, String granularity) {
        this.periods = TimeAxis.dates(periods);
        this.granularity = Granularity.of(granularity);
    }

    /** A series in the next palette colour; a null value leaves a gap. */
    public LineChart series(List<Double> values) {
        requireLength("a series", values);
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

    /** Tooltips of the first series' points, one per period. */
    public LineChart titles(List<String> pointTitles) {
        requireLength("point titles", pointTitles);
        titles = List.copyOf(pointTitles);
        return this;
    }

    /** A short label (e.g. "1") in a circle over the first series' point of period {@code index}, with a tooltip. */
    public LineChart marker(int index, String label, String title) {
        if (index < 0 || index >= periods.size()) {
            throw new IllegalArgumentException(
                    "Cannot mark a point: index " + index + " is outside 0.." + (periods.size() - 1));
        }
        markers.add(index, label, title);
        return this;
    }

    /** A panel of counts per period under the lines: {@code all}, with {@code part} of them highlighted. */
    public LineChart counts(List<Long> all, List<Long> part, List<String> barTitles) {
        requireLength("counts", all);
        requireLength("highlighted counts", part);
        requireLength("count titles", barTitles);
        countsAll = List.copyOf(all);
        countsPart = List.copyOf(part);
        countTitles = List.copyOf(barTitles);
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
        ChartFrame frame = ChartFrame.plot(max * 1.08, percent);
        ChartFrame counts = countsAll == null
                ? null
                : frame.countsBelow(
                        countsAll.stream().mapToLong(Long::longValue).max().orElse(0));
        double bottom = counts == null ? frame.bottom() : counts.bottom();
        StringBuilder svg = new StringBuilder();
        ChartFrame.open(svg, bottom + ChartFrame.X_LABELS, title);
        if (periods.isEmpty()) {
            return svg.append("</svg>").toString();
        }
        TimeAxis axis = TimeAxis.of(periods, granularity);
        axis.draw(svg, frame.top(), bottom);
        frame.drawGrid(svg);
        if (counts != null) {
            CountBars.draw(svg, axis, counts, periods, countsAll, countsPart, Palette.color(0), countTitles);
        }
        if (bandLow != null) {
            drawBand(svg, frame, axis);
        }
        for (int s = 0; s < series.size(); s++) {
            drawSeries(svg, frame, axis, series.get(s), Palette.color(s), s == 0 ? titles : null);
        }
        markers.draw(svg, frame, axis, periods, series.isEmpty() ? null : series.get(0));
        return svg.append("</svg>").toString();
    }

    /** Runs of consecutive periods that all have a value: the pieces a line or band is drawn in. */
    private List<int[]> runs(List<Double> a, List<Double> b) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < periods.size()) {
            if (a.get(i) == null || b.get(i) == null) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < periods.size()
                    && a.get(end + 1) != null
                    && b.get(end + 1) != null
                    && granularity.next(periods.get(end)).equals(periods.get(end + 1))) {
                end++;
            }
            runs.add(new int[] {i, end});
            i = end + 1;
        }
        return runs;
    }

    private void drawBand(StringBuilder svg, ChartFrame frame, TimeAxis axis) {
        for (int[] run : runs(bandLow, bandHigh)) {
            if (run[0] == run[1]) {
                // A lone period: a short vertical bar shows its interval.
                double x = axis.center(periods.get(run[0]));
                svg.append(String.format(
                        Locale.ROOT,
                        "<line class=\"band\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-opacity=\"0.35\" stroke-width=\"6\"/>",
                        x,
                        frame.y(bandHigh.get(run[0])),
                        x,
                        frame.y(bandLow.get(run[0])),
                        Palette.color(0)));
                continue;
            }
            List<String> points = new ArrayList<>();
            for (int k = run[0]; k <= run[1]; k++) {
                points.add(ChartFrame.coordinates(axis.center(periods.get(k)), frame.y(bandHigh.get(k))));
            }
            for (int k = run[1]; k >= run[0]; k--) {
                points.add(ChartFrame.coordinates(axis.center(periods.get(k)), frame.y(bandLow.get(k))));
            }
            svg.append("<polygon class=\"band\" fill=\"")
                    .append(Palette.color(0))
                    .append("\" fill-opacity=\"0.18\" points=\"")
                    .append(String.join(" ", points))
                    .append("\"/>");
        }
    }

    private void drawSeries(
            StringBuilder svg,
            ChartFrame frame,
            TimeAxis axis,
            List<Double> values,
            String color,
            List<String> pointTitles) {
        StringBuilder path = new StringBuilder();
        for (int[] run : runs(values, values)) {
            for (int k = run[0]; k <= run[1]; k++) {
                path.append(k == run[0] ? " M" : " L")
                        .append(ChartFrame.coordinates(axis.center(periods.get(k)), frame.y(values.get(k))));
            }
        }
        svg.append("<g class=\"series\">");
        if (path.length() > 0) {
            svg.append("<path fill=\"none\" stroke=\"")
                    .append(color)
                    .append("\" stroke-width=\"2\" d=\"")
                    .append(path.toString().trim())
                    .append("\"/>");
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\">",
                        axis.center(periods.get(i)),
                        frame.y(values.get(i)),
                        color));
                if (pointTitles != null) {
                    svg.append("<title>")
                            .append(Html.escape(pointTitles.get(i)))
                            .append("</title>");
                }
                svg.append("</circle>");
            }
        }
        svg.append("</g>");
    }

    private void requireLength(String what, List<?> values) {
        if (values.size() != periods.size()) {
            throw new IllegalArgumentException(
                    "Cannot chart " + what + ": " + values.size() + " values for " + periods.size() + " periods");
        }
    }

    private static double max(List<Double> values) {
        return values.stream()
                .filter(v -> v != null && Double.isFinite(v))
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
    }
}
