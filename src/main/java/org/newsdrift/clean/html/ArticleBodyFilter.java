package org.newsdrift.clean.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * Cross-checks the paragraphs found in the page against the JSON-LD {@code articleBody} the publisher declares: when
 * the two largely agree, paragraphs whose words the declared body does not contain (teasers, captions, widgets
 * inside the article) are dropped. A declared body that disagrees (a teaser, another story) is ignored.
 */
final class ArticleBodyFilter {
    private static final double MIN_AGREEMENT = 0.6;
    private static final double MIN_PARAGRAPH_SHARE = 0.5;

    private ArticleBodyFilter() {}

    static List<String> filter(List<String> paragraphs, String articleBody) {
        if (articleBody == null || paragraphs.isEmpty()) {
            return paragraphs;
        }
        String declared =
                articleBody.indexOf('<') >= 0 ? Jsoup.parse(articleBody).text() : articleBody;
        Set<String> declaredWords = new HashSet<>(words(declared));
        Set<String> pageWords = new HashSet<>(words(String.join(" ", paragraphs)));
        if (share(words(String.join(" ", paragraphs)), declaredWords) < MIN_AGREEMENT
                || share(words(declared), pageWords) < MIN_AGREEMENT) {
            return paragraphs;
        }
        List<String> kept = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (share(words(paragraph), declaredWords) >= MIN_PARAGRAPH_SHARE) {
                kept.add(paragraph);
            }
        }
        return kept;
    }

    private static double share(List<String> words, Set<String> in) {
        if (words.isEmpty()) {
            return 0;
        }
        return (double) words.stream().filter(in::contains).count() / words.size();
    }

    /** Lower-cased runs of letters and digits; every Han, kana and Hangul character on its own. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String s = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Texts.isCjk(c)) {
                flush(word, words);
                words.add(String.valueOf(c));
            } else if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else {
                flush(word, words);
            }
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
