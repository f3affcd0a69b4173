package org.newsdrift.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Layers stacked per period as SVG columns on a time axis, e.g. topic prevalences that add up to 1 in every period.
 * Each column spans its period, so periods without data stay blank at their true width; an optional panel
 * underneath counts what each column is a share of.
 */
public final class StackedColumnChart {
    private final List<LocalDate> periods;
    private final Granularity granularity;
    private final List<String> names = new ArrayList<>();
    private final List<List<Double>> layers = new ArrayList<>();
    private final List<LocalDate> span = new ArrayList<>();
    private List<Long> counts;
    private String countNoun;
    private boolean percent;

    /** A chart over {@code periods} (first days, oldest first) of {@code granularity} (day, week or month). */
    public StackedColumnChart(List<String> periods, String granularity) {
        this.periods = TimeAxis.dates(periods);
        this.granularity = Granularity.of(granularity);
    }

    /** A layer on top of the previous ones, named in its tooltips; a null value counts as 0. */
    public StackedColumnChart layer(String name, List<Double> values) {
        if (values.size() != periods.size()) {
            throw new IllegalArgumentException(
                    "Cannot stack layer " + name + ": " + values.size() + " values for " + periods.size() + " periods");
        }
        names.add(name);
        layers.add(values.stream()
                .map(v -> v == null || !Double.isFinite(v) ? 0.0 : Math.max(0.0, v))
                .toList());
        return this;
    }

    /** A panel of counts per period under the columns, e.g. the articles each column's shares are of. */
    public StackedColumnChart counts(List<Long> perPeriod, String noun) {
        if (perPeriod.size() != periods.size()) {
            throw new IllegalArgumentException(
                    "Cannot chart counts: " + perPeriod.size() + " values for " + periods.size() + " periods");
        }
        counts = List.copyOf(perPeriod);
        countNoun = noun;
        return this;
    }

    /**
     * Draws the axis from period {@code first} to period {@code last} at least, e.g. to line this chart up with
     * another over more periods.
     */
    public StackedColumnChart span(String first, String last) {
        span.addAll(TimeAxis.dates(List.of(first, last)));
        return this;
    }

    public StackedColumnChart percent() {
        this.percent = true;
        return this;
    }

    public String toSvg(String title) {
        int n = periods.size();
        double[][] tops = new double[layers.size()][n];
        double max = 0;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int l = 0; l < layers.size(); l++) {
                sum += layers.get(l).get(i);
                tops[l][i] = sum;
            }
            max = Math.max(max, sum);
        }
        ChartFrame frame = ChartFrame.plot(max, percent);
        ChartFrame countPanel = counts == null
                ? null
                : frame.countsBelow(
                        counts.stream().mapToLong(Long::longValue).max().orElse(0));
        double bottom = countPanel == null ? frame.bottom() : countPanel.bottom();
        StringBuilder svg = new StringBuilder();
        ChartFrame.open(svg, bottom + ChartFrame.X_LABELS, title);
        if (n == 0) {
            return svg.append("</svg>").toString();
        }
        List<LocalDate> extent = new ArrayList<>(periods);
        extent.addAll(span);
        TimeAxis axis = TimeAxis.of(extent, granularity);
        axis.draw(svg, frame.top(), bottom);
        frame.drawGrid(svg);
        for (int i = 0; i < n; i++) {
            double from = axis.from(periods.get(i));
            double width = axis.to(periods.get(i)) - from;
            double inset = width > 4 ? 0.75 : 0;
            for (int l = 0; l < layers.size(); l++) {
                double value = layers.get(l).get(i);
                if (value <= 0) {
                    continue;
                }
                double below = l == 0 ? 0 : tops[l - 1][i];
                double y = frame.y(tops[l][i]);
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect class=\"layer\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" fill-opacity=\"0.85\">",
                        from + inset,
                        y,
                        Math.max(0.5, width - 2 * inset),
                        frame.y(below) - y,
                        Palette.color(l)));
                svg.append("<title>").append(Html.escape(tooltip(l, i, value))).append("</title></rect>");
            }
        }
        if (countPanel != null) {
            List<String> countTitles = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                countTitles.add(
                        granularity.describe(periods.get(i).toString()) + ": " + counts.get(i) + " " + countNoun);
            }
            CountBars.draw(svg, axis, countPanel, periods, counts, null, null, countTitles);
        }
        return svg.append("</svg>").toString();
    }

    private String tooltip(int layer, int period, double value) {
        String share = percent ? String.format(Locale.ROOT, "%.0f%%", 100 * value) : ChartFrame.format(value);
        String of = counts == null ? "" : " of " + counts.get(period) + " " + countNoun;
        return names.get(layer) + ": " + share + of + ", "
                + granularity.describe(periods.get(period).toString());
    }
}
