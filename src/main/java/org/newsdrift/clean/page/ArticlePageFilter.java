package org.newsdrift.clean.page;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a cleaned text page holds a news article. A saved news page is the article's body inside page
 * chrome: the body is a block of paragraphs of some length, and however heavy the chrome, a real part of the page.
 * A licence, a manual or a changelog saved as {@code .txt} gives the cleaner no such block: what it keeps is a
 * stray paragraph, a sliver of a long text. Such a page is rejected as {@code not_an_article} rather than stored
 * as a short, misleading article.
 */
public final class ArticlePageFilter implements Serializable {
    private static final long serialVersionUID = 1L;
    /** A few sentences; shorter bodies are teasers, notices or stray paragraphs. */
    public static final int MIN_BODY_CHARS = 200;
    /** Chrome rarely outweighs the article more than thirty times, even on portal pages with long feeds. */
    public static final double MIN_BODY_SHARE = 0.03;

    /** Why {@code page} is not an article, for the reject's detail; empty when it is one. */
    public Optional<String> rejection(CleanedPage page) {
        int body = page.text().codePointCount(0, page.text().length());
        if (body < MIN_BODY_CHARS) {
            return Optional.of(String.format(
                    Locale.ROOT,
                    "no article found: the largest block of prose holds %d characters of the page's %d; an article body "
                            + "holds at least %d",
                    body,
                    page.pageChars(),
                    MIN_BODY_CHARS));
        }
        if (body < MIN_BODY_SHARE * page.pageChars()) {
            return Optional.of(String.format(
                    Locale.ROOT,
                    "no article found: the largest block of prose holds %d characters, %.2f%% of the page's %d; an article "
                            + "body is at least %.0f%% of its page",
                    body,
                    Math.floor(10_000.0 * body / page.pageChars()) / 100,
                    page.pageChars(),
                    100 * MIN_BODY_SHARE));
        }
        return Optional.empty();
    }
}
