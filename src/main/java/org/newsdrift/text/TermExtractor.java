package org.newsdrift.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.newsdrift.config.SubjectConfig;
import org.newsdrift.config.TextConfig;

/**
 * Turns an article into the terms that TF-IDF and topic models count: subject aliases become their entity id
 * (so "Kim Jong-un" and "Kim Jong Un" are one term, {@code kim_jong_un}), then the English analyzer chain runs.
 * Safe to share between threads: Lucene keeps one token stream per thread.
 */
public final class TermExtractor implements AutoCloseable {
  private final AliasMatcher aliases;
  private final NewsAnalyzer analyzer;

  public TermExtractor(TextConfig config, SubjectConfig subject) {
    this.aliases = new AliasMatcher(subject);
    List<String> entityIds = new ArrayList<>();
    subject.groups().forEach(g -> g.entities().forEach(e -> entityIds.add(e.id())));
    this.analyzer = new NewsAnalyzer(config.extraStopWords(), entityIds, config.minTokenLength());
  }

  /** Terms of the title and text, in reading order; either may be null. */
  public List<String> terms(String title, String text) {
    String joined = (title == null ? "" : title + "\n") + (text == null ? "" : text);
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", aliases.canonicalize(joined))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot tokenise text: the analyzer failed reading a string", e);
    }
    return terms;
  }

  @Override
  public void close() {
    analyzer.close();
  }
}
