package org.newsdrift.text;

import java.util.List;

/**
 * Whether an article is about the subject, and why.
 *
 * @param relevant every alias group is mentioned in the title or text
 * @param score 0 when not relevant; otherwise in [0.5, 1], higher for co-mention in one sentence and for frequent
 *     mention of the least-mentioned group
 * @param matchedTerms ids of the entities found, sorted
 * @param evidence the sentence that mentions the most groups (then the most entities), or null when none matched
 */
public record RelevanceResult(boolean relevant, double score, List<String> matchedTerms, String evidence) {
  public RelevanceResult {
    matchedTerms = List.copyOf(matchedTerms);
  }
}
