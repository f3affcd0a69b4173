package org.newsdrift.model;

import java.util.List;
import java.util.Map;

/**
 * The stable topic ids of a new version and its lineage: what it did to the previous version's topics.
 *
 * @param topicIds stable topic id of each topic index
 * @param nextTopicId the first topic id no version has used yet, this one included
 */
record TopicIdentities(List<TopicAligner.Event> events, List<Integer> topicIds, int nextTopicId) {

    /**
     * Aligns a new version's topics to the previous version's.
     *
     * @param previous the previous version's topics, or empty for a first version
     * @param current the new version's term distributions, by topic index
     * @param nextTopicId the first topic id never used before
     */
    static TopicIdentities align(
            TopicAligner aligner,
            List<TopicAligner.Topic> previous,
            List<Map<String, Double>> current,
            int nextTopicId) {
        List<TopicAligner.Event> events = aligner.align(previous, current, nextTopicId);
        Integer[] ids = new Integer[current.size()];
        int maxId = nextTopicId - 1;
        for (TopicAligner.Event event : events) {
            if (event.topicIndex() >= 0 && !event.event().equals("merged")) {
                ids[event.topicIndex()] = event.topicId();
            }
            maxId = Math.max(maxId, event.topicId());
        }
        return new TopicIdentities(events, List.of(ids), maxId + 1);
    }

    /** The lineage in words ("4 topics continued, 2 born, 2 retired"). */
    String lineage() {
        return LineageSentence.of(events);
    }
}
