package org.newsdrift.model;

import java.io.Serializable;
import java.util.Random;

/**
 * One article's tokens (vocabulary indices) and the topic each is currently assigned to, as the Gibbs sampler
 * sees them. A sweep makes a new instance; the arrays of an existing one are never changed. A class rather than a
 * record: Spark's Kryo cannot write records (it sets their final fields through offsets Java 17 refuses).
 */
public final class TopicAssignments implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String articleId;
    private final int[] words;
    private final int[] topics;

    /**
     * @param words vocabulary index of each token
     * @param topics topic index of each token, the same length as {@code words}
     */
    public TopicAssignments(String articleId, int[] words, int[] topics) {
        if (words.length != topics.length) {
            throw new IllegalArgumentException("Cannot hold topic assignments: " + words.length + " tokens but "
                    + topics.length + " topics (" + articleId + ")");
        }
        this.articleId = articleId;
        this.words = words;
        this.topics = topics;
    }

    public String articleId() {
        return articleId;
    }

    public int[] words() {
        return words;
    }

    public int[] topics() {
        return topics;
    }

    public int length() {
        return words.length;
    }

    /** The same tokens, each given a topic drawn uniformly from k (a fit's usual initial state). */
    public TopicAssignments withUniformTopics(int k, Random random) {
        int[] drawn = new int[words.length];
        for (int i = 0; i < drawn.length; i++) {
            drawn[i] = random.nextInt(k);
        }
        return new TopicAssignments(articleId, words, drawn);
    }

    /** This, after checking that every word is below {@code vocabulary} and every topic below k. */
    public TopicAssignments requireWithin(int k, int vocabulary) {
        for (int i = 0; i < words.length; i++) {
            if (words[i] < 0 || words[i] >= vocabulary || topics[i] < 0 || topics[i] >= k) {
                throw new IllegalArgumentException("Cannot fit topics from this state: token " + i + " of article "
                        + articleId + " is word " + words[i] + " in topic " + topics[i] + ", outside " + vocabulary
                        + " words and " + k + " topics");
            }
        }
        return this;
    }
}
