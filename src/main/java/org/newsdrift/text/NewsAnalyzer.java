package org.newsdrift.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import java.util.regex.Pattern;

/**
 * The English chain: standard tokenizer, possessive removal, lower case, stop words (Snowball's English list plus the
 * configured news boilerplate), tokens without letters dropped, minimum length, Porter stemming. Subject entity ids
 * such as {@code kim_jong_un} pass through unstemmed.
 */
final class NewsAnalyzer extends Analyzer {
  private static final Pattern NO_LETTER = Pattern.compile("^[^\\p{L}]+$");
  private static final int MAX_TOKEN_LENGTH = 40;

  /** Snowball's English list (174 words), shipped with Lucene; the 33-word default lets "were" and "its" through. */
  private static final CharArraySet SNOWBALL_ENGLISH = loadSnowballEnglish();

  private final CharArraySet stopWords;
  private final CharArraySet keywords;
  private final int minTokenLength;

  NewsAnalyzer(Collection<String> extraStopWords, Collection<String> keywords, int minTokenLength) {
    this.stopWords = new CharArraySet(SNOWBALL_ENGLISH, true);
    this.stopWords.addAll(extraStopWords);
    this.keywords = new CharArraySet(keywords, false);
    this.minTokenLength = minTokenLength;
  }

  private static CharArraySet loadSnowballEnglish() {
    try {
      return WordlistLoader.getSnowballWordSet(
          IOUtils.getDecodingReader(SnowballFilter.class, "english_stop.txt", StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot load Lucene's English stop words (english_stop.txt)", e);
    }
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream chain = new EnglishPossessiveFilter(source);
    chain = new LowerCaseFilter(chain);
    chain = new StopFilter(chain, stopWords);
    chain = new SetKeywordMarkerFilter(chain, keywords);
    chain = new PorterStemFilter(chain);
    // After stemming, so no stem ("gas" -> "ga") is shorter than the minimum. Tokens without letters (numbers,
    // stray punctuation) become empty and fall below it too.
    chain = new PatternReplaceFilter(chain, NO_LETTER, "", true);
    chain = new LengthFilter(chain, minTokenLength, MAX_TOKEN_LENGTH);
    return new TokenStreamComponents(source, chain);
  }
}
