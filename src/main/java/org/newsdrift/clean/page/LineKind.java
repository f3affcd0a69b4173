package org.newsdrift.clean.page;

/** What one line of a scraped page is: blank, article prose, a heading, or one kind of page chrome. */
public enum LineKind {
    BLANK,
    /** A sentence-like line: ends like a sentence and is long enough, or is long whatever its ending. */
    PROSE,
    /** A short line that is not chrome: a headline, a subheading, a credit. */
    HEADING,
    /** A short menu item: at most three words and no sentence ending ("Video", "World news"). */
    NAVIGATION,
    /** A line carrying a phrase of {@link ChromePhrases}: skip links, subscribe prompts, audio, comments, share. */
    PHRASE,
    /** A list of menu items or tags ("News Feed, South Korea, Russia", "Home | World | Politics"), or shouting. */
    MENU,
    /** A line that is mostly links or web addresses. */
    LINKS,
    /** An author or publication line ("by Chris York June 20, 2024 2:39 PM", "Author: Chris York"). */
    BYLINE,
    /** A line that is only a time or date, as in the item list of a live news feed ("1:35 AM", "2 hours ago"). */
    TIMESTAMP,
    /** A picture caption or credit ("... (Gavril Grigorov/Pool/AFP via Getty Images)", "Photo: Reuters"). */
    CAPTION,
    /** A cut-off excerpt of another story, ending in an ellipsis. */
    TEASER,
    /** The heading of what follows an article: related stories, more on the topic, readers' comments. */
    SECTION_END;

    /** True for the kinds that are page chrome, never article text. */
    public boolean isChrome() {
        return this != BLANK && this != PROSE && this != HEADING;
    }

    /** True for chrome that publishers drop into the middle of an article, so the article goes on after it. */
    boolean interruptsArticle() {
        return this == PHRASE || this == CAPTION || this == LINKS;
    }
}
