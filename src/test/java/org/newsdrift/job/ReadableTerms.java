package org.newsdrift.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;
import org.apache.spark.sql.SparkSession;
import org.newsdrift.SparkTestSession;

/**
 * Runs the nightly job's term pipeline on some inputs and judges the 40 top terms of {@code term_trends} (scope
 * relevant, month; summed weight over the months) the way a reader would: no number, ordinal or measure, no
 * punctuated artefact, no stop-like word, nothing glued to a name. The judge is independent of the analyzers: its
 * own shape rules, Lucene's Snowball lists as they are, and the words users reported.
 */
final class ReadableTerms {
    static final int TOP = 40;
    /** Shape: a letter first, then letters, combining marks, digits or underscores (entity ids). */
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{Nd}_]*");
    /** Stop-like words, numbers and ordinals users saw ranked as terms, as stems, in the three languages. */
    private static final Set<String> STOP_LIKE = Set.of(
            "will", "two", "new", "made", "back", "given", "one", "three", "first", "second", "third", "last", "next",
            "also", "mani", "make", "take", "year", "us", "may", "can", "один", "два", "три", "перв", "втор", "трет",
            "год", "котор", "эт", "мож", "будет", "нов", "하나", "둘", "셋", "첫째", "둘째", "셋째", "이번", "지난", "올해", "오늘",
            "http", "https", "www");
    /** Word endings a scraper glued to names, after a name's last syllable ("sungand", "ilfor", "unwho"). */
    private static final Pattern GLUED = Pattern.compile("(sung|il|un|jong)(and|for|who|was|on|to|is|has|in|as|at)");

    private ReadableTerms() {}

    /** Runs {@code nightly} on {@code inputs} into {@code work} (no topic model) and returns the top terms. */
    static List<String> topTerms(Path work, List<Path> inputs) throws IOException {
        Path output = work.resolve("out");
        List<String> args = new ArrayList<>(List.of(
                "nightly",
                "--config",
                JobFixtures.configWithoutTopics(work.resolve("terms.json")).toString(),
                "--output",
                output.toString(),
                "--run-date",
                "2025-12-31"));
        inputs.forEach(input -> args.addAll(List.of("--input", input.toString())));
        SparkTestSession.get(); // the run borrows the shared session
        JobFixtures.Run run = JobFixtures.run(args.toArray(String[]::new));
        if (run.code() != 0) {
            throw new IllegalStateException(
                    "Cannot judge the terms: nightly exited with " + run.code() + ": " + run.err());
        }
        return topTerms(output);
    }

    /** The top terms of the {@code term_trends} table of a nightly {@code output}. */
    static List<String> topTerms(Path output) {
        SparkSession spark = SparkTestSession.get();
        return spark
                .read()
                .format("delta")
                .load(output.resolve("term_trends").toString())
                .filter(col("granularity").equalTo("month").and(col("scope").equalTo("relevant")))
                .groupBy("term")
                .agg(sum("tfidf").as("weight"))
                .orderBy(desc("weight"), col("term"))
                .limit(TOP)
                .collectAsList()
                .stream()
                .map(r -> r.getString(0))
                .toList();
    }

    /** The terms of {@code top} a reader would not accept, each with why. */
    static List<String> unreadable(List<String> top) {
        CharArraySet stop = new CharArraySet(snowball("english_stop.txt"), true);
        stop.addAll(snowball("russian_stop.txt"));
        List<String> bad = new ArrayList<>();
        for (String term : top) {
            String t = term.toLowerCase(Locale.ROOT);
            if (!WORD.matcher(t).matches()) {
                bad.add(term + " (shape: number, ordinal, measure or punctuation)");
            } else if (stop.contains(t) || STOP_LIKE.contains(t)) {
                bad.add(term + " (stop-like word)");
            } else if (GLUED.matcher(t).matches()) {
                bad.add(term + " (glued to a name)");
            }
        }
        return bad;
    }

    private static CharArraySet snowball(String resource) {
        try {
            return WordlistLoader.getSnowballWordSet(
                    IOUtils.getDecodingReader(SnowballFilter.class, resource, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
