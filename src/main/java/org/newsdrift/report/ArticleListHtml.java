package org.newsdrift.report;

import org.newsdrift.report.ReportData.ArticleList;
import org.newsdrift.report.ReportData.ArticleRef;

/**
 * The articles behind a number, as a folded list: each title linked to its address (http and https only), with
 * outlet and date, and how many more there are.
 */
final class ArticleListHtml {
    private ArticleListHtml() {}

    /** A {@code <details>} element whose summary is {@code summary} and whose body lists {@code articles}. */
    static String details(String summary, ArticleList articles) {
        StringBuilder html = new StringBuilder("<details class=\"articles\"><summary>")
                .append(Html.escape(summary))
                .append("</summary>");
        if (articles.shown().isEmpty()) {
            html.append("<p class=\"muted\">No article found in the tables.</p>");
        } else {
            html.append("<ol>");
            articles.shown().forEach(a -> item(html, a));
            html.append("</ol>");
        }
        if (articles.more() > 0) {
            html.append("<p class=\"muted\">and ")
                    .append(articles.more())
                    .append(articles.more() == 1 ? " more article." : " more articles.")
                    .append("</p>");
        }
        return html.append("</details>\n").toString();
    }

    private static void item(StringBuilder html, ArticleRef a) {
        String title = Html.escape(a.title() == null || a.title().isBlank() ? "(untitled)" : a.title());
        html.append("<li>");
        html.append(Html.httpHref(a.url())
                .map(href -> "<a href=\"" + Html.escape(href) + "\">" + title + "</a>")
                .orElse(title));
        String source = a.source() == null ? "" : a.source();
        String date = a.date() == null ? "undated" : a.date();
        html.append(" <span class=\"muted\">")
                .append(Html.escape(source.isEmpty() ? date : source + ", " + date))
                .append("</span></li>");
    }
}
