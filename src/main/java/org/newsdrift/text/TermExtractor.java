package org.newsdrift.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.newsdrift.config.SubjectConfig;
import org.newsdrift.config.TextConfig;
import org.newsdrift.text.lang.AnalyzerChains;

/**
 * Turns an article into the terms that TF-IDF and topic models count: subject aliases become their entity id
 * (so "Kim Jong-un", "김정은" and "Ким Чен Ын" are one term, {@code kim_jong_un}), then the analyzer chain of the
 * article's language runs (English, Korean, Russian, Ukrainian, or a standard fallback; see {@code text.lang}).
 * Safe to share between threads: Lucene keeps one token stream per thread.
 */
public final class TermExtractor implements AutoCloseable {
  private final AliasMatcher aliases;
  private final TextConfig config;
  private final List<String> entityIds;
  private final Map<String, Analyzer> analyzers = new ConcurrentHashMap<>();

  public TermExtractor(TextConfig config, SubjectConfig subject) {
    this.aliases = new AliasMatcher(subject);
    this.config = config;
    List<String> ids = new ArrayList<>();
    subject.groups().forEach(g -> g.entities().forEach(e -> ids.add(e.id())));
    this.entityIds = List.copyOf(ids);
  }

  /** Terms of an English title and text, in reading order; either may be null. */
  public List<String> terms(String title, String text) {
    return terms(title, text, "en");
  }

  /** Terms of the title and text with the analyzer chain of {@code language} (ISO 639-1; others get a fallback). */
  public List<String> terms(String title, String text, String language) {
    String joined = (title == null ? "" : title + "\n") + (text == null ? "" : text);
    Analyzer analyzer = analyzers.computeIfAbsent(AnalyzerChains.chainKey(language), key ->
        AnalyzerChains.forLanguage(key, config.extraStopWords(), entityIds, config.minTokenLength()));
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
    analyzers.values().forEach(Analyzer::close);
  }
}
