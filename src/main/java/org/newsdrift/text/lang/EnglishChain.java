package org.newsdrift.text.lang;

import java.util.Collection;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;

/**
 * English: standard tokenizer, possessive removal, lower case, Snowball's English stop words plus news stop-like
 * words and the configured ones, Porter stemming (entity ids exempt), terms with a letter and at least the minimum length.
 */
final class EnglishChain extends StandardTokenizerChain {
    EnglishChain(Collection<String> extraStopWords, Collection<String> keywords, int minTokenLength) {
        super(StopLists.snowball("english_stop.txt", NewsStopWords.ENGLISH, extraStopWords), keywords, minTokenLength);
    }

    @Override
    TokenStream normalise(TokenStream tokens) {
        return new LowerCaseFilter(new EnglishPossessiveFilter(tokens));
    }

    @Override
    TokenStream stem(TokenStream tokens) {
        return new PorterStemFilter(tokens);
    }
}
