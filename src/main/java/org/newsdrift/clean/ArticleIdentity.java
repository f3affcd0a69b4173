package org.newsdrift.clean;

import java.util.Locale;
import java.util.regex.Pattern;
import org.newsdrift.ingest.Sha256;

/**
 * Stable identities. {@code content_hash} hashes the text with case and spacing folded, so exact copies match;
 * {@code article_id} hashes source and URL (or source, title and content when there is no URL), so the same
 * article read again, on any night, gets the same id.
 */
public final class ArticleIdentity {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int HEX_CHARS = 32;

    private ArticleIdentity() {}

    public static String contentHash(String normalizedText) {
        return sha256(WHITESPACE
                .matcher(normalizedText.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip());
    }

    public static String articleId(String source, String url, String title, String contentHash) {
        return url != null && !url.isBlank()
                ? sha256("url\u0000" + source + "\u0000" + url.strip())
                : sha256("content\u0000" + source + "\u0000" + (title == null ? "" : title) + "\u0000" + contentHash);
    }

    private static String sha256(String s) {
        return Sha256.hex(s).substring(0, HEX_CHARS);
    }
}
