package org.newsdrift.text.lang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The terms an analyzer gives for a text, in order. */
final class Terms {
    private Terms() {}

    static List<String> of(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    static List<String> of(String language, List<String> keywords, int minTokenLength, String text) {
        try (Analyzer analyzer = AnalyzerChains.forLanguage(language, List.of(), keywords, minTokenLength)) {
            return of(analyzer, text);
        }
    }
}
