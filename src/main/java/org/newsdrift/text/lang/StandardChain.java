package org.newsdrift.text.lang;

import java.util.Collection;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Any other language, or an unknown one: standard tokenizer, lower case, the given stop words, no stemming, terms
 * with a letter and at least the minimum length.
 */
final class StandardChain extends Analyzer {
    private final CharArraySet stopWords;
    private final CharArraySet keywords;
    private final int minTokenLength;

    StandardChain(Collection<String> extraStopWords, Collection<String> keywords, int minTokenLength) {
        this.stopWords = StopLists.of(extraStopWords);
        this.keywords = new CharArraySet(keywords, false);
        this.minTokenLength = minTokenLength;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream chain = new LowerCaseFilter(source);
        chain = new SetKeywordMarkerFilter(chain, keywords);
        chain = new KeywordSafeStopFilter(chain, stopWords);
        chain = new TermShapeFilter(chain, minTokenLength);
        return new TokenStreamComponents(source, chain);
    }
}
