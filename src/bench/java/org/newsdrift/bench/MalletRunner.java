package org.newsdrift.bench;

import cc.mallet.topics.ParallelTopicModel;
import cc.mallet.types.Alphabet;
import cc.mallet.types.FeatureSequence;
import cc.mallet.types.Instance;
import cc.mallet.types.InstanceList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newsdrift.model.TopicModelStep;

/**
 * MALLET's ParallelTopicModel (collapsed Gibbs sampling) on exactly the token streams newsdrift's LDA counts: the
 * training articles' terms, in reading order, restricted to the vocabulary of newsdrift's fit.
 */
final class MalletRunner {
    /** MALLET's command-line defaults for train-topics: alpha summed over topics, and beta. */
    static final double ALPHA_SUM = 5.0;

    static final double BETA = 0.01;
    static final int BURN_IN = 200;
    static final int OPTIMIZE_INTERVAL = 10;

    static final int ATTEMPTS = 3;

    private final int threads;
    private final int iterations;
    private int crashes;
    private double lastSeconds;

    MalletRunner(int threads, int iterations) {
        this.threads = threads;
        this.iterations = iterations;
    }

    /** The token streams: one list per training article with at least one vocabulary term, by article id. */
    static List<List<String>> tokenStreams(Dataset<Row> docs, String[] vocabulary) {
        Set<String> known = new HashSet<>(List.of(vocabulary));
        List<List<String>> streams = new ArrayList<>();
        for (Row row : TopicModelStep.training(docs)
                .select("article_id", "terms")
                .orderBy("article_id")
                .collectAsList()) {
            List<String> tokens = new ArrayList<>();
            for (Object term : row.getList(1)) {
                if (known.contains((String) term)) {
                    tokens.add((String) term);
                }
            }
            if (!tokens.isEmpty()) {
                streams.add(tokens);
            }
        }
        return streams;
    }

    /**
     * Fits k topics and returns each topic's top terms, highest count first. MALLET 2.0.8's multi-threaded sampler
     * sometimes overran a word's topic-count array when it merged the threads' counts (ArrayIndexOutOfBounds in
     * sumTypeTopicCounts); the guard stays for 2.1.1: such a fit is started again, up to {@link #ATTEMPTS} times.
     */
    List<List<String>> fit(List<List<String>> streams, String[] vocabulary, int k, long seed) {
        for (int attempt = 1; ; attempt++) {
            try {
                long start = System.nanoTime();
                List<List<String>> topTerms = fitOnce(streams, vocabulary, k, seed);
                lastSeconds = (System.nanoTime() - start) / 1e9;
                return topTerms;
            } catch (ArrayIndexOutOfBoundsException e) {
                crashes++;
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException(
                            "Cannot fit MALLET: it crashed " + ATTEMPTS + " times (k=" + k + ")", e);
                }
                System.err.println("MALLET crashed (" + e + "); starting the fit again");
            }
        }
    }

    /** Wall time of the last fit that finished, crashed attempts not included. */
    double lastSeconds() {
        return lastSeconds;
    }

    /** Fits that crashed and were started again. */
    int crashes() {
        return crashes;
    }

    private List<List<String>> fitOnce(List<List<String>> streams, String[] vocabulary, int k, long seed) {
        Alphabet alphabet = new Alphabet(vocabulary);
        InstanceList instances = new InstanceList(alphabet, null);
        int n = 0;
        for (List<String> stream : streams) {
            FeatureSequence tokens = new FeatureSequence(alphabet, stream.size());
            for (String token : stream) {
                tokens.add(alphabet.lookupIndex(token, false));
            }
            instances.add(new Instance(tokens, null, "doc" + n++, null));
        }
        ParallelTopicModel.logger.setLevel(Level.WARNING);
        ParallelTopicModel model = new ParallelTopicModel(k, ALPHA_SUM, BETA);
        model.printLogLikelihood = false;
        model.setTopicDisplay(iterations + 1, Coherence.TERMS);
        model.setNumThreads(threads);
        model.setNumIterations(iterations);
        model.setBurninPeriod(BURN_IN);
        model.setOptimizeInterval(OPTIMIZE_INTERVAL);
        model.setRandomSeed((int) seed);
        model.addInstances(instances);
        try {
            model.estimate();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot fit MALLET: estimate failed", e);
        }
        List<List<String>> topTerms = new ArrayList<>();
        for (Object[] words : model.getTopWords(Coherence.TERMS)) {
            List<String> terms = new ArrayList<>();
            for (Object word : words) {
                terms.add((String) word);
            }
            topTerms.add(terms);
        }
        return topTerms;
    }
}
