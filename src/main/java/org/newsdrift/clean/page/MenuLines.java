package org.newsdrift.clean.page;

import java.util.regex.Pattern;

/** The rules of {@link ChromeLineClassifier} for link and menu lines: site navigation, tag lists, section names. */
final class MenuLines {
    private static final int MAX_MENU_ITEM_WORDS = 3;
    private static final int MIN_MENU_ITEMS = 3;
    private static final int MAX_CAPS_WORDS = 10;
    /** A line of more words than a headline has, nearly all capitalised, is a menu. */
    private static final int MIN_TITLE_CASE_MENU_WORDS = 12;

    private static final int TITLE_CASE_MENU_PERCENT = 80;
    private static final Pattern LINK = Pattern.compile("\\[[^\\]\\n]*\\]\\([^)\\n]*\\)|https?://\\S+|www\\.\\S+");
    private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s*[|·•»›>]\\s*|\\s+/\\s+");
    private static final Pattern HASHTAG = Pattern.compile("#[\\p{L}\\d_]+");

    private MenuLines() {}

    /** Half or more of the line is links (Markdown links or bare addresses). */
    static boolean isLinks(String line) {
        int linked = 0;
        var link = LINK.matcher(line);
        while (link.find()) {
            linked += link.end() - link.start();
        }
        return linked * 2 >= line.length();
    }

    /**
     * A run of short items between separators or commas, hashtags, a short shouted line, or a long line of
     * capitalised words.
     */
    static boolean isMenu(String line, int words) {
        if (ChromeLineClassifier.SENTENCE_END.matcher(line).find() && !line.endsWith("»") && !line.endsWith(">")) {
            return false;
        }
        if (isItemList(MENU_SEPARATOR.split(line)) || isItemList(line.split(","))) {
            return true;
        }
        int hashtags = 0;
        var tag = HASHTAG.matcher(line);
        while (tag.find()) {
            hashtags++;
        }
        if (hashtags >= 2 && hashtags * 2 >= words) {
            return true;
        }
        return words <= MAX_CAPS_WORDS && isShouting(line) || words > MIN_TITLE_CASE_MENU_WORDS && isTitleCased(line);
    }

    /** Nearly every word capitalised, as in a run of section names; prose, even German, has lower-case words. */
    private static boolean isTitleCased(String line) {
        int cased = 0;
        int capitalised = 0;
        for (String word : line.split(" ")) {
            int first = word.isEmpty() ? 0 : word.codePointAt(0);
            if (Character.isUpperCase(first)) {
                capitalised++;
                cased++;
            } else if (Character.isLowerCase(first)) {
                cased++;
            }
        }
        return cased > 0 && capitalised * 100 >= cased * TITLE_CASE_MENU_PERCENT;
    }

    private static boolean isItemList(String[] items) {
        int nonEmpty = 0;
        for (String item : items) {
            int w = ChromeLineClassifier.words(item);
            if (w > MAX_MENU_ITEM_WORDS) {
                return false;
            }
            if (w > 0) {
                nonEmpty++;
            }
        }
        return nonEmpty >= MIN_MENU_ITEMS;
    }

    private static boolean isShouting(String line) {
        int upper = 0;
        int cased = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
                cased++;
            } else if (Character.isLowerCase(c)) {
                cased++;
            }
        }
        return cased >= 4 && upper * 10 >= cased * 8;
    }
}
