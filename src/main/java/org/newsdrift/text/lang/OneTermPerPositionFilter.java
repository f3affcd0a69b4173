package org.newsdrift.text.lang;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Keeps the first term at each position and drops the alternatives stacked on it (a lemmatiser's second reading of
 * an ambiguous word), so that every word of the text is counted once.
 */
final class OneTermPerPositionFilter extends TokenFilter {
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private boolean started;

    OneTermPerPositionFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            // A first token with an increment of 0 has nothing before it to be an alternative of.
            if (increment.getPositionIncrement() > 0 || !started) {
                started = true;
                return true;
            }
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        started = false;
    }
}
