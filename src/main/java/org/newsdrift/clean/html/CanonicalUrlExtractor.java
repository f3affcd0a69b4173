package org.newsdrift.clean.html;

import java.net.URI;
import org.jsoup.nodes.Document;

/** The page's canonical address: {@code <link rel=canonical>}, else {@code og:url}, else the address it was
 * fetched from; relative references are resolved against that address. */
final class CanonicalUrlExtractor {
    private CanonicalUrlExtractor() {}

    static String extract(Document doc, PageMetadata meta, String pageUrl) {
        String[] declared = {doc.select("link[rel~=(?i)^canonical$][href]").attr("href"), meta.first("og:url")};
        for (String value : declared) {
            String url = absolute(Texts.oneLine(value), pageUrl);
            if (url != null) {
                return url;
            }
        }
        return pageUrl;
    }

    private static String absolute(String href, String base) {
        if (href == null || href.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(href.replace(" ", "%20"));
            if (uri.isAbsolute()) {
                return uri.getScheme().matches("(?i)https?") ? href : null;
            }
            return base == null
                    ? null
                    : new URI(base.replace(" ", "%20")).resolve(uri).toString();
        } catch (Exception e) {
            return null; // a malformed address is no canonical address
        }
    }
}
