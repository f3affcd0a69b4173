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

  private Shingles() {}

  /** The tokens of {@code text} after normalisation, in order; empty for null or blank text. */
  public static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
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

  /** The sorted, distinct 32-bit hashes of the shingles of {@code text}: the set that {@link Jaccard} compares. */
  public static int[] hashes(String text, int size) {
    return of(text, size).stream().mapToInt(Shingles::hash).sorted().distinct().toArray();
  }

  /** 64-bit FNV-1a of the UTF-8 bytes, folded to 32 bits; stable across JVMs, unlike {@link String#hashCode}. */
  public static int hash(String shingle) {
    long h = fnv1a64(shingle);
    return (int) (h ^ (h >>> 32));
  }

  static long fnv1a64(String s) {
    long h = FNV_OFFSET;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= FNV_PRIME;
    }
    return h;
  }

  /** Maps shingle hashes to sorted distinct indices in {@code [0, 2^bits)}, the positions of a sparse vector. */
  public static int[] indices(int[] hashes, int bits) {
    int mask = (1 << bits) - 1;
    return Arrays.stream(hashes).map(h -> h & mask).sorted().distinct().toArray();
  }

  static void requireSize(int size) {
    if (size < 1 || size > 50) {
      throw new IllegalArgumentException("Cannot shingle: the shingle size must be 1 to 50 tokens (" + size + ")");
    }
  }

  private static boolean isUnspacedScript(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
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
