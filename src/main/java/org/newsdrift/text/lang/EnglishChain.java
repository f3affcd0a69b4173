package org.newsdrift.text.lang;

import java.util.Collection;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English: standard tokenizer, possessive removal, lower case, Snowball's English stop words plus news stop-like
 * words and the configured ones, Porter stemming (entity ids exempt), terms with a letter and at least the minimum length.
 */
final class EnglishChain extends Analyzer {
    private final CharArraySet stopWords;
    private final CharArraySet keywords;
    private final int minTokenLength;

    EnglishChain(Collection<String> extraStopWords, Collection<String> keywords, int minTokenLength) {
        this.stopWords = StopLists.snowball("english_stop.txt", NewsStopWords.ENGLISH, extraStopWords);
        this.keywords = new CharArraySet(keywords, false);
        this.minTokenLength = minTokenLength;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream chain = new EnglishPossessiveFilter(source);
        chain = new LowerCaseFilter(chain);
        chain = new SetKeywordMarkerFilter(chain, keywords);
        chain = new KeywordSafeStopFilter(chain, stopWords);
        chain = new PorterStemFilter(chain);
        // After stemming, so that no stem ("gas" -> "ga") is shorter than the minimum.
        chain = new TermShapeFilter(chain, minTokenLength);
        return new TokenStreamComponents(source, chain);
    }
}
