package org.newsdrift.text.lang;

import java.util.List;
import org.newsdrift.config.BundledList;

/**
 * Built-in news boilerplate per language: bylines, agency names, copyright notices and reporting verbs that occur in
 * almost every article and so say nothing about its subject. English boilerplate is configured instead
 * ({@code text.extra_stop_words}). Entries are lower case and are matched against the term as the chain's stop
 * filter sees it (Korean: a Nori morpheme; Russian: a lower-cased word before stemming; Ukrainian: a lower-cased
 * word before lemmatising). Each list is a UTF-8 resource beside this class, one entry a line, {@code #} for comments.
 */
public final class NewsStopWords {
    /**
     * English words that rank high in news without saying what it is about: numbers, ordinals and units written out
     * ("two", "76th" is dropped by shape), modal and light verbs ("will", "made", "given", "back"), and vague
     * adjectives ("new"). Lucene's Snowball list has only function words; these come on top, as the word forms the
     * stop filter sees before stemming.
     */
    public static final List<String> ENGLISH = load("news-stop-words-english.txt");

    /** Korean bylines and notices ("기자", "무단 전재 및 재배포 금지", "사진 제공") as Nori splits them into morphemes. */
    public static final List<String> KOREAN = load("news-stop-words-korean.txt");

    /**
     * The Korean entries that Nori would split into smaller morphemes (연합뉴스 into 연합 + 뉴스, and 연합 is a real word):
     * the Korean chain adds them to Nori's user dictionary so they stay whole and their stop word can match.
     */
    public static final List<String> KOREAN_COMPOUNDS = load("news-stop-words-korean-compounds.txt");

    /** Russian reporting verbs, agencies and site furniture, as inflected words (stop words run before stemming). */
    public static final List<String> RUSSIAN = load("news-stop-words-russian.txt");

    /** Ukrainian reporting verbs, agencies and site furniture, as inflected words (stop words run before lemmatising). */
    public static final List<String> UKRAINIAN = load("news-stop-words-ukrainian.txt");

    private NewsStopWords() {}

    private static List<String> load(String resource) {
        return BundledList.read(NewsStopWords.class, resource, "news stop words");
    }
}
