package org.newsdrift.text.lang;

import java.util.Collection;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;

/**
 * Ukrainian: Lucene's Morfologik analyzer (apostrophe and stress normalisation, standard tokenizer, lower case,
 * its Ukrainian stop words plus news boilerplate, dictionary lemmas; entity ids exempt), then one lemma per word,
 * lower case (the dictionary capitalises proper nouns), terms with a letter and at least the minimum length.
 */
final class UkrainianChain extends AnalyzerWrapper {
    private final Analyzer lemmatizer;
    private final int minTokenLength;

    UkrainianChain(Collection<String> extraStopWords, Collection<String> keywords, int minTokenLength) {
        super(Analyzer.PER_FIELD_REUSE_STRATEGY);
        CharArraySet stopWords = StopLists.of(NewsStopWords.UKRAINIAN, extraStopWords);
        stopWords.addAll(UkrainianMorfologikAnalyzer.getDefaultStopwords());
        this.lemmatizer = new UkrainianMorfologikAnalyzer(stopWords, new CharArraySet(keywords, false));
        this.minTokenLength = minTokenLength;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return lemmatizer;
    }

    @Override
    protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        // An ambiguous word gets several lemmas at one position; counting them all would count the word twice.
        TokenStream chain = new OneTermPerPositionFilter(components.getTokenStream());
        chain = new LowerCaseFilter(chain);
        chain = new TermShapeFilter(chain, minTokenLength);
        return new TokenStreamComponents(components.getSource(), chain);
    }

    @Override
    public void close() {
        lemmatizer.close();
        super.close();
    }
}
