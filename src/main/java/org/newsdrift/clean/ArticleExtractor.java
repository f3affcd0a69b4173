package org.newsdrift.clean;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.newsdrift.clean.html.ExtractedPage;
import org.newsdrift.clean.html.HtmlExtractor;
import org.newsdrift.clean.page.ArticlePageFilter;
import org.newsdrift.clean.page.CleanedPage;
import org.newsdrift.clean.page.TextPageCleaner;

/**
 * Finds the article in what ingest read: the main text, title, date and canonical URL of an HTML page, the body of
 * a plain-text page without its chrome (or why it holds no article), the prose of a Markdown body, or a structured record as it is. Then checks the date: one before 1990 or
 * after tomorrow (UTC) is dropped with a note, and a crawl date stands in only where nothing else gives a date,
 * marked {@code crawl}.
 */
public final class ArticleExtractor implements Serializable {
  private static final long serialVersionUID = 1L;
  static final LocalDate EARLIEST_PLAUSIBLE = LocalDate.of(1990, 1, 1);
  private static final ArticlePageFilter ARTICLE_PAGES = new ArticlePageFilter();

  private final Clock clock;
  private transient HtmlExtractor html;
  private transient TextPageCleaner pages;

  public ArticleExtractor(Clock clock) {
    this.clock = clock;
  }

  public ArticleExtractor() {
    this(Clock.systemUTC());
  }

  /**
   * @param dateNote why a date the input gave was not used, or null
   * @param notAnArticle why a text page holds no article ({@link ArticlePageFilter}), or null
   */
  public record Extracted(String title, String text, String url, LocalDate publishedDate, String dateSource,
      String declaredLanguage, String dateNote, String notAnArticle) {}

  public Extracted extract(String format, String title, String text, String url, LocalDate published,
      String dateSource, LocalDate crawlDate) {
    String declaredLanguage = null;
    String notAnArticle = null;
    if ("html".equals(format)) {
      ExtractedPage page = html().extract(text, url);
      title = page.title();
      text = page.text();
      url = page.canonicalUrl() != null ? page.canonicalUrl() : url;
      published = page.publishedDate();
      dateSource = page.dateSource();
      declaredLanguage = page.language();
    } else if ("markdown".equals(format)) {
      text = MarkdownBody.strip(text);
    } else if ("page".equals(format)) {
      CleanedPage page = pages().clean(text);
      notAnArticle = ARTICLE_PAGES.rejection(page).orElse(null);
      title = page.title();
      text = page.text();
      published = page.publishedDate();
      dateSource = page.dateSource();
    }
    String note = null;
    LocalDate latest = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
    if (published != null && (published.isBefore(EARLIEST_PLAUSIBLE) || published.isAfter(latest))) {
      note = "implausible " + dateSource + " date " + published + " dropped: "
          + (published.isBefore(EARLIEST_PLAUSIBLE) ? "before " + EARLIEST_PLAUSIBLE : "after " + latest);
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
