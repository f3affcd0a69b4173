package org.newsdrift.clean.page;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the article body out of a classified page: the run of prose blocks worth the most. Chrome and heading lines
 * split the page into blocks of prose, each worth its characters; the lines between two blocks cost a fixed amount
 * each, so a subheading, an ad notice, a gallery or a few related links between two sections of an article cost less
 * than either section is worth and the sections are kept together, while a sidebar or a teaser list far from the
 * article is not worth its gap. A byline or a lone timestamp between two blocks costs most: it mostly starts another
 * item. The run worth the most wins (the best run ending at each block, as in a maximum-sum segment), the earlier one
 * on a tie.
 */
public final class BodySelector implements Serializable {
    private static final long serialVersionUID = 1L;
    /** A caption or picture credit between two blocks costs this many prose characters: galleries sit inside articles. */
    static final long CAPTION_COST = 10;
    /** An ad notice, a "Related:" line, a links line or a teaser between two blocks: articles carry them inline. */
    static final long INLINE_COST = 25;
    /** A subheading, or any short line that is no menu item. */
    static final long HEADING_COST = 40;
    /** A menu item or a list of them. */
    static final long NAVIGATION_COST = 60;
    /** A byline or a lone timestamp mostly starts another item (a feed, a teaser card); only a long article goes on. */
    static final long BYLINE_COST = 300;
    /** A block joins the article only when it brings this many prose characters more than its gap costs. */
    static final long JOIN_MARGIN = 100;

    /** The lines kept as the body: a span of the page, with its prose and its headings. */
    public record Body(int first, int last, List<Integer> lines) {
        public Body {
            lines = List.copyOf(lines);
        }

        static final Body NONE = new Body(-1, -1, List.of());

        public boolean isEmpty() {
            return lines.isEmpty();
        }
    }

    private record Block(int first, int last, long proseChars) {}

    /** The body of {@code page}; {@link Body#isEmpty()} when the page has no prose line. */
    public Body select(List<ClassifiedLine> page) {
        List<Block> blocks = proseBlocks(page);
        if (blocks.isEmpty()) {
            return Body.NONE;
        }
        // The best run ending at each block: that block alone, or the best run ending at the previous one with its gap
        // paid, when that brings more than a short line's worth; a teaser next to the article is not worth joining.
        long bestValue = Long.MIN_VALUE;
        int bestFirst = 0;
        int bestLast = 0;
        long runValue = 0;
        int runFirst = 0;
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            long carried = b == 0 ? Long.MIN_VALUE : runValue - gapCost(page, blocks.get(b - 1), block);
            if (carried >= JOIN_MARGIN) {
                runValue = carried + block.proseChars();
            } else {
                runValue = block.proseChars();
                runFirst = b;
            }
            if (runValue > bestValue) {
                bestValue = runValue;
                bestFirst = runFirst;
                bestLast = b;
            }
        }
        int first = blocks.get(bestFirst).first();
        int last = blocks.get(bestLast).last();
        List<Integer> kept = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            LineKind kind = page.get(i).kind();
            if (kind == LineKind.PROSE || kind == LineKind.HEADING) {
                kept.add(i);
            }
        }
        return new Body(first, last, kept);
    }

    /** What one line between two blocks costs, in prose characters. */
    static long lineCost(LineKind kind) {
        return switch (kind) {
            case BLANK, PROSE -> 0;
            case CAPTION -> CAPTION_COST;
            case PHRASE, LINKS, TEASER -> INLINE_COST;
            case HEADING -> HEADING_COST;
            case NAVIGATION, MENU -> NAVIGATION_COST;
            case BYLINE, TIMESTAMP, SECTION_END -> BYLINE_COST;
        };
    }

    /** Runs of blank and prose lines, each cut to its first and last prose line; runs without prose are dropped. */
    private static List<Block> proseBlocks(List<ClassifiedLine> page) {
        List<Block> blocks = new ArrayList<>();
        int first = -1;
        int last = -1;
        long chars = 0;
        for (int i = 0; i <= page.size(); i++) {
            LineKind kind = i < page.size() ? page.get(i).kind() : LineKind.NAVIGATION;
            if (kind.isChrome() || kind == LineKind.HEADING) {
                if (first >= 0) {
                    blocks.add(new Block(first, last, chars));
                }
                first = -1;
                chars = 0;
            } else if (kind == LineKind.PROSE) {
                if (first < 0) {
                    first = i;
                }
                last = i;
                String text = page.get(i).text();
                chars += text.codePointCount(0, text.length());
            }
        }
        return blocks;
    }

    /** What keeping the lines between {@code previous} and {@code next} costs. */
    private static long gapCost(List<ClassifiedLine> page, Block previous, Block next) {
        long cost = 0;
        for (int i = previous.last() + 1; i < next.first(); i++) {
            LineKind kind = page.get(i).kind();
            cost += lineCost(page.get(i).kind());
        }
        return cost;
    }
}
