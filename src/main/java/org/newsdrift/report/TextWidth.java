package org.newsdrift.report;

import java.util.ArrayList;
import java.util.List;

/**
 * How wide text is drawn in a sans-serif font, estimated per character on the generous side (SVG text cannot be
 * measured without a browser), and text wrapped to a width so that a label is shown whole instead of cut.
 */
final class TextWidth {
    private TextWidth() {}

    /** The estimated width in pixels of {@code text} at {@code fontSize} pixels. */
    static double of(String text, double fontSize) {
        double ems = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            ems += ems(c);
            i += Character.charCount(c);
        }
        return ems * fontSize;
    }

    /**
     * {@code text} in lines no wider than {@code width}: broken between words, and inside a word only when the word
     * alone is wider. Every character of the text is kept; only the spaces where lines break are dropped.
     */
    static List<String> wrap(String text, double width, double fontSize) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (of(candidate, fontSize) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            for (int i = 0; i < word.length(); ) {
                int c = word.codePointAt(i);
                String next = line.toString() + Character.toString(c);
                if (line.length() > 0 && of(next, fontSize) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.appendCodePoint(c);
                i += Character.charCount(c);
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static double ems(int c) {
        if (Character.isIdeographic(c)
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                || (c >= 0xFF01 && c <= 0xFF60)) {
            return 1.0;
        }
        if ("iljtfr.,:;!|'()[] ".indexOf(c) >= 0) {
            return 0.35;
        }
        if (c == 'm' || c == 'w' || c == 'M' || c == 'W' || c == '@' || c == '%') {
            return 0.9;
        }
        if (Character.isUpperCase(c)) {
            return 0.7;
        }
        return 0.6;
    }
}
