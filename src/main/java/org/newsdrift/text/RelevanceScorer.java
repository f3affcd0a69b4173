package org.newsdrift.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newsdrift.text.AliasMatcher.Mention;

/**
 * Scores an article against the subject. Evidence is a sentence, or the title, that names every alias group (a
 * co-mention); the dateline a wire story opens with and credit lines are never evidence ({@link Datelines}), and a
 * list of three or more names ("Russia, China, Iran and North Korea") is not a co-mention. A title naming one side
 * over a lead naming the other counts as one co-mention. Without a co-mention an article is not relevant, whatever
 * else it names.
 *
 * <p>With one, the score says how much of the article is about the subject: a base of {@value #BASE}, up to
 * {@value #REPEATED} more as co-mentions repeat (full at {@value #FULL_CO_MENTIONS}), up to {@value #COVERAGE} more
 * as the share of sentences naming the less-named side grows (full at a third), and {@value #LEAD} when the title or
 * lead holds a co-mention. One co-mention deep in a long article about something else (a passing mention) stays
 * near the base; the article counts as relevant when its score reaches the subject's {@code min_score}, chosen on
 * the labelled articles of quality/relevance.
 */
public final class RelevanceScorer implements Serializable {
  private static final long serialVersionUID = 2L;
  static final double BASE = 0.5;
  static final double REPEATED = 0.2;
  static final double COVERAGE = 0.3;
  static final double LEAD = 0.1;
  /** Sentences of the text after the title that make its lead. */
  static final int LEAD_SENTENCES = 1;
  /** The score of an article that names every group, but never in one sentence. */
  static final double APART = 0.3;
  /** The score of an article that names some groups only. */
  static final double ONE_SIDE = 0.1;
  static final int FULL_CO_MENTIONS = 3;
  static final double FULL_SHARE = 1 / 3.0;
  // A full stop after a lone capital ("D.P.R.K. and", "U.S. forces") ends an abbreviation, not a sentence.
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.!?\u3002\uff01\uff1f])(?<![\\s.]\\p{Lu}\\.)\\s+|\\n+"
          // Korean news text often runs sentences together: 말했다.이어
          + "|(?<=\\p{IsHangul}[.!?])(?=[\\p{L}\\[(\"'\u201c\u2018])");
  /** What may stand between two names of a list: commas, conjunctions, slashes and middle dots. */
  private static final Pattern LIST_SEPARATOR =
      Pattern.compile("\\s*(?:[,;/\u00b7\u30fb\u3001]|\\s(?:and|or|и|или|та|і|й|및|와|과)\\s)\\s*");
  private static final Pattern HAS_COMMA = Pattern.compile("[,\u3001]");
  private static final int LIST_ITEM_WORDS = 3;
  private static final int MAX_EVIDENCE_CHARS = 400;

  private final AliasMatcher matcher;
  private final double minScore;

  public RelevanceScorer(AliasMatcher matcher, double minScore) {
    this.matcher = matcher;
    this.minScore = minScore;
  }

  public RelevanceResult score(String title, String text) {
    List<String> groups = matcher.groupNames();
    Set<String> entityIds = new TreeSet<>();
    Map<String, Integer> sentencesNaming = new HashMap<>();
    boolean hasTitle = title != null && !title.isBlank();
    List<String> sentences = sentences(title, text);
    int leadEnd = (hasTitle ? 1 : 0) + LEAD_SENTENCES;
    int coMentions = 0;
    boolean inLead = false;
    Set<String> headline = new HashSet<>();
    String evidence = null;
    String fallback = null;
    int fallbackGroups = 0;
    for (int i = 0; i < sentences.size(); i++) {
      String sentence = sentences.get(i);
      List<Mention> mentions = matcher.find(sentence);
      Set<String> here = namedGroups(mentions, groups);
      if (i < leadEnd) {
        headline.addAll(here);
      }
      if (here.isEmpty()) {
        continue;
      }
      mentions.forEach(m -> entityIds.add(m.entityId()));
      here.forEach(g -> sentencesNaming.merge(g, 1, Integer::sum));
      if (here.size() == groups.size() && !onlyInLists(sentence, mentions)) {
        coMentions++;
        inLead |= i < leadEnd;
        evidence = evidence == null ? sentence : evidence;
      } else if (here.size() > fallbackGroups) {
        fallback = sentence;
        fallbackGroups = here.size();
      }
    }
    // A headline naming one side over a lead naming the other states the story as one sentence would.
    if (coMentions == 0 && hasTitle && headline.size() == groups.size()) {
      coMentions = 1;
      inLead = true;
      evidence = sentences.get(0);
    }
    double score;
    if (coMentions > 0) {
      int rarer = groups.stream().mapToInt(g -> sentencesNaming.getOrDefault(g, 0)).min().orElse(0);
      double repeated = Math.min(1.0, (coMentions - 1) / (double) (FULL_CO_MENTIONS - 1));
      double share = Math.min(1.0, rarer / (double) sentences.size() / FULL_SHARE);
      score = Math.min(1.0, BASE + REPEATED * repeated + COVERAGE * share + (inLead ? LEAD : 0));
    } else {
      score = sentencesNaming.size() == groups.size() ? APART : sentencesNaming.isEmpty() ? 0 : ONE_SIDE;
    }
    boolean relevant = coMentions > 0 && score >= minScore;
    return new RelevanceResult(relevant, score, List.copyOf(entityIds), truncate(evidence != null ? evidence : fallback));
  }

  /** The groups the mentions name, a pair naming every group. */
  private static Set<String> namedGroups(List<Mention> mentions, List<String> groups) {
    Set<String> here = new HashSet<>();
    for (Mention mention : mentions) {
      for (String group : groups) {
        if (mention.names(group)) {
          here.add(group);
        }
      }
    }
    return here;
  }

  /**
   * Whether every pair of mentions of different groups in the sentence is two entries of a list of three or more
   * names: only short items and separators between them, at least one of them a comma.
   */
  static boolean onlyInLists(String sentence, List<Mention> mentions) {
    if (mentions.stream().anyMatch(m -> m.group().equals(AliasMatcher.PAIR))) {
      return false;
    }
    for (int i = 0; i < mentions.size(); i++) {
      for (int j = i + 1; j < mentions.size(); j++) {
        Mention a = mentions.get(i);
        Mention b = mentions.get(j);
        if (!a.group().equals(b.group()) && !isListBetween(sentence.substring(a.end(), b.start()))) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isListBetween(String between) {
    if (!HAS_COMMA.matcher(between).find()) {
      return false;
    }
    int items = 0;
    for (String item : LIST_SEPARATOR.split(between, -1)) {
      String words = item.strip();
      if (words.isEmpty()) {
        continue;
      }
      if (words.split("\\s+").length > LIST_ITEM_WORDS) {
        return false;
      }
      items++;
    }
    return items > 0;
  }

  /** The title, then the sentences of the text after its dateline, leaving out credit lines. */
  private static List<String> sentences(String title, String text) {
    List<String> out = new ArrayList<>();
    if (title != null && !title.isBlank()) {
      out.add(title.strip());
    }
    String body = Datelines.strip(text);
    if (body != null) {
      for (String sentence : SENTENCE_END.split(body)) {
        if (!sentence.isBlank() && !Datelines.isCredit(sentence)) {
          out.add(sentence.strip());
        }
      }
    }
    return out;
  }

  private static String truncate(String sentence) {
    if (sentence == null || sentence.length() <= MAX_EVIDENCE_CHARS) {
      return sentence;
    }
    return sentence.substring(0, MAX_EVIDENCE_CHARS - 1) + "\u2026";
  }
}
