package org.newsdrift.clean.html;

import java.util.regex.Pattern;

/** Small text helpers shared by the extractors (the CJK test by the plain-text page cleaner too). */
public final class Texts {
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]+");

    private Texts() {}

    /** {@code s} with every whitespace run (Unicode spaces included) made one space, stripped; null stays null. */
    static String oneLine(String s) {
        return s == null ? null : SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Length as an amount of reading: a Han, kana or Hangul character carries about three letters' worth. */
    static int weight(String s) {
        int weight = 0;
        for (int i = 0; i < s.length(); i++) {
            weight += isCjk(s.charAt(i)) ? 3 : 1;
        }
        return weight;
    }

    /** Han, kana or Hangul. */
    public static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }

    /** Letters and digits only, lower-cased: for comparing titles and paragraphs whatever their punctuation. */
    static String key(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(s.length());
        s.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase)
                .forEach(key::appendCodePoint);
        return key.toString();
    }
}
