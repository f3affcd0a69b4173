package org.newsdrift.text.lang;

import java.util.Collection;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Russian: standard tokenizer, lower case, Snowball's Russian stop words plus news boilerplate, Snowball Russian
 * stemming (entity ids exempt), terms with a letter and at least the minimum length.
 */
final class RussianChain extends Analyzer {
    private final CharArraySet stopWords;
    private final CharArraySet keywords;
    private final int minTokenLength;

    RussianChain(Collection<String> extraStopWords, Collection<String> keywords, int minTokenLength) {
        this.stopWords = StopLists.snowball("russian_stop.txt", NewsStopWords.RUSSIAN, extraStopWords);
        this.keywords = new CharArraySet(keywords, false);
        this.minTokenLength = minTokenLength;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream chain = new LowerCaseFilter(source);
        chain = new YoToYeFilter(chain);
        chain = new SetKeywordMarkerFilter(chain, keywords);
        chain = new KeywordSafeStopFilter(chain, stopWords);
        // Snowball rather than the light stemmer: news Russian is verb-heavy ("подписал", "подписали", "подписание"),
        // and the light stemmer only strips noun and adjective endings.
        chain = new SnowballFilter(chain, new RussianStemmer());
        chain = new TermShapeFilter(chain, minTokenLength);
        return new TokenStreamComponents(source, chain);
    }
}
