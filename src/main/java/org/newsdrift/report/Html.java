package org.newsdrift.report;

import java.util.Locale;
import java.util.Optional;

/** Escaping for text and attribute values in HTML and inline SVG; every string from the data goes through it. */
public final class Html {
    private Html() {}

    /** {@code text} with {@code & < > " '} replaced by character references; null becomes the empty string. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters other than tab and newline are not allowed in HTML or XML text.
                    if (c < 0x20 && c != '\t' && c != '\n') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * {@code url} when it is fit for a link's href: an absolute http or https address without spaces or control
     * characters (other schemes, such as javascript:, could run code or open local files). Escape it before use.
     */
    public static Optional<String> httpHref(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String lower = url.toLowerCase(Locale.ROOT);
        boolean web =
                (lower.startsWith("http://") || lower.startsWith("https://")) && url.length() > lower.indexOf("//") + 2;
        boolean clean = url.chars().noneMatch(c -> c <= 0x20 || c == 0x7f);
        return web && clean ? Optional.of(url) : Optional.empty();
    }
}
