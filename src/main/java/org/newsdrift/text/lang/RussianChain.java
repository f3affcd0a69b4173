package org.newsdrift.text.lang;

import java.util.Collection;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Russian: standard tokenizer, lower case, Snowball's Russian stop words plus news boilerplate, Snowball Russian
 * stemming (entity ids exempt), terms with a letter and at least the minimum length.
 */
final class RussianChain extends StandardTokenizerChain {
    RussianChain(Collection<String> extraStopWords, Collection<String> keywords, int minTokenLength) {
        super(StopLists.snowball("russian_stop.txt", NewsStopWords.RUSSIAN, extraStopWords), keywords, minTokenLength);
    }

    @Override
    TokenStream normalise(TokenStream tokens) {
        return new YoToYeFilter(new LowerCaseFilter(tokens));
    }

    /**
     * Snowball rather than the light stemmer: news Russian is verb-heavy ("подписал", "подписали", "подписание"), and
     * the light stemmer only strips noun and adjective endings.
     */
    @Override
    TokenStream stem(TokenStream tokens) {
        return new SnowballFilter(tokens, new RussianStemmer());
    }
}
