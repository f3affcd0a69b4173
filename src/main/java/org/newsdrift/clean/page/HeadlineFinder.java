package org.newsdrift.clean.page;

import java.io.Serializable;
import java.util.List;
import java.util.OptionalInt;

/**
 * Finds the headline of a page: the nearest heading above the body, looking past chrome (bylines, captions, tags)
 * but not past prose, which would mean the heading belongs to something else.
 */
public final class HeadlineFinder implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Headlines run from two words ("Putin visits") to this many. */
  static final int MAX_HEADLINE_WORDS = 30;
  private static final int MIN_HEADLINE_WORDS = 2;
  /** How many non-blank lines above the body are searched. */
  private static final int MAX_LINES_ABOVE = 8;

  /** The index of the headline line of {@code page}, whose body starts at {@code bodyFirst}. */
  public OptionalInt find(List<ClassifiedLine> page, int bodyFirst) {
    int looked = 0;
    for (int i = bodyFirst - 1; i >= 0 && looked < MAX_LINES_ABOVE; i--) {
      ClassifiedLine line = page.get(i);
      if (line.kind() == LineKind.BLANK) {
        continue;
      }
      looked++;
      if (line.kind() == LineKind.PROSE) {
        return OptionalInt.empty();
      }
      if (line.kind() == LineKind.HEADING) {
        int words = ChromeLineClassifier.words(line.text());
        return words >= MIN_HEADLINE_WORDS && words <= MAX_HEADLINE_WORDS ? OptionalInt.of(i) : OptionalInt.empty();
      }
    }
    return OptionalInt.empty();
  }
}
