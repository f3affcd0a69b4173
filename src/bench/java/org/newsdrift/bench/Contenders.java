package org.newsdrift.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newsdrift.config.LdaConfig;
import org.newsdrift.config.RunConfig;
import org.newsdrift.model.TopicFit;
import org.newsdrift.model.TopicModelStep;

/**
 * Fits each contender once, times it and scores it with {@link Coherence}. MALLET gets the token streams of the
 * last fit of newsdrift with the config's own settings, so it runs after that fit.
 */
final class Contenders {
    static final String OURS = "newsdrift (config)";
    static final String MALLET = "MALLET 2.1.1";
    static final String NAIVE = "naive MLlib, own tokens";
    static final String NAIVE_MAPPED = "naive MLlib, mapped to newsdrift terms";
    private static final int NAIVE_RAW_WORDS = 30;

    private final IntFunction<MalletRunner> mallets;
    private final Map<Integer, MalletRunner> runners = new TreeMap<>();
    private final NaiveTermMapper mapper;
    private String[] vocabulary;
    private List<List<String>> streams;

    /** @param mallets a MALLET runner for a number of threads */
    Contenders(RunConfig run, IntFunction<MalletRunner> mallets) {
        this.mallets = mallets;
        this.mapper = new NaiveTermMapper(run);
    }

    BenchReport.Run ours(
            String dataset, String label, Dataset<Row> docs, Dataset<Row> reference, LdaConfig lda, int k, long seed) {
        long start = System.nanoTime();
        TopicFit fit = TopicModelStep.fit(docs, lda, k, seed);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (fit == null) {
            throw new IllegalStateException("Cannot benchmark " + dataset + ": too few relevant articles for a model");
        }
        if (label.equals(OURS)
                && (vocabulary == null
                        || !java.util.Arrays.equals(vocabulary, fit.vectorizer().vocabulary()))) {
            vocabulary = fit.vectorizer().vocabulary();
            streams = MalletRunner.tokenStreams(docs, vocabulary);
        }
        Coherence.Scores scores = Coherence.of(fit.topTerms(), reference);
        if (Math.abs(scores.npmi() - fit.meanNpmi()) > 1e-9) {
            throw new IllegalStateException("Cannot benchmark: the evaluator disagrees with the fit's own NPMI ("
                    + scores.npmi() + " vs " + fit.meanNpmi() + ")");
        }
        return new BenchReport.Run(dataset, k, label, seed, scores, seconds);
    }

    BenchReport.Run mallet(String dataset, int threads, Dataset<Row> reference, int k, long seed) {
        if (streams == null) {
            throw new IllegalStateException(
                    "Cannot run MALLET before newsdrift's own fit: its token streams come from it");
        }
        MalletRunner mallet = runners.computeIfAbsent(threads, mallets::apply);
        List<List<String>> topTerms = mallet.fit(streams, vocabulary, k, seed);
        return new BenchReport.Run(
                dataset,
                k,
                MALLET + ", " + threads + (threads == 1 ? " thread" : " threads"),
                seed,
                Coherence.of(topTerms, reference),
                mallet.lastSeconds());
    }

    /** The naive pipeline scored over its own token stream, and its topics mapped onto newsdrift's terms. */
    List<BenchReport.Run> naive(String dataset, Dataset<Row> training, Dataset<Row> reference, int k, long seed) {
        long start = System.nanoTime();
        NaivePipeline.Fitted fitted = NaivePipeline.fit(training, k, seed, NAIVE_RAW_WORDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<List<String>> raw = fitted.topTerms().stream()
                .map(t -> t.subList(0, Coherence.TERMS))
                .toList();
        Coherence.Scores own = Coherence.of(raw, NaivePipeline.tokens(fitted.model(), training));
        List<List<String>> mapped = new ArrayList<>();
        fitted.topTerms().forEach(words -> mapped.add(mapper.map(words, Coherence.TERMS)));
        List<BenchReport.Run> runs = new ArrayList<>();
        runs.add(new BenchReport.Run(dataset, k, NAIVE, seed, own, seconds));
        runs.add(new BenchReport.Run(dataset, k, NAIVE_MAPPED, seed, Coherence.of(mapped, reference), seconds));
        return runs;
    }

    String streamSummary() {
        long tokens =
                streams == null ? 0 : streams.stream().mapToLong(List::size).sum();
        return String.format(
                Locale.ROOT,
                "token streams of newsdrift and MALLET: %d documents, %d tokens, %d terms; MALLET fits started again after a"
                        + " crash: %d",
                streams == null ? 0 : streams.size(),
                tokens,
                vocabulary == null ? 0 : vocabulary.length,
                runners.values().stream().mapToInt(MalletRunner::crashes).sum());
    }
}
