package org.newsdrift.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.newsdrift.config.TopicUpdateConfig;

/**
 * Tonight's articles against the current model version, and the rules that say when a nightly update fits a new
 * version instead of scoring with the current one.
 *
 * @param oovRate share of tonight's relevant tokens outside the version's vocabulary, or null when there are none
 * @param perplexityRatio tonight's perplexity over the version's held-out perplexity, or null when unknown
 */
record Drift(Double oovRate, Double perplexityRatio) {
    static final String NO_MODEL = "no_model";
    static final String ANALYZER_CHANGED = "analyzer_changed";
    static final String SCHEDULE = "schedule";
    static final String OOV_DRIFT = "oov_drift";
    static final String PERPLEXITY_DRIFT = "perplexity_drift";

    /**
     * Why a version must be refitted whatever tonight's articles are, or null when only drift can say.
     *
     * @param current the current version's metadata, or null when there is none
     */
    static String reasonBeforeDrift(
            ModelMetadata current, String analyzerHash, LocalDate runDate, TopicUpdateConfig updates) {
        if (current == null) {
            return NO_MODEL;
        }
        if (!current.analyzerHash().equals(analyzerHash)) {
            return ANALYZER_CHANGED;
        }
        if (updates.retrainEveryDays() > 0
                && ChronoUnit.DAYS.between(LocalDate.parse(current.runDate()), runDate) >= updates.retrainEveryDays()) {
            return SCHEDULE;
        }
        return null;
    }

    /** Whether a fit for this reason has a comparable version to start from (a first or re-analysed one has not). */
    static boolean canWarmStart(String reason) {
        return !reason.equals(NO_MODEL) && !reason.equals(ANALYZER_CHANGED);
    }

    /** The drift that makes a refit, or null when tonight's articles still fit the version. */
    String reason(TopicUpdateConfig updates) {
        if (oovRate != null && oovRate > updates.maxOovRate()) {
            return OOV_DRIFT;
        }
        if (perplexityRatio != null && perplexityRatio > updates.maxPerplexityRatio()) {
            return PERPLEXITY_DRIFT;
        }
        return null;
    }
}
