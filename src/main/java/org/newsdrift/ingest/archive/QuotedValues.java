package org.newsdrift.ingest.archive;

/** Reads YAML single- and double-quoted scalars that open and close on one line. */
final class QuotedValues {

    private QuotedValues() {}

    /** Unquotes {@code raw}, which starts with its quote; what follows the closing quote may only be a comment. */
    static String unquote(String raw, String key, int lineNumber, String line) {
        char quote = raw.charAt(0);
        StringBuilder out = new StringBuilder(raw.length());
        int i = 1;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == quote) {
                if (quote == '\'' && i + 1 < raw.length() && raw.charAt(i + 1) == '\'') {
                    out.append('\'');
                    i += 2;
                    continue;
                }
                String rest = raw.substring(i + 1).strip();
                if (!rest.isEmpty() && !rest.startsWith("#")) {
                    throw FrontMatterParser.error("text after the closing quote of '" + key + "'", lineNumber, line);
                }
                return out.toString();
            }
            if (c == '\\' && quote == '"') {
                i = escape(raw, i, out, key, lineNumber, line);
            } else {
                out.append(c);
                i++;
            }
        }
        throw FrontMatterParser.error(
                "the quoted value of '" + key + "' does not close on its line "
                        + "(multi-line quoted values are not read)",
                lineNumber,
                line);
    }

    /** Appends the escape starting at the backslash {@code raw[at]}; returns the index after it. */
    private static int escape(String raw, int at, StringBuilder out, String key, int lineNumber, String line) {
        if (at + 1 >= raw.length()) {
            throw FrontMatterParser.error(
                    "the quoted value of '" + key + "' does not close on its line "
                            + "(multi-line quoted values are not read)",
                    lineNumber,
                    line);
        }
        char e = raw.charAt(at + 1);
        String simple = simpleEscape(e);
        if (simple != null) {
            out.append(simple);
            return at + 2;
        }
        int digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : -1;
        if (digits < 0) {
            throw FrontMatterParser.error(
                    "unknown escape '\\" + e + "' in the value of '" + key + "'", lineNumber, line);
        }
        int end = at + 2 + digits;
        String hex = end <= raw.length() ? raw.substring(at + 2, end) : "";
        if (!hex.matches("[0-9A-Fa-f]{" + digits + "}")) {
            throw FrontMatterParser.error(
                    "escape '\\" + e + "' needs " + digits + " hex digits in the value of '" + key + "'",
                    lineNumber,
                    line);
        }
        long codePoint = Long.parseLong(hex, 16);
        if (codePoint > Character.MAX_CODE_POINT) {
            throw FrontMatterParser.error(
                    "escape '\\" + e + hex + "' is beyond Unicode in the value of '" + key + "'", lineNumber, line);
        }
        out.appendCodePoint((int) codePoint);
        return end;
    }

    private static String simpleEscape(char e) {
        switch (e) {
            case '0':
                return "\0";
            case 'a':
                return "\u0007";
            case 'b':
                return "\b";
            case 't':
            case '\t':
                return "\t";
            case 'n':
                return "\n";
            case 'v':
                return "\u000B";
            case 'f':
                return "\f";
            case 'r':
                return "\r";
            case 'e':
                return "\u001B";
            case ' ':
                return " ";
            case '"':
                return "\"";
            case '/':
                return "/";
            case '\\':
                return "\\";
            case 'N':
                return "\u0085";
            case '_':
                return "\u00A0";
            case 'L':
                return "\u2028";
            case 'P':
                return "\u2029";
            default:
                return null;
        }
    }
}
