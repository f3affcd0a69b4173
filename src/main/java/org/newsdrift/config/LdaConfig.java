package org.newsdrift.config;

import java.io.Serializable;
import java.util.List;

/**
 * LDA topic model settings; every random choice takes {@code seed}.
 *
 * @param k number of topics
 * @param maxIterations optimizer iterations; with {@code gibbs}, sweeps of the sampler (MALLET's default is 1000)
 * @param seed random seed
 * @param optimizer {@code gibbs} (collapsed Gibbs sampling with MALLET's sampler; the default), {@code online} or
 *     {@code em} (Spark MLlib's)
 * @param subsamplingRate online only: share of the corpus per mini-batch, in (0, 1]
 * @param minDf a term must occur in at least this many of the modelled articles
 * @param maxDfShare a term in more than this share of the modelled articles is dropped, in (0, 1]
 * @param vocabSize the most frequent terms kept
 * @param topTerms terms listed per topic
 * @param minDocuments fewer modelled articles than this and no model is fitted (the run says why)
 * @param docConcentration Dirichlet prior on each article's topic mixture (alpha, symmetric); null for Spark's
 *     default (online: 1/k, optimised; em: 50/k + 1; gibbs: 5/k, MALLET's, then optimised). The em optimizer needs
 *     it above 1
 * @param topicConcentration Dirichlet prior on each topic's term distribution (beta or eta); null for Spark's
 *     default (online: 1/k; em: 1.1; gibbs: 0.01, then optimised). The em optimizer needs it above 1
 * @param learningOffset online only: tau0, which damps the first iterations (step size (tau0 + t)^-0.51); null
 *     for Spark's default, 1024
 * @param learningDecay online only: kappa, how fast the step size decays, in (0.5, 1]; null for Spark's default, 0.51
 * @param tokensPerPartition gibbs only: tokens per partition of the sampler's state, one partition (exact serial
 *     sampling) up to this many; null for {@link #DEFAULT_TOKENS_PER_PARTITION}
 */
public record LdaConfig(
        int k,
        int maxIterations,
        long seed,
        String optimizer,
        double subsamplingRate,
        int minDf,
        double maxDfShare,
        int vocabSize,
        int topTerms,
        int minDocuments,
        Double docConcentration,
        Double topicConcentration,
        Double learningOffset,
        Double learningDecay,
        Long tokensPerPartition)
        implements Serializable {

    public static final List<String> OPTIMIZERS = List.of("online", "em", "gibbs");
    /** Tokens per partition of a Gibbs fit unless the config says otherwise (see BENCHMARKS.md, topics). */
    public static final long DEFAULT_TOKENS_PER_PARTITION = 150_000;

    public LdaConfig {
        ConfigException.require(k >= 2, "Cannot use lda config: lda.k must be at least 2 (was " + k + ")");
        ConfigException.require(
                maxIterations >= 1,
                "Cannot use lda config: lda.max_iterations must be at least 1 (was " + maxIterations + ")");
        optimizer = optimizer == null ? "gibbs" : optimizer;
        ConfigException.require(
                OPTIMIZERS.contains(optimizer),
                "Cannot use lda config: lda.optimizer must be one of " + OPTIMIZERS + " (was '" + optimizer + "')");
        ConfigException.require(
                subsamplingRate > 0 && subsamplingRate <= 1,
                "Cannot use lda config: lda.subsampling_rate must be in (0, 1] (was " + subsamplingRate + ")");
        ConfigException.require(minDf >= 1, "Cannot use lda config: lda.min_df must be at least 1 (was " + minDf + ")");
        ConfigException.require(
                maxDfShare > 0 && maxDfShare <= 1,
                "Cannot use lda config: lda.max_df_share must be in (0, 1] (was " + maxDfShare + ")");
        ConfigException.require(
                vocabSize >= 10, "Cannot use lda config: lda.vocab_size must be at least 10 (was " + vocabSize + ")");
        ConfigException.require(
                topTerms >= 1, "Cannot use lda config: lda.top_terms must be at least 1 (was " + topTerms + ")");
        ConfigException.require(
                minDocuments >= k,
                "Cannot use lda config: lda.min_documents must be at least lda.k (" + k + ") (was " + minDocuments
                        + ")");
        double floor = optimizer.equals("em") ? 1 : 0;
        ConfigException.require(
                docConcentration == null || docConcentration > floor,
                "Cannot use lda config: lda.doc_concentration must be above " + (int) floor + " with the " + optimizer
                        + " optimizer (was " + docConcentration + ")");
        ConfigException.require(
                topicConcentration == null || topicConcentration > floor,
                "Cannot use lda config: lda.topic_concentration must be above " + (int) floor + " with the " + optimizer
                        + " optimizer (was " + topicConcentration + ")");
        ConfigException.require(
                learningOffset == null || learningOffset > 0,
                "Cannot use lda config: lda.learning_offset must be above 0 (was " + learningOffset + ")");
        ConfigException.require(
                learningDecay == null || (learningDecay > 0.5 && learningDecay <= 1),
                "Cannot use lda config: lda.learning_decay must be in (0.5, 1] (was " + learningDecay + ")");
        ConfigException.require(
                tokensPerPartition == null || tokensPerPartition >= 1,
                "Cannot use lda config: lda.tokens_per_partition must be at least 1 (was " + tokensPerPartition + ")");
    }

    /** Tokens per partition of a Gibbs fit: the key's value, or the default. */
    public long gibbsTokensPerPartition() {
        return tokensPerPartition == null ? DEFAULT_TOKENS_PER_PARTITION : tokensPerPartition;
    }
}
