package org.newsdrift.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The article's headline: the JSON-LD headline, else the Open Graph title, the first {@code <h1>}, the Twitter
 * title or the {@code <title>}, with a trailing " | Site" cut off, and with a leading kicker ("Topic: ") or quote
 * marks cut off when another of the page's titles is the same headline without them.
 */
final class TitleExtractor {
    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·:»]\\s+|\\s*[｜|：ㅣ]\\s*");
    private static final int MAX_SITE_TAIL = 60;
    private static final int SHORT_TAIL = 30;
    /** A kicker ends in a colon or a spaced dash: "Olympische Spiele: ", "Eskalation - ". */
    private static final Pattern KICKER_END = Pattern.compile("(?:\\s*[:：]|\\s+[-–—])\\s+$");

    private static final int MIN_HEADLINE_WORDS = 3;
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\"\u201C\u201D\u201E\u201F\u00AB\u00BB]");

    private TitleExtractor() {}

    static String extract(Document doc, PageMetadata meta) {
        List<String> candidates = candidates(doc, meta);
        if (candidates.isEmpty()) {
            return null;
        }
        String title = candidates.get(0);
        for (String other : candidates) {
            if (isTitleWithTail(title, other)) {
                title = other;
                break;
            }
        }
        title = withFewestQuotes(title, candidates);
        List<String> shareTitles = new ArrayList<>();
        add(shareTitles, meta.first("og:title"));
        add(shareTitles, meta.first("twitter:title"));
        Element h1 = doc.selectFirst("h1");
        return withoutKicker(
                withoutSiteName(title, meta.first("og:site_name", "application-name")),
                shareTitles,
                h1 == null ? null : Texts.oneLine(h1.text()));
    }

    /**
     * {@code title} without a leading kicker when a title the page gives for sharing (Open Graph, Twitter) ends with
     * the same headline of at least three words, standing alone or after a kicker of its own: the part the titles
     * agree on is the headline. A bare {@code <h1>} does not count, as pages often set the kicker outside it; an
     * {@code <h1>} with a kicker of its own ("Eskalation im Nahen Osten - «...»" against "Iranischer Angriff: «...»")
     * does: two different kickers over the same words mark those words as the headline.
     */
    static String withoutKicker(String title, List<String> shareTitles, String heading) {
        for (String other : shareTitles) {
            String headline = sharedHeadline(title, other);
            if (headline != null) {
                return headline;
            }
        }
        String headline = heading == null ? null : sharedHeadline(title, heading);
        return headline != null && headline.length() < heading.length() ? headline : title;
    }

    /** The headline {@code a} and {@code b} end with, when {@code a} has a kicker before it and {@code b} none or
     * another. */
    private static String sharedHeadline(String a, String b) {
        if (a.equals(b)) {
            return null;
        }
        int common = 0;
        while (common < a.length()
                && common < b.length()
                && a.charAt(a.length() - 1 - common) == b.charAt(b.length() - 1 - common)) {
            common++;
        }
        if (common == a.length()) {
            return null; // a is already the shorter one
        }
        for (int start = a.length() - common; start < a.length(); start++) {
            if (start > 0 && KICKER_END.matcher(a.substring(0, start)).find()) {
                String headline = a.substring(start);
                String otherKicker = b.substring(0, b.length() - headline.length());
                boolean otherEnds =
                        otherKicker.isEmpty() || KICKER_END.matcher(otherKicker).find();
                return otherEnds && headline.split("\\s+").length >= MIN_HEADLINE_WORDS ? headline : null;
            }
        }
        return null;
    }

    /**
     * {@code title}, or the page's other title with the same words and fewer double quotes: where the declarations
     * disagree only on quote marks around a phrase ({@code "Pink hair sparks ridicule"… A riddle} against {@code Pink
     * hair sparks ridicule… A riddle}), the marks are one declaration's typography, not part of the headline.
     */
    static String withFewestQuotes(String title, List<String> candidates) {
        String words = withoutQuotes(title);
        String best = title;
        for (String other : candidates) {
            if (withoutQuotes(other).equals(words) && quotes(other) < quotes(best)) {
                best = other;
            }
        }
        return best;
    }

    private static String withoutQuotes(String title) {
        return Texts.oneLine(DOUBLE_QUOTES.matcher(title).replaceAll(""));
    }

    private static long quotes(String title) {
        return DOUBLE_QUOTES.matcher(title).results().count();
    }

    /** Every headline the page declares, best first: JSON-LD, Open Graph, first h1, Twitter, {@code <title>}. */
    static List<String> candidates(Document doc, PageMetadata meta) {
        List<String> candidates = new ArrayList<>();
        add(candidates, meta.fromArticles(JsonLdArticle::headline));
        add(candidates, meta.first("og:title"));
        Element h1 = doc.selectFirst("h1");
        add(candidates, h1 == null ? null : h1.text());
        add(candidates, meta.first("twitter:title"));
        add(candidates, doc.title());
        return candidates;
    }

    private static void add(List<String> titles, String title) {
        // JSON-LD and meta values are sometimes entity-escaped once more than HTML requires.
        String line = title == null ? null : Texts.oneLine(Parser.unescapeEntities(title, false));
        if (line != null && !line.isEmpty()) {
            titles.add(line);
        }
    }

    /** Whether {@code title} is {@code head} followed by a separator and a short tail such as the site's name. */
    private static boolean isTitleWithTail(String title, String head) {
        if (head.length() >= title.length() || !title.startsWith(head)) {
            return false;
        }
        String rest = title.substring(head.length());
        Matcher separator = SITE_SEPARATOR.matcher(rest);
        return separator.lookingAt() && rest.length() - separator.end() <= MAX_SITE_TAIL;
    }

    /** {@code title} without a trailing " | Site" when the tail names the site or is a short marked-off name. */
    static String withoutSiteName(String title, String siteName) {
        Matcher matcher = SITE_SEPARATOR.matcher(title);
        int start = -1;
        int end = -1;
        while (matcher.find()) {
            start = matcher.start();
            end = matcher.end();
        }
        if (start <= 0) {
            return title;
        }
        String head = title.substring(0, start).strip();
        String separator = title.substring(start, end).strip();
        String tail = title.substring(end).strip();
        String siteKey = Texts.key(siteName);
        String tailKey = Texts.key(tail);
        boolean namesSite =
                !siteKey.isEmpty() && !tailKey.isEmpty() && (tailKey.contains(siteKey) || siteKey.contains(tailKey));
        boolean pipedName =
                separator.matches("[|｜ㅣ]") && tail.length() <= SHORT_TAIL && tail.length() * 2 < head.length();
        return namesSite || pipedName ? withoutSiteName(head, siteName) : title;
    }
}
