package org.newsdrift.text.lang;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Keeps a term only when it has a letter and its length in code points lies in the allowed range; terms in Hangul
 * have their own minimum. Keywords (entity ids) are always kept.
 */
final class TermShapeFilter extends FilteringTokenFilter {
  static final int MAX_TERM_LENGTH = 40;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final int minLength;
  private final int minHangulLength;

  TermShapeFilter(TokenStream in, int minLength, int minHangulLength) {
    super(in);
    this.minLength = minLength;
    this.minHangulLength = minHangulLength;
  }

  TermShapeFilter(TokenStream in, int minLength) {
    this(in, minLength, minLength);
  }

  @Override
  protected boolean accept() {
    if (keyword.isKeyword()) {
      return true;
    }
    boolean letter = false;
    boolean hangul = false;
    int length = 0;
    for (int i = 0; i < term.length(); i += Character.charCount(Character.codePointAt(term, i))) {
      int cp = Character.codePointAt(term, i);
      letter |= Character.isLetter(cp);
      hangul |= Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL;
      length++;
    }
    return letter && length >= (hangul ? minHangulLength : minLength) && length <= MAX_TERM_LENGTH;
  }
}
