package org.newsdrift.text.lang;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Joins tokens of ASCII letters, digits and underscores that touch in the text into one token. Nori's user
 * dictionary matches an entity id inside a longer Latin word ("russian" as {@code russia} + "n"); joined, the word
 * is whole again and is no longer taken for the entity.
 */
final class LatinWordJoinFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private State lookahead;

    LatinWordJoinFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (lookahead != null) {
            restoreState(lookahead);
            lookahead = null;
        } else if (!input.incrementToken()) {
            return false;
        }
        if (!isLatinWord(term)) {
            return true;
        }
        State first = captureState();
        StringBuilder joined = new StringBuilder(term);
        int start = offset.startOffset();
        int end = offset.endOffset();
        while (input.incrementToken()) {
            if (!isLatinWord(term) || offset.startOffset() != end) {
                lookahead = captureState();
                break;
            }
            joined.append(term);
            end = offset.endOffset();
        }
        restoreState(first);
        term.setEmpty().append(joined);
        offset.setOffset(start, end);
        return true;
    }

    private static boolean isLatinWord(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return text.length() > 0;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        lookahead = null;
    }
}
