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
 * Scores an article against the subject: relevant when every alias group is mentioned. On top of a base of 0.5
 * the score rewards proximity, co-mention inside one sentence (0.3) or else inside one paragraph (0.15), and
 * repeated mention of the least-mentioned group (0.2, saturating at three mentions). Paragraphs are the title and
 * the text's lines.
 */
public final class RelevanceScorer implements Serializable {
  private static final long serialVersionUID = 1L;
  // A full stop after a lone capital ("D.P.R.K. and", "U.S. forces") ends an abbreviation, not a sentence.
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.!?\u3002\uff01\uff1f])(?<![\\s.]\\p{Lu}\\.)\\s+");
  private static final Pattern PARAGRAPH_END = Pattern.compile("\\n+");
  private static final double SENTENCE_BONUS = 0.3;
  private static final double PARAGRAPH_BONUS = 0.15;
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
    boolean inOneSentence = false;
    boolean inOneParagraph = false;
    int allGroups = matcher.groupNames().size();
    for (List<String> paragraph : paragraphs(title, text)) {
      Set<String> paragraphGroups = new HashSet<>();
      for (String sentence : paragraph) {
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
        paragraphGroups.addAll(groups);
        inOneSentence |= groups.size() == allGroups;
        if (groups.size() > bestGroups || (groups.size() == bestGroups && mentions.size() > bestMentions)) {
          best = sentence;
          bestGroups = groups.size();
          bestMentions = mentions.size();
        }
      }
      inOneParagraph |= paragraphGroups.size() == allGroups;
    }
    boolean relevant = mentionsPerGroup.keySet().containsAll(matcher.groupNames());
    double score = 0;
    if (relevant) {
      int rarest = matcher.groupNames().stream().mapToInt(mentionsPerGroup::get).min().orElse(0);
      double proximity = inOneSentence ? SENTENCE_BONUS : inOneParagraph ? PARAGRAPH_BONUS : 0;
      score = 0.5 + proximity + 0.2 * Math.min(1.0, rarest / (double) SATURATING_MENTIONS);
    }
    return new RelevanceResult(relevant, score, List.copyOf(entityIds), truncate(best));
  }

  private static List<List<String>> paragraphs(String title, String text) {
    List<List<String>> out = new ArrayList<>();
    if (title != null && !title.isBlank()) {
      out.add(List.of(title.strip()));
    }
    if (text != null) {
      for (String paragraph : PARAGRAPH_END.split(text)) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(paragraph)) {
          if (!sentence.isBlank()) {
            sentences.add(sentence.strip());
          }
        }
        if (!sentences.isEmpty()) {
          out.add(sentences);
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
