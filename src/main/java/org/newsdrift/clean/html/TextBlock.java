package org.newsdrift.clean.html;

import org.jsoup.nodes.Element;

/**
 * A run of text between two block-level boundaries of a page, with the element that holds it and how many of its
 * characters are link text.
 */
record TextBlock(Element owner, String text, int linkChars) {

    /** Share of the text that sits inside links, 0 to 1. */
    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }

    /** Length as an amount of reading (see {@link Texts#weight}). */
    int weight() {
        return Texts.weight(text);
    }

    String tag() {
        return owner.normalName();
    }
}
