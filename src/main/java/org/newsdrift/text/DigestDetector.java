package org.newsdrift.text;

import java.util.regex.Pattern;

/**
 * Whether a text is a digest: a round-up of unrelated items (a press review, "the main news by morning", a year's
 * ten top stories, a list of headlines) rather than an article. A digest re-reports stories counted elsewhere, so
 * coverage counts it apart. Read from the text's shape, never from its outlet: most of its lines are list items
 * (a line opening with a bullet, a dash, a number, a circled number or a pictograph), or a title that announces a
 * round-up heads a list.
 */
public final class DigestDetector {
    /** Kinds of article, as the articles table's {@code article_kind} holds them. */
    public static final String ARTICLE = "article";

    public static final String DIGEST = "digest";

    private static final Pattern LIST_ITEM = Pattern.compile(
            "^\\s*(?:[-\u2013\u2014\u2022\u25aa\u25b6\u25b8\u25ba\u25a0\u25a1\u25c6\u25c7\u25cf\u25cb\u2605\u2606\u261e\u27a4*+>]"
                    + "|\\d{1,2}[.)](?!\\d)|[\u2460-\u2473\u2776-\u277f]|\\[\\d{1,2}]|\\p{So}|\\p{Cs})");
    private static final Pattern ROUND_UP_TITLE = Pattern.compile(
            "(?iu)\\b(?:press review|review of|digest|round-?up|news summary|briefing|headlines|top \\d+ news|"
                    + "главное|дайджест|обзор|новости к|итоги|головне|огляд|новини на)|헤드라인|\\d+\\s*대\\s*뉴스|브리핑|주요\\s*뉴스|"
                    + "데일리");
    /** Items that make a list of their own, whatever the title. */
    private static final int LIST_ITEMS = 5;
    /** Items that make a round-up under a round-up title. */
    private static final int TITLED_ITEMS = 3;

    private static final double LIST_SHARE = 0.5;

    private DigestDetector() {}

    /** {@link #DIGEST} or {@link #ARTICLE}. */
    public static String kindOf(String title, String text) {
        if (text == null) {
            return ARTICLE;
        }
        int lines = 0;
        int items = 0;
        for (String line : text.split("\\n")) {
            if (line.isBlank()) {
                continue;
            }
            lines++;
            if (LIST_ITEM.matcher(line).lookingAt()) {
                items++;
            }
        }
        boolean list = items >= LIST_ITEMS && items >= LIST_SHARE * lines;
        boolean titled = items >= TITLED_ITEMS
                && title != null
                && ROUND_UP_TITLE.matcher(title).find();
        return list || titled ? DIGEST : ARTICLE;
    }
}
