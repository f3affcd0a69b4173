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
 * The chain of the languages that Lucene's standard tokenizer splits well: the tokens, normalised as the language
 * needs, entity ids marked, stop words dropped, then the language's stemmer and the term shape filter. A language
 * states only its stop words and the two stages that differ: {@link #normalise} and {@link #stem}.
 */
abstract class StandardTokenizerChain extends Analyzer {
    private final CharArraySet stopWords;
    private final CharArraySet keywords;
    private final int minTokenLength;

    StandardTokenizerChain(CharArraySet stopWords, Collection<String> keywords, int minTokenLength) {
        this.stopWords = stopWords;
        this.keywords = new CharArraySet(keywords, false);
        this.minTokenLength = minTokenLength;
    }

    @Override
    protected final TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        // Marked after normalising, so that an entity id matches whatever case the article writes it in.
        TokenStream chain = new SetKeywordMarkerFilter(normalise(source), keywords);
        chain = new KeywordSafeStopFilter(chain, stopWords);
        // The term shape after stemming, so that no stem ("gas" -> "ga") is shorter than the minimum.
        chain = new TermShapeFilter(stem(chain), minTokenLength);
        return new TokenStreamComponents(source, chain);
    }

    /** The tokens as the stop words and the stemmer expect them: lower case, unless a language says more. */
    TokenStream normalise(TokenStream tokens) {
        return new LowerCaseFilter(tokens);
    }

    /** The language's stemmer, which must leave marked entity ids alone; none unless a language has one. */
    TokenStream stem(TokenStream tokens) {
        return tokens;
    }
}
