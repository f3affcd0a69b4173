package org.newsdrift.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The numbered markers of a {@link LineChart}: a labelled circle over a point, joined to it by a dashed line. */
final class ChartMarkers {
    private static final int RADIUS = 8;

    private final List<Marker> markers = new ArrayList<>();

    private record Marker(int index, String label, String title) {}

    /** A marker with {@code label} over the point of period {@code index}, with tooltip {@code title}. */
    void add(int index, String label, String title) {
        markers.add(new Marker(index, label, title));
    }

    /** Draws the markers over {@code line}'s points, or over the zero line where it has no value or is null. */
    void draw(StringBuilder svg, ChartFrame frame, TimeAxis axis, List<LocalDate> periods, List<Double> line) {
        List<double[]> placed = new ArrayList<>();
        for (Marker m : markers) {
            Double value = line == null ? null : line.get(m.index());
            double px = axis.center(periods.get(m.index()));
            double py = frame.y(value == null ? 0 : value);
            double cy = Math.max(frame.top() + RADIUS, py - 3 * RADIUS);
            // Markers of close periods climb over each other instead of overlapping.
            boolean moved = true;
            while (moved) {
                moved = false;
                for (double[] other : placed) {
                    if (Math.abs(other[0] - px) < 2 * RADIUS + 2 && Math.abs(other[1] - cy) < 2 * RADIUS + 2) {
                        cy = other[1] - 2 * RADIUS - 2;
                        moved = true;
                    }
                }
            }
            placed.add(new double[] {px, cy});
            svg.append("<g class=\"marker\"><title>")
                    .append(Html.escape(m.title()))
                    .append("</title>");
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#444\" stroke-dasharray=\"2,2\"/>",
                    px,
                    cy + RADIUS,
                    px,
                    py - 4));
            svg.append(String.format(
                    Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\" fill=\"#fff\" stroke=\"#444\"/>",
                    px,
                    cy,
                    RADIUS));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"bold\" fill=\"#222\">%s</text>",
                    px,
                    cy + 4,
                    Html.escape(m.label())));
            svg.append("</g>");
        }
    }
}
