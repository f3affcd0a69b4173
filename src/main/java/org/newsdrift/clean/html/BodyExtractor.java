package org.newsdrift.clean.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article body: the page is cleaned of chrome, cut into text blocks, and the element that holds the most
 * paragraph-like text net of link-heavy and scrap text is taken as the body; its paragraph blocks are kept.
 */
final class BodyExtractor {
    private static final int PARAGRAPH_WEIGHT = 80;
    private static final double MAX_PARAGRAPH_LINK_DENSITY = 0.3;
    private static final double MAX_KEPT_LINK_DENSITY = 0.5;
    private static final int MAX_ANCESTORS = 400;
    private static final int TEMPLATE_WEIGHT = 200;
    private static final int DOMINANT_SHARE = 3;
    private static final Set<String> CONTENT_TAGS =
            Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "td");

    private BodyExtractor() {}

    /**
     * The body paragraphs of {@code doc}, which is modified (chrome removed).
     *
     * @param declared what the page declares about itself, to tell the body from the headline and find its lede
     */
    static List<String> extract(Document doc, Declared declared) {
        Set<String> headlineKeys = new HashSet<>();
        declared.headlines().forEach(h -> headlineKeys.add(Texts.key(h)));
        Element root = doc.body();
        BoilerplateCleaner.clean(root);
        List<TextBlock> blocks = BlockSegmenter.segment(root);
        Element container = container(blocks, root);
        Set<Element> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        inside.addAll(container.getAllElements());
        Map<String, Integer> copies = new HashMap<>();
        blocks.forEach(b -> copies.merge(b.text(), 1, Integer::sum));
        List<TextBlock> kept = new ArrayList<>();
        for (TextBlock block : blocks) {
            // Short texts printed more than once on a page are template: promotions, widget labels, "save for later".
            boolean template = copies.get(block.text()) > 1 && block.weight() < TEMPLATE_WEIGHT;
            if (inside.contains(block.owner())
                    && keep(block)
                    && !template
                    && !headlineKeys.contains(Texts.key(block.text()))) {
                kept.add(block);
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (TextBlock block : withoutTail(kept)) {
            paragraphs.add(block.text());
        }
        paragraphs = ArticleBodyFilter.filter(paragraphs, declared.articleBody());
        String lede = LedeFinder.find(blocks, inside, declared.descriptions());
        if (lede != null && !headlineKeys.contains(Texts.key(lede))) {
            paragraphs.add(0, lede);
        }
        return paragraphs;
    }

    /** The page's own statements about its article: headlines, summaries and the JSON-LD body, each maybe absent. */
    record Declared(List<String> headlines, List<String> descriptions, String articleBody) {}

    private static Element container(List<TextBlock> blocks, Element root) {
        // Insertion order makes ties go to the deepest element first seen, whatever the hash codes.
        Map<Element, Integer> score = new LinkedHashMap<>();
        Map<Element, Integer> blocksIn = new IdentityHashMap<>();
        for (TextBlock block : blocks) {
            int delta = isParagraph(block) ? block.weight() : -block.weight();
            Element e = block.owner();
            for (int up = 0; e != null && up < MAX_ANCESTORS; up++, e = e.parent()) {
                score.merge(e, delta, Integer::sum);
                blocksIn.merge(e, 1, Integer::sum);
            }
        }
        Element best = root;
        int bestScore = Integer.MIN_VALUE;
        for (Map.Entry<Element, Integer> entry : score.entrySet()) {
            if (entry.getValue() > bestScore) {
                best = entry.getKey();
                bestScore = entry.getValue();
            }
        }
        // A body is more than one paragraph: one long paragraph among short ones must not win alone.
        while (blocksIn.getOrDefault(best, 0) <= 1 && best.parent() != null) {
            best = best.parent();
        }
        return firstOfSeveralStories(best, score.getOrDefault(best, bestScore), score);
    }

    /**
     * The first story when the best element holds several substantial {@code <article>}s: pages that load the next
     * story as the reader scrolls put it after the requested one.
     */
    private static Element firstOfSeveralStories(Element best, int bestScore, Map<Element, Integer> score) {
        List<Element> stories = new ArrayList<>();
        for (Element article : best.select("article")) {
            boolean outermost =
                    article.parents().stream().takeWhile(p -> p != best).noneMatch(p -> p.nameIs("article"));
            if (article != best && outermost && score.getOrDefault(article, 0) * 5 >= bestScore) {
                stories.add(article);
            }
        }
        return stories.size() >= 2 ? stories.get(0) : best;
    }

    /**
     * The blocks up to the last one whose parent is of a kind (tag and class) that holds a good share of the
     * paragraphs: what follows (author notes, teasers, sign-up prompts) sits in boxes of other kinds.
     */
    private static List<TextBlock> withoutTail(List<TextBlock> blocks) {
        Map<String, Integer> weightByKind = new HashMap<>();
        int total = 0;
        for (TextBlock block : blocks) {
            if (isParagraph(block)) {
                weightByKind.merge(parentKind(block), block.weight(), Integer::sum);
                total += block.weight();
            }
        }
        int last = blocks.size() - 1;
        while (last >= 0 && weightByKind.getOrDefault(parentKind(blocks.get(last)), 0) * DOMINANT_SHARE < total) {
            last--;
        }
        return last < 0 ? blocks : blocks.subList(0, last + 1);
    }

    /** The tag and class of a block's parent: a body split into sections repeats one kind of parent. */
    private static String parentKind(TextBlock block) {
        Element parent = block.owner().parent();
        return parent == null ? "" : parent.normalName() + "." + parent.className();
    }

    private static boolean isParagraph(TextBlock block) {
        return block.weight() >= PARAGRAPH_WEIGHT && block.linkDensity() < MAX_PARAGRAPH_LINK_DENSITY;
    }

    private static boolean keep(TextBlock block) {
        if (block.linkDensity() > MAX_KEPT_LINK_DENSITY || block.owner().nameIs("h1")) {
            return false;
        }
        return isParagraph(block) || CONTENT_TAGS.contains(block.tag());
    }
}
