package org.newsdrift.clean.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Splits an element's text into {@link TextBlock}s at every block-level boundary (any element that is not inline
 * text markup, and {@code <br>}), without recursion so that any nesting depth is safe.
 */
final class BlockSegmenter implements NodeVisitor {
    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins",
            "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time",
            "tt", "u", "var", "wbr");

    private final List<TextBlock> blocks = new ArrayList<>();
    private final Deque<Element> open = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int linkDepth;

    private BlockSegmenter() {}

    static List<TextBlock> segment(Element root) {
        BlockSegmenter segmenter = new BlockSegmenter();
        segmenter.open.push(root);
        NodeTraversor.traverse(segmenter, root);
        segmenter.flush();
        return segmenter.blocks;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            String s = textNode.getWholeText();
            text.append(s);
            if (linkDepth > 0) {
                linkChars += Texts.oneLine(s).length();
            }
        } else if (node instanceof Element element) {
            if (element.nameIs("a")) {
                linkDepth++;
            } else if (element.nameIs("br")) {
                flush();
            } else if (!INLINE.contains(element.normalName()) && depth > 0) {
                flush();
                open.push(element);
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element) {
            if (element.nameIs("a")) {
                linkDepth = Math.max(0, linkDepth - 1);
            } else if (!element.nameIs("br") && !INLINE.contains(element.normalName()) && depth > 0) {
                flush();
                if (!open.isEmpty() && open.peek() == element) {
                    open.pop();
                }
            }
        }
    }

    private void flush() {
        String line = Texts.oneLine(text.toString());
        if (!line.isEmpty() && !open.isEmpty()) {
            blocks.add(new TextBlock(open.peek(), line, Math.min(linkChars, line.length())));
        }
        text.setLength(0);
        linkChars = 0;
    }
}
