package org.newsdrift.config;

import java.io.Serializable;

/**
 * When nightly runs fit a new topic model version instead of scoring with the current one, and how versions are
 * compared.
 *
 * @param matchThreshold largest Jensen–Shannon distance (base 2, in [0, 1]) at which a new version's topic is the
 *     previous version's topic and keeps its id
 * @param retrainEveryDays fit a new version when the current one is this many days older than the run date; 0
 *     never on a schedule
 * @param maxOovRate fit a new version when more than this share of tonight's relevant tokens are outside the
 *     model's vocabulary
 * @param maxPerplexityRatio fit a new version when tonight's perplexity exceeds the model's held-out perplexity
 *     times this
 * @param sweepSeeds seeds fitted per k in {@code retrain --sweep}: the configured seed, then seed + 1, ...
 * @param minStability in a sweep, a k whose seeds agree on less than this share of topics is not chosen unless no
 *     k reaches it
 * @param warmStart whether a Gibbs refit (scheduled, drift or {@code retrain}) starts from the current version's
 *     topics when it has the same k; absent means true
 */
public record TopicUpdateConfig(
        double matchThreshold,
        int retrainEveryDays,
        double maxOovRate,
        double maxPerplexityRatio,
        int sweepSeeds,
        double minStability,
        Boolean warmStart)
        implements Serializable {

    public TopicUpdateConfig {
        warmStart = warmStart == null || warmStart;
        ConfigException.require(
                matchThreshold > 0 && matchThreshold <= 1,
                "Cannot use topic_updates config: topic_updates.match_threshold must be in (0, 1] (was "
                        + matchThreshold + ")");
        ConfigException.require(
                retrainEveryDays >= 0,
                "Cannot use topic_updates config: topic_updates.retrain_every_days must be 0 or more (was "
                        + retrainEveryDays + ")");
        ConfigException.require(
                maxOovRate > 0 && maxOovRate <= 1,
                "Cannot use topic_updates config: topic_updates.max_oov_rate must be in (0, 1] (was " + maxOovRate
                        + ")");
        ConfigException.require(
                maxPerplexityRatio >= 1,
                "Cannot use topic_updates config: topic_updates.max_perplexity_ratio must be at least 1 (was "
                        + maxPerplexityRatio + ")");
        ConfigException.require(
                sweepSeeds >= 1 && sweepSeeds <= 10,
                "Cannot use topic_updates config: topic_updates.sweep_seeds must be between 1 and 10 (was " + sweepSeeds
                        + ")");
        ConfigException.require(
                minStability >= 0 && minStability <= 1,
                "Cannot use topic_updates config: topic_updates.min_stability must be in [0, 1] (was " + minStability
                        + ")");
    }
}
