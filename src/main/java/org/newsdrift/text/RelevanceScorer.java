package org.newsdrift.text;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newsdrift.text.AliasMatcher.Mention;

/**
 * Scores an article against the subject: relevant when every alias group is mentioned. The score rewards
 * co-mention inside one sentence (0.3) and repeated mention of the least-mentioned group (0.2, saturating at
 * three mentions) on top of a base of 0.5.
 */
public final class RelevanceScorer implements Serializable {
  private static final long serialVersionUID = 1L;
  // A full stop after a lone capital ("D.P.R.K. and", "U.S. forces") ends an abbreviation, not a sentence.
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.!?\u3002\uff01\uff1f])(?<![\\s.]\\p{Lu}\\.)\\s+|\\n+");
  private static final int MAX_EVIDENCE_CHARS = 400;
  private static final int SATURATING_MENTIONS = 3;

  private final AliasMatcher matcher;

  public RelevanceScorer(AliasMatcher matcher) {
    this.matcher = matcher;
  }

  public RelevanceResult score(String title, String text) {
    Map<String, Integer> mentionsPerGroup = new HashMap<>();
    Set<String> entityIds = new TreeSet<>();
    String best = null;
    int bestGroups = 0;
    int bestMentions = 0;
    boolean coMentioned = false;
    for (String sentence : sentences(title, text)) {
      List<Mention> mentions = matcher.find(sentence);
      if (mentions.isEmpty()) {
        continue;
      }
      Set<String> groups = new HashSet<>();
      for (Mention mention : mentions) {
        groups.add(mention.group());
        entityIds.add(mention.entityId());
        mentionsPerGroup.merge(mention.group(), 1, Integer::sum);
      }
      coMentioned |= groups.size() == matcher.groupNames().size();
      if (groups.size() > bestGroups || (groups.size() == bestGroups && mentions.size() > bestMentions)) {
        best = sentence;
        bestGroups = groups.size();
        bestMentions = mentions.size();
      }
    }
    boolean relevant = mentionsPerGroup.keySet().containsAll(matcher.groupNames());
    double score = 0;
    if (relevant) {
      int rarest = matcher.groupNames().stream().mapToInt(mentionsPerGroup::get).min().orElse(0);
      score = 0.5 + (coMentioned ? 0.3 : 0) + 0.2 * Math.min(1.0, rarest / (double) SATURATING_MENTIONS);
    }
    return new RelevanceResult(relevant, score, List.copyOf(entityIds), truncate(best));
  }

  private static List<String> sentences(String title, String text) {
    List<String> out = new java.util.ArrayList<>();
    if (title != null && !title.isBlank()) {
      out.add(title.strip());
    }
    if (text != null) {
      for (String sentence : SENTENCE_END.split(text)) {
        if (!sentence.isBlank()) {
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
