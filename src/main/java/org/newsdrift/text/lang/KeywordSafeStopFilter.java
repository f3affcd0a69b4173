package org.newsdrift.text.lang;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** A stop filter that never removes a keyword, so an entity id such as {@code us} survives an English stop list. */
final class KeywordSafeStopFilter extends StopFilter {
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    KeywordSafeStopFilter(TokenStream in, CharArraySet stopWords) {
        super(in, stopWords);
    }

    @Override
    protected boolean accept() {
        return keyword.isKeyword() || super.accept();
    }
}
