package org.newsdrift.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses k by fitting each candidate k with several seeds (always cold starts, so that seeds are compared on their
 * own), writing every fit to model_selection and keeping the best by coherence among the stable ones.
 */
final class SweepStep {
    private static final Logger LOG = LoggerFactory.getLogger(SweepStep.class);

    private SweepStep() {}

    /** The k that {@link SweepGrid} gives for the number of training articles. */
    static List<Integer> forCorpus(Dataset<Row> docs) {
        long training = TopicModelStep.training(docs).count();
        List<Integer> ks = SweepGrid.forCorpus(training);
        LOG.info("sweep: k in {} for {} training articles", ks, training);
        return ks;
    }

    /** @return the chosen fit, or null when no k could be fitted */
    static TopicFit sweep(UpdateContext context, TopicAligner aligner, Dataset<Row> docs, long seed, List<Integer> ks) {
        List<TopicFit> fits = new ArrayList<>();
        List<SweepChoice.Candidate> candidates = new ArrayList<>();
        Map<Integer, Double> stability = new HashMap<>();
        for (int k : ks) {
            List<List<Map<String, Double>>> ofThisK = new ArrayList<>();
            for (int s = 0; s < context.updates().sweepSeeds(); s++) {
                TopicFit fit = TopicModelStep.fit(docs, context.lda(), k, seed + s);
                if (fit == null) {
                    continue;
                }
                LOG.info(
                        "sweep: k={} seed={} npmi={} umass={} perplexity={} diversity={}",
                        k,
                        seed + s,
                        fit.meanNpmi(),
                        fit.meanUmass(),
                        fit.perplexity(),
                        fit.diversity());
                fits.add(fit);
                candidates.add(new SweepChoice.Candidate(k, seed + s, fit.meanNpmi()));
                ofThisK.add(fit.distributions());
            }
            stability.put(k, SweepChoice.stability(ofThisK, aligner));
        }
        if (fits.isEmpty()) {
            return null;
        }
        SweepChoice.Candidate chosen =
                SweepChoice.choose(candidates, stability, context.updates().minStability());
        new TopicTablesStep(context).modelSelection(fits, stability, chosen);
        TopicFit chosenFit = null;
        for (TopicFit fit : fits) {
            chosenFit = fit.k() == chosen.k() && fit.seed() == chosen.seed() ? fit : chosenFit;
        }
        return chosenFit;
    }
}
