package org.newsdrift.report;

import java.util.Locale;

/**
 * One panel of a time chart: values from 0 to a round maximum mapped to a band of the chart's height, with
 * horizontal grid lines and labels. Panels stack over one {@link TimeAxis}, e.g. a share above the article counts
 * it is a share of.
 */
final class ChartFrame {
    static final int WIDTH = 760;
    static final int LEFT = 56;
    static final int RIGHT = 44;
    static final int TOP = 16;
    static final int PLOT_HEIGHT = 220;
    static final int COUNT_HEIGHT = 64;
    static final int GAP = 26;
    /** Room under the lowest panel for the time axis labels. */
    static final int X_LABELS = 28;

    private final double top;
    private final double height;
    private final double step;
    private final int ticks;
    private final double yMax;
    private final boolean percent;

    private ChartFrame(double top, double height, double dataMax, boolean percent, int targetTicks, boolean whole) {
        this.top = top;
        this.height = height;
        // A round step first, then as many steps as the data needs: ticks read 0, 20, 40, 60 rather than 0, 13, 25.
        double nice = niceCeiling((dataMax > 0 && Double.isFinite(dataMax) ? dataMax : 1) / targetTicks);
        // Counts are whole: a grid line at 2.5 articles would label nothing anyone can count.
        this.step = whole ? Math.max(1, Math.ceil(nice)) : nice;
        this.ticks = Math.max(1, (int) Math.ceil(dataMax / step - 1e-9));
        this.yMax = step * ticks;
        this.percent = percent;
    }

    /** The main panel at the top of a chart. */
    static ChartFrame plot(double dataMax, boolean percent) {
        return new ChartFrame(TOP, PLOT_HEIGHT, dataMax, percent, 4, false);
    }

    /** A short panel of whole counts under this one. */
    ChartFrame countsBelow(double dataMax) {
        return new ChartFrame(bottom() + GAP, COUNT_HEIGHT, dataMax, false, 3, true);
    }

    double yMax() {
        return yMax;
    }

    double top() {
        return top;
    }

    double bottom() {
        return top + height;
    }

    double y(double value) {
        return top + height * (1 - Math.max(0, Math.min(value, yMax)) / yMax);
    }

    /** Grid lines with y labels, and the panel's base line. */
    void drawGrid(StringBuilder svg) {
        svg.append("<g class=\"axes\" font-size=\"11\" fill=\"#555\">");
        for (int t = 0; t <= ticks; t++) {
            double value = step * t;
            double y = y(value);
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e3e3e3\"/>",
                    LEFT,
                    y,
                    WIDTH - RIGHT,
                    y));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
                    LEFT - 6,
                    y + 4,
                    percent ? format(value * 100) + "%" : format(value)));
        }
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#999\"/>",
                LEFT,
                bottom(),
                WIDTH - RIGHT,
                bottom()));
        svg.append("</g>");
    }

    /** The opening tag of a chart of the given height, with a title for screen readers. */
    static void open(StringBuilder svg, double height, String title) {
        int h = (int) Math.ceil(height);
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\">",
                WIDTH,
                h,
                WIDTH,
                h));
        svg.append("<title>").append(Html.escape(title)).append("</title>");
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
