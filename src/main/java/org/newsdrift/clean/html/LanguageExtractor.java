package org.newsdrift.clean.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/** The declared language of a page as a lower-cased primary subtag ("en", "ko"), from {@code <html lang>},
 * {@code og:locale} or {@code content-language}; null when none is declared. */
final class LanguageExtractor {
    private static final Pattern PRIMARY = Pattern.compile("[a-z]{2,3}");

    private LanguageExtractor() {}

    static String extract(Document doc, PageMetadata meta) {
        String[] declared = {
            doc.select("html[lang]").attr("lang"), doc.select("html[xml:lang]").attr("xml:lang"),
            meta.first("og:locale"), meta.first("content-language", "language", "dc.language")
        };
        for (String value : declared) {
            String primary = primarySubtag(value);
            if (primary != null) {
                return primary;
            }
        }
        return null;
    }

    /** "en" for "en-GB", "EN_us" or "en"; null for anything that is not a language tag. */
    static String primarySubtag(String tag) {
        if (tag == null) {
            return null;
        }
        String first = tag.strip().split("[-_,;\\s]", 2)[0].toLowerCase(Locale.ROOT);
        return PRIMARY.matcher(first).matches() ? first : null;
    }
}
