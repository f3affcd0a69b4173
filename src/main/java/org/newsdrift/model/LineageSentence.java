package org.newsdrift.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Says what a refit did to the topics in words a person reads: "4 topics continued, 2 born, 2 retired". */
public final class LineageSentence {
    /** Event names as the topic_lineage table stores them, in the order a sentence lists them, with their words. */
    private static final Map<String, String> WORDS = wordsInOrder();

    private LineageSentence() {}

    /** The sentence for {@code events}; "no topics" when there are none. */
    public static String of(List<TopicAligner.Event> events) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        WORDS.keySet().forEach(kind -> counts.put(kind, 0));
        for (TopicAligner.Event event : events) {
            counts.merge(event.event(), 1, Integer::sum);
        }
        StringJoiner sentence = new StringJoiner(", ");
        counts.forEach((kind, n) -> {
            if (n > 0) {
                String word = WORDS.getOrDefault(kind, kind);
                sentence.add(sentence.length() == 0 ? n + (n == 1 ? " topic " : " topics ") + word : n + " " + word);
            }
        });
        return sentence.length() == 0 ? "no topics" : sentence.toString();
    }

    private static Map<String, String> wordsInOrder() {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("continued", "continued");
        words.put("split", "split off");
        words.put("merged", "merged");
        words.put("born", "born");
        // The table says "died"; "retired" is what an analyst reads for a theme no longer modelled.
        words.put("died", "retired");
        return words;
    }
}
