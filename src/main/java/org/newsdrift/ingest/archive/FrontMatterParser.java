package org.newsdrift.ingest.archive;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Markdown document into flat YAML front matter and body. The subset read, which is what crawlers write:
 *
 * <ul>
 *   <li>the document starts with a {@code ---} line (after an optional byte order mark) and the front matter ends at
 *       the next {@code ---} line; {@code \r\n} and {@code \r} line endings are read as {@code \n};
 *   <li>each line is {@code key: value} at column 0 (keys of letters, digits, {@code _ . -}), a {@code #} comment,
 *       blank, or indented; keys are unique;
 *   <li>values are strings, never typed: {@code 001} stays {@code "001"}, {@code null} stays {@code "null"}, and a
 *       key with no value is {@code ""};
 *   <li>double-quoted values take YAML's escapes ({@code \" \\ \/ \n \t \r \0 \a \b \e \f \v \N \_ \L \P}, escaped
 *       space and tab, {@code \xXX \\uXXXX \UXXXXXXXX}); single-quoted values take {@code ''} for a quote; both must
 *       close on their own line, followed by nothing but a comment;
 *   <li>a plain value ends at a {@code " #"} comment and keeps a {@code ": "} inside it (YAML would refuse it;
 *       crawlers write unquoted titles such as {@code Putin: talks}); it continues on indented lines (spaces or
 *       tabs, though YAML allows only spaces), folded as YAML folds them: lines joined by one space, a blank line
 *       between two as a line break.
 * </ul>
 *
 * Not read, and reported as errors naming the line: flow collections ({@code [ ] { }}), block scalars
 * ({@code | >}), sequences, anchors, aliases, tags, multi-line quoted values, quoted keys. Indented lines are read as
 * text continuing the value above, never as a nested mapping.
 */
public final class FrontMatterParser {
    private static final String DELIMITER = "---";
    private static final Pattern KEY_LINE =
            Pattern.compile("([A-Za-z0-9_][A-Za-z0-9_.-]*)[ \\t]*:(?:[ \\t]+(.*)|[ \\t]*)");
    private static final String UNSUPPORTED_STARTS = "[]{}|>&*!%@`";
    private static final int MAX_LINE_IN_MESSAGE = 80;

    private FrontMatterParser() {}

    /**
     * Parses {@code document}.
     *
     * @throws FrontMatterException when there is no front matter or it is outside the subset read
     */
    public static FrontMatterDocument parse(String document) {
        String text = document.startsWith("\uFEFF") ? document.substring(1) : document;
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        int lineEnd = text.indexOf('\n');
        String first = lineEnd < 0 ? text : text.substring(0, lineEnd);
        if (!first.stripTrailing().equals(DELIMITER)) {
            throw new FrontMatterException("Cannot parse front matter: the document does not start with a '---' line "
                    + "(line 1: " + excerpt(first) + ")");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        PlainValue open = null;
        int lineNumber = 1;
        int start = lineEnd + 1;
        while (lineEnd >= 0 && start <= text.length()) {
            lineNumber++;
            lineEnd = text.indexOf('\n', start);
            String line = lineEnd < 0 ? text.substring(start) : text.substring(start, lineEnd);
            if (line.stripTrailing().equals(DELIMITER)) {
                close(open, fields);
                return new FrontMatterDocument(fields, lineEnd < 0 ? "" : text.substring(lineEnd + 1));
            }
            if (line.isBlank()) {
                if (open != null) {
                    open.blankLine();
                }
            } else if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                if (open == null) {
                    throw error("an indented line continues no plain value", lineNumber, line);
                }
                open.continueWith(stripComment(line.strip()));
            } else if (line.charAt(0) != '#') {
                close(open, fields);
                open = keyLine(line, lineNumber, fields);
            }
            start = lineEnd + 1;
        }
        throw new FrontMatterException("Cannot parse front matter: no closing '---' line after the opening one ("
                + (lineNumber) + " lines read)");
    }

    /** Reads a {@code key: value} line; returns the value when it is plain and may continue on later lines. */
    private static PlainValue keyLine(String line, int lineNumber, Map<String, String> fields) {
        Matcher m = KEY_LINE.matcher(line.stripTrailing());
        if (!m.matches()) {
            throw error("expected 'key: value'", lineNumber, line);
        }
        String key = m.group(1);
        if (fields.containsKey(key)) {
            throw error("the key '" + key + "' appears twice", lineNumber, line);
        }
        String raw = m.group(2) == null ? "" : m.group(2).strip();
        if (raw.startsWith("\"") || raw.startsWith("'")) {
            fields.put(key, QuotedValues.unquote(raw, key, lineNumber, line));
            return null;
        }
        if (!raw.isEmpty()
                && (UNSUPPORTED_STARTS.indexOf(raw.charAt(0)) >= 0 || raw.equals("-") || raw.startsWith("- "))) {
            throw error(
                    "the value of '" + key + "' is YAML this parser does not read (flow collection, block scalar, "
                            + "sequence, anchor, alias, tag or reserved character)",
                    lineNumber,
                    line);
        }
        PlainValue value = new PlainValue(key);
        value.continueWith(stripComment(raw));
        return value;
    }

    private static void close(PlainValue open, Map<String, String> fields) {
        if (open != null) {
            fields.put(open.key, open.text.toString());
        }
    }

    private static String stripComment(String plain) {
        if (plain.startsWith("#")) {
            return "";
        }
        for (int i = 1; i < plain.length(); i++) {
            if (plain.charAt(i) == '#' && (plain.charAt(i - 1) == ' ' || plain.charAt(i - 1) == '\t')) {
                return plain.substring(0, i).stripTrailing();
            }
        }
        return plain;
    }

    static FrontMatterException error(String why, int lineNumber, String line) {
        return new FrontMatterException(
                "Cannot parse front matter: " + why + " (line " + lineNumber + ": " + excerpt(line) + ")");
    }

    private static String excerpt(String line) {
        String shown = line.length() <= MAX_LINE_IN_MESSAGE ? line : line.substring(0, MAX_LINE_IN_MESSAGE) + "\u2026";
        return "\"" + shown + "\"";
    }

    /** A plain value being folded: lines join with a space, and each blank line between two becomes a line break. */
    private static final class PlainValue {
        private final String key;
        private final StringBuilder text = new StringBuilder();
        private int blanks;

        PlainValue(String key) {
            this.key = key;
        }

        void blankLine() {
            blanks++;
        }

        void continueWith(String part) {
            if (part.isEmpty()) {
                return;
            }
            if (text.length() > 0) {
                text.append(blanks > 0 ? "\n".repeat(blanks) : " ");
            }
            text.append(part);
            blanks = 0;
        }
    }
}
