package org.newsdrift.model;

import cc.mallet.topics.TopicAssignment;
import cc.mallet.topics.WorkerRunnable;
import cc.mallet.types.Alphabet;
import cc.mallet.types.FeatureSequence;
import cc.mallet.types.Instance;
import cc.mallet.types.LabelAlphabet;
import cc.mallet.types.LabelSequence;
import cc.mallet.util.Randoms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sweeps of MALLET 2.1.1's own sampler ({@link WorkerRunnable}, the worker of its ParallelTopicModel) over one set
 * of articles, against a copy of the global counts that the worker updates as it goes: with the whole corpus this
 * is MALLET's serial sampler, with a partition one worker of approximate distributed LDA. The articles given are not
 * changed; the sweeps return new assignments.
 */
final class MalletSweeps {
    private MalletSweeps() {}

    /** New assignments after the sweeps, and the alpha statistics of the sweeps that collected them. */
    record Swept(List<TopicAssignments> docs, AlphaStatistics statistics) {}

    /**
     * Runs sweeps {@code firstSweep} to {@code firstSweep + sweeps - 1} (numbered over the whole fit, which decides
     * the sweeps that collect statistics).
     *
     * @param global counts of the whole corpus' current assignments, these articles' included
     * @param collect whether the scheduled sweeps collect alpha statistics (see {@link GibbsSchedule#collects})
     * @param maxLength the corpus' longest article (the statistics' shape, the same in every partition)
     */
    static Swept run(
            List<TopicAssignments> docs,
            TopicCounts global,
            GibbsPriors priors,
            CountingRandoms random,
            int firstSweep,
            int sweeps,
            boolean collect,
            int maxLength) {
        int k = global.k();
        ArrayList<TopicAssignment> data = malletDocuments(docs, global.vocabulary(), k);
        int[] tokensPerTopic = global.topicTotalsCopy();
        long tokens = 0;
        for (int n : tokensPerTopic) {
            tokens += n;
        }
        double[] alpha = priors.alpha();
        double alphaSum = 0;
        for (double a : alpha) {
            alphaSum += a;
        }
        WorkerRunnable worker = new WorkerRunnable(
                k,
                alpha,
                alphaSum,
                priors.beta(),
                random,
                data,
                PackedTypeTopicCounts.pack(global),
                tokensPerTopic,
                0,
                data.size());
        // One worker per task: its copy of the counts stays the global counts plus its own moves between sweeps.
        worker.makeOnlyThread();
        worker.initializeAlphaStatistics(maxLength + 1);
        AlphaStatistics statistics = new AlphaStatistics(k, maxLength);
        long partitionTokens = docs.stream().mapToLong(TopicAssignments::length).sum();
        for (int sweep = firstSweep; sweep < firstSweep + sweeps; sweep++) {
            if (collect && GibbsSchedule.collects(sweep)) {
                worker.collectAlphaStatistics();
            }
            long drawsBefore = random.draws();
            worker.run();
            checkFinished(worker, random, drawsBefore, partitionTokens, tokens, sweep);
        }
        statistics.add(worker.getDocLengthCounts(), worker.getTopicDocCounts());
        return new Swept(assignments(docs, data), statistics);
    }

    /**
     * Round {@code round} of a fit ({@link GibbsSchedule#SWEEPS_PER_ROUND} sweeps) over one partition's articles,
     * with that round and partition's own random stream: a Spark task and a serial fit both take their rounds here,
     * which is what makes a one-partition fit the same either way.
     */
    static Swept round(
            List<TopicAssignments> docs,
            TopicCounts global,
            GibbsPriors priors,
            long seed,
            int round,
            int partition,
            boolean optimise,
            int maxLength) {
        return run(
                docs,
                global,
                priors,
                random(seed, round, partition),
                GibbsSchedule.firstSweep(round),
                GibbsSchedule.SWEEPS_PER_ROUND,
                optimise,
                maxLength);
    }

    /**
     * MALLET's worker prints an exception and returns as if done; a sweep that stopped early shows in the draws (one
     * per token) or in the tokens per topic (a token taken out of its topic and put nowhere).
     */
    private static void checkFinished(
            WorkerRunnable worker,
            CountingRandoms random,
            long drawsBefore,
            long partitionTokens,
            long tokens,
            int sweep) {
        long topicTokens = 0;
        for (int n : worker.getTokensPerTopic()) {
            topicTokens += n;
        }
        long drawn = random.draws() - drawsBefore;
        if (drawn != partitionTokens || topicTokens != tokens) {
            throw new IllegalStateException(
                    "Cannot sample topics: MALLET's worker stopped in sweep " + sweep + " after "
                            + drawn + " of " + partitionTokens + " tokens, with " + topicTokens + " of " + tokens
                            + " tokens in topics (its stack trace is on the task's standard error)");
        }
    }

    private static ArrayList<TopicAssignment> malletDocuments(List<TopicAssignments> docs, int vocabulary, int k) {
        // The alphabets only bound the indices (MALLET asserts them); the entries are the indices themselves.
        Alphabet words = new Alphabet(vocabulary);
        for (int w = 0; w < vocabulary; w++) {
            words.lookupIndex(w);
        }
        LabelAlphabet topics = new LabelAlphabet();
        for (int t = 0; t < k; t++) {
            topics.lookupIndex(t);
        }
        ArrayList<TopicAssignment> data = new ArrayList<>(docs.size());
        for (TopicAssignments doc : docs) {
            FeatureSequence tokens = new FeatureSequence(words, doc.words());
            // A copy: MALLET samples into this sequence's array, and the caller's assignments stay as they are.
            LabelSequence topicSequence = new LabelSequence(topics, doc.topics().clone());
            data.add(new TopicAssignment(new Instance(tokens, null, doc.articleId(), null), topicSequence));
        }
        return data;
    }

    private static List<TopicAssignments> assignments(List<TopicAssignments> docs, List<TopicAssignment> data) {
        List<TopicAssignments> out = new ArrayList<>(docs.size());
        for (int d = 0; d < docs.size(); d++) {
            TopicAssignments doc = docs.get(d);
            int[] sampled = ((LabelSequence) data.get(d).topicSequence).getFeatures();
            out.add(new TopicAssignments(doc.articleId(), doc.words(), Arrays.copyOf(sampled, doc.length())));
        }
        return out;
    }

    /** The random stream of one task: MALLET's generator seeded from the seed, the round and the partition only. */
    static CountingRandoms random(long seed, int round, int partition) {
        long mixed = seed * 0x9E3779B97F4A7C15L + round;
        mixed = mixed * 0xBF58476D1CE4E5B9L + partition;
        CountingRandoms random = new CountingRandoms();
        random.setSeed(mixed ^ (mixed >>> 31));
        return random;
    }

    /** MALLET's generator, counting the uniform draws its sampler makes (one per token). */
    static final class CountingRandoms extends Randoms {
        private static final long serialVersionUID = 1L;
        private long draws;

        @Override
        public synchronized double nextUniform() {
            draws++;
            return super.nextUniform();
        }

        long draws() {
            return draws;
        }
    }
}
