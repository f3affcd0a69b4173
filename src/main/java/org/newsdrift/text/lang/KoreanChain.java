package org.newsdrift.text.lang;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;

/**
 * Korean: Nori morphological analysis with compounds replaced by their parts, particles, endings and other
 * function morphemes dropped by part of speech, Hanja read as Hangul, Latin lower-cased, news boilerplate removed;
 * terms in Hangul need two syllables (a two-syllable word such as 조약 or 북한 is a full word), others the minimum.
 * Entity ids (and boilerplate compounds such as 연합뉴스) are entries of Nori's user dictionary, so that it reads
 * {@code kim_jong_un} as one noun instead of {@code kim}, {@code jong}, {@code un}.
 */
final class KoreanChain extends Analyzer {
    /** The shortest Hangul term kept: most Sino-Korean nouns have two syllables. */
    static final int MIN_HANGUL_LENGTH = 2;
    /** Unknown words whole: with unigrams Nori spells a Latin word such as "Korea" one letter at a time. */
    private static final boolean OUTPUT_UNKNOWN_UNIGRAMS = false;

    private static final boolean DISCARD_PUNCTUATION = true;

    /** Nori's default function-morpheme tags plus numerals (NR: 하나, 둘째), which say nothing about a subject. */
    private static final Set<POS.Tag> STOP_TAGS = stopTags();

    private final UserDictionary wholeWords;
    private final CharArraySet stopWords;
    private final CharArraySet keywords;
    private final int minTokenLength;

    KoreanChain(Collection<String> extraStopWords, Collection<String> keywords, int minTokenLength) {
        List<String> entries = new ArrayList<>(keywords);
        entries.addAll(NewsStopWords.KOREAN_COMPOUNDS);
        this.wholeWords = userDictionary(entries);
        this.stopWords = StopLists.of(NewsStopWords.KOREAN, extraStopWords);
        this.keywords = new CharArraySet(keywords, false);
        this.minTokenLength = minTokenLength;
    }

    /** Nori's user dictionary of words to keep whole; one per line, and a line is cut at its first space. */
    private static UserDictionary userDictionary(Collection<String> words) {
        StringBuilder lines = new StringBuilder();
        for (String word : new TreeSet<>(words)) {
            if (!word.isBlank() && word.strip().indexOf(' ') < 0) {
                lines.append(word.strip()).append('\n');
            }
        }
        try {
            return UserDictionary.open(new StringReader(lines.toString()));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(
                    "Cannot build the Korean analyzer: Nori rejects the entity ids as a user dictionary (" + words
                            + ")",
                    e);
        }
    }

    private static Set<POS.Tag> stopTags() {
        Set<POS.Tag> tags = EnumSet.copyOf(KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS);
        tags.add(POS.Tag.NR);
        return Set.copyOf(tags);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        // DISCARD, not MIXED: MIXED stacks the compound on its parts, so one word would count two or three times in
        // TF-IDF and would tie the compound to its parts in the topic model.
        Tokenizer source = new KoreanTokenizer(
                TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
                wholeWords,
                DecompoundMode.DISCARD,
                OUTPUT_UNKNOWN_UNIGRAMS,
                DISCARD_PUNCTUATION);
        TokenStream chain = new LatinWordJoinFilter(source);
        chain = new KoreanPartOfSpeechStopFilter(chain, STOP_TAGS);
        chain = new KoreanReadingFormFilter(chain);
        chain = new LowerCaseFilter(chain);
        chain = new SetKeywordMarkerFilter(chain, keywords);
        chain = new KeywordSafeStopFilter(chain, stopWords);
        chain = new TermShapeFilter(chain, minTokenLength, Math.min(MIN_HANGUL_LENGTH, minTokenLength));
        return new TokenStreamComponents(source, chain);
    }
}
