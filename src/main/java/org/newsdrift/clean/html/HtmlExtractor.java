package org.newsdrift.clean.html;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsdrift.ingest.PublicationDate;

/**
 * Extracts the main text and the metadata of a raw news article page: title, body paragraphs, publication day,
 * canonical URL and language. Never executes or fetches anything and never throws: a page it cannot read yields
 * an empty text and nulls.
 */
public final class HtmlExtractor {
    private final DateExtractor dates;

    /** An extractor that rejects implausible publication days ({@link PublicationDate}) as of {@code clock}. */
    public HtmlExtractor(Clock clock) {
        this.dates = new DateExtractor(new PublicationDate(clock));
    }

    /**
     * The article in {@code html}.
     *
     * @param pageUrl where the page was fetched from, or null; used for dates in the path and relative links
     */
    public ExtractedPage extract(String html, String pageUrl) {
        try {
            return extractOrFail(html == null ? "" : html, pageUrl);
        } catch (RuntimeException | StackOverflowError e) {
            // A page that defeats the parser is still one record: it yields nothing rather than stopping a batch.
            return ExtractedPage.empty(pageUrl);
        }
    }

    private ExtractedPage extractOrFail(String html, String pageUrl) {
        Document doc = pageUrl == null ? Jsoup.parse(html) : Jsoup.parse(html, pageUrl);
        PageMetadata meta = PageMetadata.of(doc);
        String title = TitleExtractor.extract(doc, meta);
        String canonical = CanonicalUrlExtractor.extract(doc, meta, pageUrl);
        String language = LanguageExtractor.extract(doc, meta);
        DateExtractor.Dated dated = dates.extract(doc, meta, pageUrl, canonical);
        List<String> headlines = new ArrayList<>(TitleExtractor.candidates(doc, meta));
        headlines.add(title == null ? "" : title);
        // Last: the body extractor removes chrome from the document the other extractors read.
        String text = String.join(
                "\n",
                BodyExtractor.extract(
                        doc,
                        new BodyExtractor.Declared(
                                headlines, meta.descriptions(), meta.fromArticles(JsonLdArticle::articleBody))));
        return new ExtractedPage(
                title,
                text,
                dated == null ? null : dated.day(),
                dated == null ? ExtractedPage.NO_DATE : dated.source(),
                canonical,
                language);
    }
}
