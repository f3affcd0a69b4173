package org.newsdrift.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits an article into the sentences relevance is judged on: its title, then its text's sentences. */
final class ArticleSentences {
    // A full stop after a lone capital ("D.P.R.K. and", "U.S. forces") ends an abbreviation, not a sentence, and so
    // does one after a short capitalised word before a number ("on Oct. 31", "School No. 1").
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\u3002\uff01\uff1f])(?<![\\s.]\\p{Lu}\\.)"
            + "(?:(?<![\\s(]\\p{Lu}\\p{Ll}{1,3}\\.)\\s+|\\s++(?!\\d))|\\n+"
            // Korean news text often runs sentences together: 말했다.이어
            + "|(?<=\\p{IsHangul}[.!?])(?=[\\p{L}\\[(\"'\u201c\u2018])");
    /** Letters and digits a title needs before a text opening with it counts as repeating it. */
    private static final int MIN_TITLE_LETTERS = 10;

    private ArticleSentences() {}

    /**
     * The title, then the sentences of the text after its dateline, leaving out credit lines, "sentences" without a
     * letter or digit, and the title again where the text opens with it (a Telegram post's first line is its title).
     */
    static List<String> of(String title, String text) {
        List<String> out = new ArrayList<>();
        if (title != null && !title.isBlank()) {
            out.add(title.strip());
        }
        String body = afterTitle(Datelines.strip(text), title);
        if (body != null) {
            for (String sentence : SENTENCE_END.split(body)) {
                if (sentence.codePoints().anyMatch(Character::isLetterOrDigit) && !Datelines.isCredit(sentence)) {
                    out.add(sentence.strip());
                }
            }
        }
        return out;
    }

    /**
     * {@code text} after the title it opens with, comparing letters and digits only ("**Title**" opens with "Title");
     * the whole text when it does not.
     */
    static String afterTitle(String text, String title) {
        if (text == null || title == null) {
            return text;
        }
        int at = 0;
        int matched = 0;
        for (int i = 0; i < title.length(); i++) {
            char wanted = title.charAt(i);
            if (!Character.isLetterOrDigit(wanted)) {
                continue;
            }
            while (at < text.length() && !Character.isLetterOrDigit(text.charAt(at))) {
                at++;
            }
            if (at == text.length() || text.charAt(at) != wanted) {
                return text;
            }
            at++;
            matched++;
        }
        return matched < MIN_TITLE_LETTERS ? text : text.substring(at);
    }
}
