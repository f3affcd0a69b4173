package org.newsdrift.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newsdrift.table.Columns;

/**
 * Counts, inside Spark, the documents that contain each of a few words and each pair of them. Every task sums
 * its documents into one array of {@code n(n+1)/2} counters; only those arrays reach the driver.
 */
public final class CoOccurrenceStep {
    private CoOccurrenceStep() {}

    /** @param docs rows with a {@code terms} array column */
    public static CoOccurrence count(Dataset<Row> docs, List<String> words) {
        List<String> distinctWords = new ArrayList<>(new java.util.LinkedHashSet<>(words));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < distinctWords.size(); i++) {
            index.put(distinctWords.get(i), i);
        }
        int slots = CoOccurrence.slots(distinctWords.size());
        JavaRDD<Row> rows = docs.select(Columns.TERMS).javaRDD();
        JavaRDD<long[]> partials = rows.mapPartitions(partition -> countPartition(partition, index, slots));
        long[] zero = new long[slots + 1];
        long[] total = partials.fold(zero, CoOccurrenceStep::add);
        long[] counts = new long[slots];
        System.arraycopy(total, 0, counts, 0, slots);
        return new CoOccurrence(distinctWords, total[slots], counts);
    }

    /** The coherence of each topic's top terms, counted on {@code docs} (rows with a {@code terms} array column). */
    static List<TopicQuality> quality(Dataset<Row> docs, List<List<String>> topTermsByTopic) {
        List<String> words = new ArrayList<>();
        topTermsByTopic.forEach(words::addAll);
        CoOccurrence cooccurrence = count(docs, words);
        List<TopicQuality> quality = new ArrayList<>();
        for (List<String> terms : topTermsByTopic) {
            quality.add(TopicQuality.of(terms, cooccurrence));
        }
        return quality;
    }

    /** The partition's counters, with its document count in the last slot. */
    private static Iterator<long[]> countPartition(Iterator<Row> partition, Map<String, Integer> index, int slots) {
        long[] counts = new long[slots + 1];
        boolean[] present = new boolean[index.size()];
        int[] found = new int[index.size()];
        while (partition.hasNext()) {
            Row row = partition.next();
            counts[slots]++;
            if (row.isNullAt(0)) {
                continue;
            }
            int n = 0;
            for (Object term : row.getList(0)) {
                Integer i = index.get((String) term);
                if (i != null && !present[i]) {
                    present[i] = true;
                    found[n++] = i;
                }
            }
            for (int a = 0; a < n; a++) {
                for (int b = a; b < n; b++) {
                    counts[CoOccurrence.slot(found[a], found[b])]++;
                }
            }
            for (int a = 0; a < n; a++) {
                present[found[a]] = false;
            }
        }
        return Collections.singletonList(counts).iterator();
    }

    private static long[] add(long[] left, long[] right) {
        long[] sum = left.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += right[i];
        }
        return sum;
    }
}
