package org.newsdrift.clean.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes page chrome before text is measured: invisible and non-text elements, navigation, footers, asides,
 * figures, and elements whose class, id or role names a known kind of chrome (sharing, related stories, comments,
 * cookie banners, bylines, captions), unless such an element plainly holds article paragraphs: class names such as
 * "article-body comments-enabled" or "paywall-container" are common on the article's own wrapper.
 */
final class BoilerplateCleaner {
    private static final String NON_TEXT = "script, style, noscript, template, svg, math, iframe, object, embed, "
            + "canvas, video, audio, picture, img, input, select, textarea, button, option, nav, footer, aside, figure, "
            + "figcaption, dialog, menu, [role~=(?i)^(navigation|banner|contentinfo|complementary|dialog)$]";
    /**
     * Hidden from view (not aria-hidden, which only hides from screen readers and sits on paywalled paragraphs);
     * pages that stream their article in hide it until a script moves it, hence the same guard as for chrome.
     */
    private static final String HIDDEN = "[hidden], [style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden]";
    /** Class, id and role words that name chrome; matched as whole words of those attributes. */
    private static final Set<String> CHROME = Set.of(
            "nav",
            "navbar",
            "navigation",
            "menu",
            "breadcrumb",
            "breadcrumbs",
            "footer",
            "sidebar",
            "share",
            "sharing",
            "social",
            "related",
            "recommended",
            "recommendations",
            "recirculation",
            "promo",
            "advert",
            "advertisement",
            "ad",
            "ads",
            "adslot",
            "banner",
            "popup",
            "modal",
            "byline",
            "author",
            "authors",
            "caption",
            "credit",
            "credits",
            "tags",
            "tag",
            "keywords",
            "pagination",
            "pager",
            "trending",
            "popular",
            "mostread",
            "toolbar",
            "widget",
            "masthead",
            "copyright",
            "disclaimer",
            "rating",
            "poll",
            "survey",
            "newsletter",
            "subscribe",
            "subscription",
            "signup",
            "meta",
            "date",
            "timestamp",
            "dateline",
            "media",
            "image",
            "photo",
            "box",
            "infobox",
            "factbox",
            "expandable",
            "embed",
            "gallery",
            "video",
            "player",
            "skip",
            "teaserlist");
    /** Chrome that may hold long paragraphs of its own (privacy notices, reader comments). */
    private static final Set<String> WORDY_CHROME = Set.of(
            "comment",
            "comments",
            "cookie",
            "cookies",
            "consent",
            "gdpr",
            "onetrust",
            "privacy",
            "outbrain",
            "taboola",
            "disqus");

    private static final Pattern VARIANT = Pattern.compile("\\S*:");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Set<String> STRUCTURE = Set.of("html", "body", "main", "article");
    private static final int FULL_PARAGRAPH_CHARS = 120;
    private static final int PARAGRAPHS_THAT_MAKE_CONTENT = 3;

    private BoilerplateCleaner() {}

    static void clean(Element root) {
        root.select(NON_TEXT).remove();
        Map<Element, Integer> paragraphs = fullParagraphCounts(root);
        int all = paragraphs.getOrDefault(root, 0);
        for (Element element : chromeCandidates(root)) {
            int held = paragraphs.getOrDefault(element, 0);
            // A chrome name on an element holding most of the page's paragraphs is on a wrapper ("l-wrapper gate-ad").
            boolean wrapper = held > 0 && held * 2 > all;
            boolean holdsArticle = held >= PARAGRAPHS_THAT_MAKE_CONTENT && !names(element, WORDY_CHROME);
            if (element.parent() != null && !wrapper && !holdsArticle) {
                element.remove();
            }
        }
    }

    private static List<Element> chromeCandidates(Element root) {
        List<Element> chrome = new ArrayList<>(root.select(HIDDEN));
        for (Element element : root.select("[class], [id], [role]")) {
            if (!STRUCTURE.contains(element.normalName()) && isChrome(element)) {
                chrome.add(element);
            }
        }
        return chrome;
    }

    /** How many full paragraphs each element holds, counted bottom-up in one pass (children follow parents). */
    private static Map<Element, Integer> fullParagraphCounts(Element root) {
        List<Element> all = root.getAllElements();
        Map<Element, Integer> counts = new IdentityHashMap<>(all.size() * 2);
        for (int i = all.size() - 1; i >= 0; i--) {
            Element element = all.get(i);
            String text = element.nameIs("p") ? element.text() : element.ownText();
            int count = text.length() >= FULL_PARAGRAPH_CHARS ? 1 : 0;
            for (Element child : element.children()) {
                count += counts.getOrDefault(child, 0);
            }
            counts.put(element, count);
        }
        return counts;
    }

    static boolean isChrome(Element element) {
        if (names(element, CHROME) || names(element, WORDY_CHROME)) {
            return true;
        }
        String joined = element.className().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")
                + element.id().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return joined.contains("readmore")
                || joined.contains("alsoread")
                || joined.contains("mostread")
                || joined.contains("morestories")
                || joined.contains("relatedarticles")
                || joined.contains("sronly")
                || joined.contains("visuallyhidden");
    }

    /** Whether a word of the element's class, id or role is one of {@code words}. */
    private static boolean names(Element element, Set<String> words) {
        // Utility-class variants ("print:hidden", "dark:text-white") style a state; only the part after them names a
        // role.
        String names = VARIANT.matcher(element.className() + " " + element.id() + " " + element.attr("role"))
                .replaceAll(" ");
        for (String token : TOKEN_SPLIT.split(names)) {
            if (words.contains(token.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
