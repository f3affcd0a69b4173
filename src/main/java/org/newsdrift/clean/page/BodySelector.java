package org.newsdrift.clean.page;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the article body out of a classified page: the largest coherent block of prose. Chrome and heading lines
 * split the page into blocks, each cut to the span from its first to its last prose line. Neighbouring blocks are
 * joined when only an ad, a "Related:" line or a picture credit stands between them, since articles carry those
 * inline, or when a single heading, menu-like short line or shouted line does (with at most as many of those inline
 * lines) and both sides are sections of some length (a subheading, not a headline after a sidebar item). The block with the most prose characters wins, the earlier one on a tie.
 */
public final class BodySelector implements Serializable {
  private static final long serialVersionUID = 1L;
  /** At most this many inline chrome lines may interrupt an article before the rest counts as another block. */
  static final int MAX_INTERRUPTION_LINES = 2;
  /** Blocks on both sides of a subheading have at least this many prose characters; sidebar items have fewer. */
  static final int MIN_SECTION_CHARS = 200;
  /**
   * Between two sections of an article, at most this many short lines: a subheading, the two or three links to
   * related stories, or a picture with its caption, credit and viewer buttons that publishers set between paragraphs.
   */
  static final int MAX_GAP_LINES = 8;

  /** The lines kept as the body: a span of the page, with its prose and its headings. */
  public record Body(int first, int last, List<Integer> lines) {
    public Body {
      lines = List.copyOf(lines);
    }

    static final Body NONE = new Body(-1, -1, List.of());

    public boolean isEmpty() {
      return lines.isEmpty();
    }
  }

  private record Block(int first, int last, long proseChars) {}

  /** The body of {@code page}; {@link Body#isEmpty()} when the page has no prose line. */
  public Body select(List<ClassifiedLine> page) {
    List<Block> blocks = join(page, proseBlocks(page));
    Block best = null;
    for (Block block : blocks) {
      if (best == null || block.proseChars() > best.proseChars()) {
        best = block;
      }
    }
    if (best == null) {
      return Body.NONE;
    }
    List<Integer> kept = new ArrayList<>();
    for (int i = best.first(); i <= best.last(); i++) {
      LineKind kind = page.get(i).kind();
      if (kind == LineKind.PROSE || kind == LineKind.HEADING) {
        kept.add(i);
      }
    }
    return new Body(best.first(), best.last(), kept);
  }

  /** Runs of blank and prose lines, each cut to its first and last prose line; runs without prose are dropped. */
  private static List<Block> proseBlocks(List<ClassifiedLine> page) {
    List<Block> blocks = new ArrayList<>();
    int first = -1;
    int last = -1;
    long chars = 0;
    for (int i = 0; i <= page.size(); i++) {
      LineKind kind = i < page.size() ? page.get(i).kind() : LineKind.NAVIGATION;
      if (kind.isChrome() || kind == LineKind.HEADING) {
        if (first >= 0) {
          blocks.add(new Block(first, last, chars));
        }
        first = -1;
        chars = 0;
      } else if (kind == LineKind.PROSE) {
        if (first < 0) {
          first = i;
        }
        last = i;
        String text = page.get(i).text();
        chars += text.codePointCount(0, text.length());
      }
    }
    return blocks;
  }

  private static List<Block> join(List<ClassifiedLine> page, List<Block> blocks) {
    List<Block> joined = new ArrayList<>();
    for (Block block : blocks) {
      Block previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (previous != null && continues(page, previous, block)) {
        joined.set(joined.size() - 1,
            new Block(previous.first(), block.last(), previous.proseChars() + block.proseChars()));
      } else {
        joined.add(block);
      }
    }
    return joined;
  }

  /** True when {@code next} goes on with the article of {@code previous}, judging by the lines between them. */
  private static boolean continues(List<ClassifiedLine> page, Block previous, Block next) {
    int interruptions = 0;
    int headings = 0;
    for (int i = previous.last() + 1; i < next.first(); i++) {
      LineKind kind = page.get(i).kind();
      if (kind == LineKind.HEADING || kind == LineKind.NAVIGATION || kind == LineKind.MENU) {
        headings++; // a menu item or a shouted line alone between two sections is a subheading ("Rodong Sinmun")
      } else if (kind.interruptsArticle() || kind == LineKind.TEASER) {
        interruptions++; // an ellipsis ends suspense in prose too, not only cut-off teasers
      } else if (kind != LineKind.BLANK) {
        return false; // a byline or a timestamp starts another item
      }
    }
    if (headings == 0 && interruptions <= MAX_INTERRUPTION_LINES) {
      return true;
    }
    // A picture gallery, a subheading or a few links to related stories between two sections of some length.
    return headings + interruptions <= MAX_GAP_LINES
        && previous.proseChars() >= MIN_SECTION_CHARS && next.proseChars() >= MIN_SECTION_CHARS;
  }
}
