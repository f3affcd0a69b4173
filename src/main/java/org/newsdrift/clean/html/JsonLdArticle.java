package org.newsdrift.clean.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The fields of one schema.org article object found in a page's {@code application/ld+json} scripts; objects typed
 * as a kind of article come first, plain web pages after them.
 */
record JsonLdArticle(String headline, String datePublished, String articleBody, String url, String inLanguage) {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final int MAX_NODES = 20_000;

    static List<JsonLdArticle> readAll(Document doc) {
        List<JsonLdArticle> articles = new ArrayList<>();
        List<JsonLdArticle> pages = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data().strip());
            } catch (Exception | StackOverflowError e) {
                continue; // broken JSON-LD is common; the page's other signals still count
            }
            collect(root, articles, pages);
        }
        articles.addAll(pages);
        return articles;
    }

    private static void collect(JsonNode root, List<JsonLdArticle> articles, List<JsonLdArticle> pages) {
        // Walked with an explicit stack: JSON-LD nests (@graph, mainEntity, arrays) and pages may nest it deeply.
        Deque<JsonNode> stack = new ArrayDeque<>();
        stack.push(root);
        int visited = 0;
        while (!stack.isEmpty() && visited++ < MAX_NODES) {
            JsonNode node = stack.pop();
            if (node.isArray()) {
                for (int i = node.size() - 1; i >= 0; i--) {
                    stack.push(node.get(i));
                }
            } else if (node.isObject()) {
                String type = types(node.get("@type"));
                if (type.matches(".*(article|blogposting|report|claimreview)\\b.*")) {
                    articles.add(of(node));
                } else if (type.contains("webpage")) {
                    pages.add(of(node));
                }
                for (String child : List.of("@graph", "mainEntity", "mainEntityOfPage", "hasPart")) {
                    if (node.has(child) && node.get(child).isContainerNode()) {
                        stack.push(node.get(child));
                    }
                }
            }
        }
    }

    private static JsonLdArticle of(JsonNode node) {
        return new JsonLdArticle(
                text(node.get("headline")),
                text(node.get("datePublished")),
                text(node.get("articleBody")),
                text(node.get("url")),
                language(node.get("inLanguage")));
    }

    private static String types(JsonNode type) {
        if (type == null) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        if (type.isArray()) {
            type.forEach(t -> all.append(t.asText()).append(' '));
        } else {
            all.append(type.asText());
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }

    private static String text(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isArray()) {
            return value.isEmpty() ? null : text(value.get(0));
        }
        if (value.isObject()) {
            return text(value.has("@value") ? value.get("@value") : value.get("@id"));
        }
        String s = value.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String language(JsonNode value) {
        if (value != null && value.isObject()) {
            return text(value.has("alternateName") ? value.get("alternateName") : value.get("name"));
        }
        return text(value);
    }
}
