package org.newsdrift.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.BitSet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Whether a span of Korean text is a whole word. Korean attaches particles and endings to a noun (러시아와,
 * 북한군) and writes compounds without spaces, so a Hangul alias cannot be matched on spaces; but a plain substring
 * search finds 평양 inside 태평양 (the Pacific) and 러시아 inside 러시아워 (rush hour). Nori's morphological analysis
 * decides: the span is a word when it starts where one of Nori's morphemes starts and ends where one ends, with
 * compounds split into their parts (러시아군 is 러시아 + 군) but dictionary words kept whole (태평양).
 *
 * <p>Only the space-delimited word around the span is analysed, so the cost is a few syllables per candidate.
 */
final class KoreanWords {
    private static final ThreadLocal<KoreanTokenizer> TOKENIZER = ThreadLocal.withInitial(() -> new KoreanTokenizer(
            TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, null, DecompoundMode.DISCARD, false, true));

    private KoreanWords() {}

    /** True when {@code text[start, end)} begins and ends on morpheme boundaries of the word that holds it. */
    static boolean isWhole(CharSequence text, int start, int end) {
        int from = start;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        BitSet starts = new BitSet();
        BitSet ends = new BitSet();
        morphemes(text.subSequence(from, to).toString(), starts, ends);
        return starts.get(start - from) && ends.get(end - from);
    }

    private static void morphemes(String word, BitSet starts, BitSet ends) {
        KoreanTokenizer tokenizer = TOKENIZER.get();
        OffsetAttribute offsets = tokenizer.addAttribute(OffsetAttribute.class);
        try {
            tokenizer.setReader(new StringReader(word));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                starts.set(offsets.startOffset());
                ends.set(offsets.endOffset());
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Nori failed on an in-memory string", e);
        } finally {
            try {
                tokenizer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
