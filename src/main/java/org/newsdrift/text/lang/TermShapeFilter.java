package org.newsdrift.text.lang;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Keeps a term only when it starts with a letter, goes on with letters, the marks some scripts combine with them,
 * digits, underscores or an apostrophe inside a Cyrillic word (Ukrainian "об'єкт"), and its length in code points lies
 * in the allowed range; terms in Hangul have their own minimum. Keywords (entity ids) are always kept. A leading
 * digit marks a number, a measure or an ordinal ("2024", "4kg", "76th"); other punctuation inside a term marks an
 * abbreviation or a scraping artefact ("c.c", "d'affair"): none of them is a subject a reader looks for. Codes
 * that start with a letter ("g20") stay.
 */
final class TermShapeFilter extends FilteringTokenFilter {
    static final int MAX_TERM_LENGTH = 40;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final int minLength;
    private final int minHangulLength;

    TermShapeFilter(TokenStream in, int minLength, int minHangulLength) {
        super(in);
        this.minLength = minLength;
        this.minHangulLength = minHangulLength;
    }

    TermShapeFilter(TokenStream in, int minLength) {
        this(in, minLength, minLength);
    }

    @Override
    protected boolean accept() {
        if (keyword.isKeyword()) {
            return true;
        }
        if (term.length() == 0 || !Character.isLetter(Character.codePointAt(term, 0))) {
            return false;
        }
        boolean hangul = false;
        int length = 0;
        for (int i = 0; i < term.length(); i += Character.charCount(Character.codePointAt(term, i))) {
            int cp = Character.codePointAt(term, i);
            if (!wordPart(cp) && !(cp == '\'' && cyrillic(i - 1) && cyrillic(i + 1))) {
                return false;
            }
            hangul |= Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL;
            length++;
        }
        return length >= (hangul ? minHangulLength : minLength) && length <= MAX_TERM_LENGTH;
    }

    private static boolean wordPart(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp)
                || cp == '_'
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private boolean cyrillic(int index) {
        return index >= 0
                && index < term.length()
                && Character.UnicodeScript.of(term.charAt(index)) == Character.UnicodeScript.CYRILLIC;
    }
}
