package org.newsdrift.model;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.newsdrift.table.JobDescription;

/**
 * One Gibbs fit's settings and, while it runs in rounds, its current state: either the whole fit in one task
 * ({@link SerialGibbs}) or rounds of sweeps against broadcast global counts, summed by a tree aggregation.
 */
final class GibbsFit {
    private final JavaSparkContext sc;
    private final int vocabulary;
    private final int k;
    private final int maxLength;
    private final boolean optimise;
    private final long seed;
    private final List<Broadcast<TopicCounts>> broadcasts = new ArrayList<>();
    private JavaRDD<GibbsShard> state;
    private TopicCounts counts;

    GibbsFit(JavaSparkContext sc, int vocabulary, int k, int maxLength, boolean optimise, long seed) {
        this.sc = sc;
        this.vocabulary = vocabulary;
        this.k = k;
        this.maxLength = maxLength;
        this.optimise = optimise;
        this.seed = seed;
    }

    GibbsLdaStep.Result inOneTask(JavaRDD<GibbsShard> start, GibbsPriors initial, int sweeps) {
        int k = this.k;
        int vocabulary = this.vocabulary;
        boolean optimise = this.optimise;
        long seed = this.seed;
        int maxLength = this.maxLength;
        // A lost task is recomputed from the initial state with the same random streams, so it gives the same fit.
        JavaRDD<GibbsShard> fitted = start.mapPartitionsWithIndex(
                        (partition, it) -> {
                            SerialGibbs.Fit fit = SerialGibbs.fit(
                                    it.next().docs(),
                                    vocabulary,
                                    initial,
                                    sweeps,
                                    optimise,
                                    seed,
                                    partition,
                                    maxLength);
                            return List.of(new GibbsShard(fit.docs(), new AlphaStatistics(k, maxLength), fit.priors()))
                                    .iterator();
                        },
                        true)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try (JobDescription job = JobDescription.of(
                sc.sc(), "topics: Gibbs, " + sweeps + " sweeps in one task k=" + k + " seed=" + seed)) {
            TopicCounts counts = total(fitted).counts();
            GibbsPriors priors =
                    GibbsShard.priorsOf(fitted.map(GibbsShard::priorValues).first());
            fitted.unpersist(false);
            return new GibbsLdaStep.Result(counts, priors, 1);
        }
    }

    GibbsLdaStep.Result inRounds(JavaRDD<GibbsShard> start, GibbsPriors initial, int sweeps) {
        int rounds = GibbsSchedule.rounds(sweeps);
        state = start.persist(StorageLevel.MEMORY_AND_DISK());
        counts = total(state).counts();
        GibbsSchedule.Fitted fitted = GibbsSchedule.run(rounds, initial, optimise, (round, priors) -> {
            try (JobDescription job = JobDescription.of(
                    sc.sc(), "topics: Gibbs round " + round + "/" + rounds + " k=" + k + " seed=" + seed)) {
                return round(round, priors);
            }
        });
        state.unpersist(false);
        broadcasts.forEach(b -> b.destroy(false));
        return new GibbsLdaStep.Result(fitted.counts(), fitted.priors(), start.getNumPartitions());
    }

    private RoundTotals round(int round, GibbsPriors priors) {
        Broadcast<TopicCounts> global = sc.broadcast(counts);
        JavaRDD<GibbsShard> next = state.mapPartitionsWithIndex(sweepTask(global, priors, round), true)
                .persist(StorageLevel.MEMORY_AND_DISK());
        if (sc.getCheckpointDir().isPresent() && round % GibbsLdaStep.CHECKPOINT_ROUNDS == 0) {
            next.checkpoint();
        }
        RoundTotals totals = total(next);
        state.unpersist(false);
        // Later rounds' lineage holds this round's task, which reads the broadcast: a lost partition is recomputed
        // from it, so it is only dropped from the executors now and destroyed after the fit.
        global.unpersist(false);
        broadcasts.add(global);
        state = next;
        counts = totals.counts();
        return totals;
    }

    private Function2<Integer, Iterator<GibbsShard>, Iterator<GibbsShard>> sweepTask(
            Broadcast<TopicCounts> global, GibbsPriors priors, int round) {
        boolean optimise = this.optimise;
        long seed = this.seed;
        int maxLength = this.maxLength;
        return (partition, it) -> {
            MalletSweeps.Swept swept = MalletSweeps.round(
                    it.next().docs(), global.value(), priors, seed, round, partition, optimise, maxLength);
            return List.of(new GibbsShard(swept.docs(), swept.statistics(), null))
                    .iterator();
        };
    }

    private RoundTotals total(JavaRDD<GibbsShard> shards) {
        return shards.treeAggregate(
                new RoundTotals(k, vocabulary, maxLength),
                (totals, shard) -> totals.add(shard.docs(), shard.statistics()),
                RoundTotals::merge,
                2);
    }
}
