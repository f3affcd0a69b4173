package org.newsdrift.clean.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The {@code <meta>} tags of a page (by lower-cased name, property or itemprop; first value wins) and its JSON-LD
 * article objects, read once and shared by the extractors.
 */
final class PageMetadata {
    private final Map<String, String> meta;
    private final List<JsonLdArticle> articles;

    private PageMetadata(Map<String, String> meta, List<JsonLdArticle> articles) {
        this.meta = meta;
        this.articles = articles;
    }

    static PageMetadata of(Document doc) {
        Map<String, String> meta = new LinkedHashMap<>();
        for (Element tag : doc.select("meta[content]")) {
            String content = tag.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : List.of("property", "name", "itemprop", "http-equiv")) {
                String name = tag.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    meta.putIfAbsent(name, content);
                }
            }
        }
        return new PageMetadata(meta, JsonLdArticle.readAll(doc));
    }

    /** The content of the first of {@code names} the page has, or null. */
    String first(String... names) {
        for (String name : names) {
            String value = meta.get(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The page's declared summaries (Open Graph, meta and Twitter descriptions), entities decoded. */
    List<String> descriptions() {
        List<String> descriptions = new ArrayList<>();
        for (String name : List.of("og:description", "description", "twitter:description")) {
            String description = first(name);
            if (description != null) {
                descriptions.add(Parser.unescapeEntities(description, false));
            }
        }
        return descriptions;
    }

    /** JSON-LD objects typed as articles, in page order. */
    List<JsonLdArticle> articles() {
        return articles;
    }

    /** The first non-blank value of {@code field} over the JSON-LD articles, or null. */
    String fromArticles(Function<JsonLdArticle, String> field) {
        for (JsonLdArticle article : articles) {
            String value = field.apply(article);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
