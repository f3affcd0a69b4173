package org.newsdrift.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
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
        List<String> terms = new ArrayList<>();
        analyse(title, text, language, (term, surface) -> terms.add(term));
        return terms;
    }

    /**
     * Each term with the lower-cased words it was analysed from ("sanction" from "Sanctions"), in reading order; a
     * subject entity's surface is its id with spaces ("kim jong un").
     */
    public List<Map.Entry<String, String>> termsWithSurfaces(String title, String text, String language) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        analyse(
                title,
                text,
                language,
                (term, surface) -> pairs.add(Map.entry(
                        term, entityIds.contains(term) ? term.replace('_', ' ') : surface.toLowerCase(Locale.ROOT))));
        return pairs;
    }

    /** What is analysed of an article: its title, a line break, its text; either may be null. */
    public static String joined(String title, String text) {
        return (title == null ? "" : title + "\n") + (text == null ? "" : text);
    }

    private void analyse(String title, String text, String language, BiConsumer<String, String> sink) {
        String joined = joined(title, text);
        String canonical = aliases.canonicalize(joined);
        Analyzer analyzer = analyzers.computeIfAbsent(
                AnalyzerChains.chainKey(language),
                key -> AnalyzerChains.forLanguage(key, config.extraStopWords(), entityIds, config.minTokenLength()));
        try (TokenStream stream = analyzer.tokenStream("text", canonical)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int start = Math.max(0, Math.min(offsets.startOffset(), canonical.length()));
                int end = Math.max(start, Math.min(offsets.endOffset(), canonical.length()));
                sink.accept(term.toString(), canonical.substring(start, end));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot tokenise text: the analyzer failed reading a string", e);
        }
    }

    @Override
    public void close() {
        analyzers.values().forEach(Analyzer::close);
    }
}
