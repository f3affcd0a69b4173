package org.newsdrift.text;

import java.util.List;

/**
 * Whether an article is about the subject, and why.
 *
 * @param relevant a sentence or the title names every alias group and the score reaches the subject's min_score
 * @param score in [0, 1]: how much of the article is about the subject ({@link RelevanceScorer})
 * @param matchedTerms ids of the entities found, sorted
 * @param evidence the first sentence naming every group, else the one naming the most; null when none matched
 */
public record RelevanceResult(boolean relevant, double score, List<String> matchedTerms, String evidence) {
    public RelevanceResult {
        matchedTerms = List.copyOf(matchedTerms);
    }
}
