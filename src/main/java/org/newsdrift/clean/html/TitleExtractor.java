package org.newsdrift.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The article's headline: the JSON-LD headline, else the Open Graph title, the first {@code <h1>}, the Twitter
 * title or the {@code <title>}, with a trailing " | Site" cut off.
 */
final class TitleExtractor {
  private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·:»]\\s+|\\s*[｜|：ㅣ]\\s*");
  private static final int MAX_SITE_TAIL = 60;
  private static final int SHORT_TAIL = 30;

  private TitleExtractor() {}

  static String extract(Document doc, PageMetadata meta) {
    List<String> candidates = candidates(doc, meta);
    if (candidates.isEmpty()) {
      return null;
    }
    String title = candidates.get(0);
    for (String other : candidates) {
      if (isTitleWithTail(title, other)) {
        return other;
      }
    }
    return withoutSiteName(title, meta.first("og:site_name", "application-name"));
  }

  /** Every headline the page declares, best first: JSON-LD, Open Graph, first h1, Twitter, {@code <title>}. */
  static List<String> candidates(Document doc, PageMetadata meta) {
    List<String> candidates = new ArrayList<>();
    add(candidates, meta.fromArticles(JsonLdArticle::headline));
    add(candidates, meta.first("og:title"));
    Element h1 = doc.selectFirst("h1");
    add(candidates, h1 == null ? null : h1.text());
    add(candidates, meta.first("twitter:title"));
    add(candidates, doc.title());
    return candidates;
  }

  private static void add(List<String> titles, String title) {
    // JSON-LD and meta values are sometimes entity-escaped once more than HTML requires.
    String line = title == null ? null : Texts.oneLine(Parser.unescapeEntities(title, false));
    if (line != null && !line.isEmpty()) {
      titles.add(line);
    }
  }

  /** Whether {@code title} is {@code head} followed by a separator and a short tail such as the site's name. */
  private static boolean isTitleWithTail(String title, String head) {
    if (head.length() >= title.length() || !title.startsWith(head)) {
      return false;
    }
    String rest = title.substring(head.length());
    Matcher separator = SITE_SEPARATOR.matcher(rest);
    return separator.lookingAt() && rest.length() - separator.end() <= MAX_SITE_TAIL;
  }

  /** {@code title} without a trailing " | Site" when the tail names the site or is a short marked-off name. */
  static String withoutSiteName(String title, String siteName) {
    Matcher matcher = SITE_SEPARATOR.matcher(title);
    int start = -1;
    int end = -1;
    while (matcher.find()) {
      start = matcher.start();
      end = matcher.end();
    }
    if (start <= 0) {
      return title;
    }
    String head = title.substring(0, start).strip();
    String separator = title.substring(start, end).strip();
    String tail = title.substring(end).strip();
    String siteKey = Texts.key(siteName);
    String tailKey = Texts.key(tail);
    boolean namesSite = !siteKey.isEmpty() && !tailKey.isEmpty()
        && (tailKey.contains(siteKey) || siteKey.contains(tailKey));
    boolean pipedName =
        separator.matches("[|｜ㅣ]") && tail.length() <= SHORT_TAIL && tail.length() * 2 < head.length();
    return namesSite || pipedName ? withoutSiteName(head, siteName) : title;
  }
}
