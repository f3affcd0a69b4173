package org.newsdrift.clean.html;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The standfirst printed above the body: a text block ahead of the body container that repeats the page's declared
 * description. Sites often set it in the article header, apart from the paragraphs.
 */
final class LedeFinder {
    private static final int MIN_KEY_LENGTH = 30;
    private static final double MAX_LINK_DENSITY = 0.5;

    private LedeFinder() {}

    /** The lede's text, or null when no block before the body repeats a description. */
    static String find(List<TextBlock> blocks, Set<Element> body, List<String> descriptions) {
        for (TextBlock block : blocks) {
            if (body.contains(block.owner())) {
                return null; // only text before the body counts: a match further down is a teaser for another story
            }
            String key = Texts.key(block.text());
            if (key.length() >= MIN_KEY_LENGTH
                    && block.linkDensity() < MAX_LINK_DENSITY
                    && repeatsOne(key, descriptions)) {
                return block.text();
            }
        }
        return null;
    }

    private static boolean repeatsOne(String key, List<String> descriptions) {
        for (String description : descriptions) {
            String wanted = Texts.key(description);
            // Descriptions are often cut short ("..."), and blocks sometimes carry a dateline in front.
            if (wanted.length() >= MIN_KEY_LENGTH
                    && (key.equals(wanted)
                            || key.startsWith(wanted)
                            || wanted.startsWith(key)
                            || key.endsWith(wanted))) {
                return true;
            }
        }
        return false;
    }
}
