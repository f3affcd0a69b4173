package org.newsdrift.ingest;

import java.util.List;

/** What a file or archive entry holds, told by its name (a trailing {@code .gz} is looked through). */
public enum DocumentFormat {
    JSON,
    MARKDOWN,
    HTML,
    TEXT,
    WARC,
    UNSUPPORTED;

    static final List<String> SUPPORTED = List.of(".json", ".jsonl", ".ndjson", ".md", ".html", ".htm", ".txt");

    public static DocumentFormat of(String lowerCaseName) {
        if (lowerCaseName.endsWith(".warc") || lowerCaseName.endsWith(".warc.gz")) {
            return WARC;
        }
        String name =
                lowerCaseName.endsWith(".gz") ? lowerCaseName.substring(0, lowerCaseName.length() - 3) : lowerCaseName;
        if (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JSON;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MARKDOWN;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return HTML;
        }
        if (name.endsWith(".txt")) {
            return TEXT;
        }
        return UNSUPPORTED;
    }
}
