package org.newsdrift.clean;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.newsdrift.clean.html.ExtractedPage;
import org.newsdrift.clean.html.HtmlExtractor;
import org.newsdrift.clean.page.ArticlePageFilter;
import org.newsdrift.clean.page.CleanedPage;
import org.newsdrift.clean.page.TextPageCleaner;
import org.newsdrift.ingest.PublicationDate;
import org.newsdrift.ingest.RawArticle;

/**
 * Finds the article in what ingest read: the main text, title, date and canonical URL of an HTML page, the body of
 * a plain-text page without its chrome (or why it holds no article), the prose of a Markdown body, or a structured
 * record as it is. Then checks the date: an implausible one ({@link PublicationDate}: before 1990 or after tomorrow
 * in UTC) is dropped with a note, and a crawl date stands in only where nothing else gives a date, marked
 * {@code crawl}.
 */
public final class ArticleExtractor implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final ArticlePageFilter ARTICLE_PAGES = new ArticlePageFilter();

    private final Clock clock;
    private final PublicationDate dates;
    private transient HtmlExtractor html;
    private transient TextPageCleaner pages;

    /** An extractor whose latest plausible date ({@link PublicationDate#latest}) comes from {@code clock}. */
    public ArticleExtractor(Clock clock) {
        this.clock = clock;
        this.dates = new PublicationDate(clock);
    }

    /**
     * @param dateNote why a date the input gave was not used, or null
     * @param notAnArticle why a text page holds no article ({@link ArticlePageFilter}), or null
     */
    public record Extracted(
            String title,
            String text,
            String url,
            LocalDate publishedDate,
            String dateSource,
            String declaredLanguage,
            String dateNote,
            String notAnArticle) {}

    public Extracted extract(
            String format,
            String title,
            String text,
            String url,
            LocalDate published,
            String dateSource,
            LocalDate crawlDate) {
        String declaredLanguage = null;
        String notAnArticle = null;
        if (RawArticle.HTML.equals(format)) {
            ExtractedPage page = html().extract(text, url);
            title = page.title();
            text = page.text();
            url = page.canonicalUrl() != null ? page.canonicalUrl() : url;
            published = page.publishedDate();
            dateSource = page.dateSource();
            declaredLanguage = page.language();
        } else if (RawArticle.MARKDOWN.equals(format)) {
            text = MarkdownBody.strip(text);
        } else if (RawArticle.PAGE.equals(format)) {
            CleanedPage page = pages().clean(text);
            notAnArticle = ARTICLE_PAGES.rejection(page).orElse(null);
            title = page.title();
            text = page.text();
            published = page.publishedDate();
            dateSource = page.dateSource();
        }
        String note = null;
        Optional<String> implausible = published == null ? Optional.empty() : dates.implausibility(published);
        if (implausible.isPresent()) {
            note = "implausible " + dateSource + " date " + published + " dropped: " + implausible.get();
            published = null;
            dateSource = "none";
        }
        if (published == null && crawlDate != null) {
            published = crawlDate;
            dateSource = "crawl";
        }
        if (published == null) {
            dateSource = "none";
        }
        return new Extracted(title, text, url, published, dateSource, declaredLanguage, note, notAnArticle);
    }

    private HtmlExtractor html() {
        if (html == null) {
            html = new HtmlExtractor(clock);
        }
        return html;
    }

    private TextPageCleaner pages() {
        if (pages == null) {
            pages = new TextPageCleaner(clock);
        }
        return pages;
    }
}
