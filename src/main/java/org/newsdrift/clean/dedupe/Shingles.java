package org.newsdrift.clean.dedupe;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word k-shingles of a normalised text: NFKC, lower case, words are runs of Unicode letters and digits. Han,
 * Hiragana and Katakana characters are one token each, because Chinese and Japanese are written without spaces,
 * so there the shingles are character k-grams; Hangul stays word-based because Korean is written with spaces.
 * A text with fewer than k tokens (but at least one) has one shingle, all its tokens.
 */
public final class Shingles {
    public static final int DEFAULT_SIZE = 5;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** The UTF-8 of the space that joins a shingle's tokens. */
    private static final byte[] SEPARATOR = {' '};

    private Shingles() {}

    /** The tokens of {@code text} after normalisation, in order; empty for null or blank text. */
    public static List<String> tokens(String text) {
        return tokens(text, true);
    }

    /**
     * The tokens of {@code text} as written (NFKC, case kept), in order: where capitals are kept, the tokens {@link
     * #tokens} would give, for telling names apart.
     */
    public static List<String> casedTokens(String text) {
        return tokens(text, false);
    }

    private static List<String> tokens(String text, boolean lowerCase) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        normal = lowerCase ? normal.toLowerCase(Locale.ROOT) : normal;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < normal.length(); ) {
            int cp = normal.codePointAt(i);
            i += Character.charCount(cp);
            if (isUnspacedScript(cp)) {
                flush(word, tokens);
                tokens.add(new String(Character.toChars(cp)));
            } else if (Character.isLetterOrDigit(cp) || isCombiningMark(cp) && word.length() > 0) {
                word.appendCodePoint(cp);
            } else {
                flush(word, tokens);
            }
        }
        flush(word, tokens);
        return tokens;
    }

    /** The distinct shingles of {@code text} as strings (tokens joined by one space), in order of first use. */
    public static List<String> of(String text, int size) {
        requireSize(size);
        List<String> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return List.of();
        }
        int count = Math.max(1, tokens.size() - size + 1);
        Set<String> shingles = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            shingles.add(String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + size))));
        }
        return List.copyOf(shingles);
    }

    /**
     * The sorted, distinct 32-bit hashes of the shingles of {@code text}: the set that {@link Jaccard} compares. Each
     * is {@link #hash} of the shingle string of {@link #of}, computed over the tokens' UTF-8 bytes and the separating
     * spaces without building that string.
     */
    public static int[] hashes(String text, int size) {
        requireSize(size);
        return Arrays.stream(positions(tokens(text), size)).sorted().distinct().toArray();
    }

    /**
     * The hash of the shingle starting at each token of {@code tokens} (lower-case, as {@link #tokens} gives them), in
     * order and with repeats: the shingle at position {@code i} covers tokens {@code i} to {@code i + size - 1}. Fewer
     * tokens than {@code size} (but at least one) make one shingle of all of them.
     */
    public static int[] positions(List<String> tokens, int size) {
        requireSize(size);
        if (tokens.isEmpty()) {
            return new int[0];
        }
        byte[][] utf8 = new byte[tokens.size()][];
        for (int i = 0; i < utf8.length; i++) {
            utf8[i] = tokens.get(i).getBytes(StandardCharsets.UTF_8);
        }
        int count = Math.max(1, utf8.length - size + 1);
        int[] hashes = new int[count];
        for (int i = 0; i < count; i++) {
            long h = FNV_OFFSET;
            for (int j = i, end = Math.min(utf8.length, i + size); j < end; j++) {
                h = fnv1a64(j > i ? fnv1a64(h, SEPARATOR) : h, utf8[j]);
            }
            hashes[i] = fold(h);
        }
        return hashes;
    }

    /** 64-bit FNV-1a of the UTF-8 bytes, folded to 32 bits; stable across JVMs, unlike {@link String#hashCode}. */
    public static int hash(String shingle) {
        return fold(fnv1a64(shingle));
    }

    static long fnv1a64(String s) {
        return fnv1a64(FNV_OFFSET, s.getBytes(StandardCharsets.UTF_8));
    }

    /** FNV-1a state {@code h} carried on over {@code bytes}. */
    private static long fnv1a64(long h, byte[] bytes) {
        for (byte b : bytes) {
            h = (h ^ (b & 0xff)) * FNV_PRIME;
        }
        return h;
    }

    private static int fold(long h) {
        return (int) (h ^ (h >>> 32));
    }

    /** Maps shingle hashes to sorted distinct indices in {@code [0, 2^bits)}, the positions of a sparse vector. */
    public static int[] indices(int[] hashes, int bits) {
        int mask = (1 << bits) - 1;
        return Arrays.stream(hashes).map(h -> h & mask).sorted().distinct().toArray();
    }

    static void requireSize(int size) {
        if (size < 1 || size > 50) {
            throw new IllegalArgumentException(
                    "Cannot shingle: the shingle size must be 1 to 50 tokens (" + size + ")");
        }
    }

    static boolean isUnspacedScript(int cp) {
        // Quick answers for the code points most text is made of: nothing below U+2E80 (CJK radicals) and no Hangul
        // syllable is Han, Hiragana or Katakana; the rest asks the Unicode script table.
        if (cp < 0x2E80 || cp >= 0xAC00 && cp <= 0xD7A3) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private static boolean isCombiningMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (word.length() > 0) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }
}
