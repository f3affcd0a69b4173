package org.newsdrift.report;

import java.util.ArrayList;
import java.util.List;

/**
 * An HTML table. A header starting with {@code #} marks a right-aligned numeric column (the mark is not shown);
 * a cell is a string, escaped, or {@link Markup}, passed through.
 */
final class Table {
    private final String id;
    private final List<String> headers;
    private final List<List<Object>> rows = new ArrayList<>();

    Table(String id, String... headers) {
        this.id = id;
        this.headers = List.of(headers);
    }

    Table row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("Cannot add a row to table " + id + ": " + cells.length + " cells for "
                    + headers.size() + " columns");
        }
        rows.add(java.util.Arrays.asList(cells));
        return this;
    }

    void appendTo(StringBuilder html) {
        html.append("<table id=\"").append(Html.escape(id)).append("\"><thead><tr>");
        for (String h : headers) {
            boolean numeric = h.startsWith("#");
            html.append(numeric ? "<th class=\"n\">" : "<th>")
                    .append(Html.escape(numeric ? h.substring(1) : h))
                    .append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (List<Object> row : rows) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                Object cell = row.get(i);
                html.append(headers.get(i).startsWith("#") ? "<td class=\"n\">" : "<td>")
                        .append(cell instanceof Markup m ? m.html() : Html.escape(cell == null ? "" : cell.toString()))
                        .append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>\n");
    }
}
