package org.newsdrift.text.lang;

import java.util.Collection;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;

/**
 * Picks the Lucene analyzer chain for an article's language: English, Korean (Nori), Russian (Snowball), Ukrainian
 * (Morfologik) or, for any other or unknown language, a standard chain without stemming. Every chain keeps entity
 * ids such as {@code kim_jong_un} whole and unchanged, drops terms without a letter and terms shorter than the
 * minimum (in Korean, Hangul terms of two syllables are kept whatever the minimum).
 */
public final class AnalyzerChains {
    private AnalyzerChains() {}

    /**
     * A new analyzer for {@code iso639} (an ISO 639-1 code such as {@code ko}, optionally with a region such as
     * {@code ko-KR}; null, blank and {@code und} give the standard chain). The caller closes it.
     *
     * @param extraStopWords stop words added to the chain's own (for English, the configured news boilerplate)
     * @param keywords entity ids: never stemmed, stopped, split or dropped for length
     */
    public static Analyzer forLanguage(
            String iso639, Collection<String> extraStopWords, Collection<String> keywords, int minTokenLength) {
        if (minTokenLength < 1 || minTokenLength > TermShapeFilter.MAX_TERM_LENGTH) {
            throw new IllegalArgumentException(
                    "Cannot build an analyzer: the minimum term length must be between 1 and "
                            + TermShapeFilter.MAX_TERM_LENGTH + " (" + minTokenLength + ")");
        }
        return switch (languageOf(iso639)) {
            case "en" -> new EnglishChain(extraStopWords, keywords, minTokenLength);
            case "ko" -> new KoreanChain(extraStopWords, keywords, minTokenLength);
            case "ru" -> new RussianChain(extraStopWords, keywords, minTokenLength);
            case "uk" -> new UkrainianChain(extraStopWords, keywords, minTokenLength);
            default -> new StandardChain(extraStopWords, keywords, minTokenLength);
        };
    }

    /** Which chain {@code iso639} gets: {@code en}, {@code ko}, {@code ru}, {@code uk} or {@code und}; a cache key. */
    public static String chainKey(String iso639) {
        String language = languageOf(iso639);
        return switch (language) {
            case "en", "ko", "ru", "uk" -> language;
            default -> "und";
        };
    }

    /** The lower-case language part of a tag: {@code "ko-KR"} and {@code "KO"} are {@code "ko"}. */
    static String languageOf(String tag) {
        if (tag == null) {
            return "und";
        }
        String language = tag.strip().toLowerCase(Locale.ROOT);
        int region = language.indexOf('-') >= 0 ? language.indexOf('-') : language.indexOf('_');
        return region >= 0 ? language.substring(0, region) : language;
    }
}
