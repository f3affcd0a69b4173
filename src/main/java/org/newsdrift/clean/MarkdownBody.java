package org.newsdrift.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The prose of a Markdown article body as crawlers write it: the leading {@code # headline} (it repeats the title),
 * a {@code **outlet** | date |} line, {@code ---} rules and the crawler's {@code *Crawled at*} / {@code *Source*}
 * footer are dropped; links keep their text and emphasis markers go.
 */
public final class MarkdownBody {
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+.*$");
    private static final Pattern OUTLET_LINE = Pattern.compile("^\\*\\*[^*]+\\*\\*\\s*\\|.*$");
    private static final Pattern RULE = Pattern.compile("^\\s*(?:-{3,}|\\*{3,}|_{3,})\\s*$");
    private static final Pattern CRAWLER_FOOTER = Pattern.compile("^\\*(?:Crawled at|Source):.*\\*\\s*$");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__)(.+?)\\1");

    private MarkdownBody() {}

    public static String strip(String body) {
        if (body == null) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        boolean seenProse = false;
        for (String line : body.split("\\r?\\n", -1)) {
            String trimmed = line.strip();
            boolean leadingHeading = !seenProse && HEADING.matcher(trimmed).matches();
            if (leadingHeading
                    || OUTLET_LINE.matcher(trimmed).matches()
                    || RULE.matcher(trimmed).matches()
                    || CRAWLER_FOOTER.matcher(trimmed).matches()) {
                continue;
            }
            String text = EMPHASIS.matcher(LINK.matcher(line).replaceAll("$1")).replaceAll("$2");
            seenProse |= !text.isBlank();
            kept.add(text);
        }
        return String.join("\n", kept).strip();
    }
}
