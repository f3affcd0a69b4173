package org.newsdrift.report;

import java.util.List;

/**
 * A chart's key as an HTML list under the chart: the browser wraps it, so every name is shown whole however long,
 * and no two names overlap.
 */
final class Legend {
    /** How the swatch looks: a filled box (areas, bars), a short line (series) or a pale box (intervals). */
    enum Shape {
        BOX,
        LINE,
        BAND
    }

    /** One entry: the colour it is drawn in, its shape and its name. */
    record Item(String color, Shape shape, String label) {}

    private Legend() {}

    static String html(List<Item> items) {
        StringBuilder html = new StringBuilder("<ul class=\"legend\">");
        for (Item item : items) {
            // Colours come from the palette, never from the data; still escaped like everything else.
            html.append("<li><span class=\"swatch ")
                    .append(item.shape().name().toLowerCase(java.util.Locale.ROOT))
                    .append("\" style=\"background:")
                    .append(Html.escape(item.color()))
                    .append("\"></span>")
                    .append(Html.escape(item.label()))
                    .append("</li>");
        }
        return html.append("</ul>").toString();
    }
}
