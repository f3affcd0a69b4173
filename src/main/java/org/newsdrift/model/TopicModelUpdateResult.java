package org.newsdrift.model;

/**
 * What a topic model update did: the version it scored with, what it did and why, and tonight's drift from the
 * version it started with. {@link #EMPTY} is an update that neither had nor fitted a version.
 *
 * @param modelVersion the version articles were scored with (or the current one when a requested fit failed), or
 *     null when there is none
 * @param reason why a new version was fitted, or null
 * @param oovRate share of tonight's relevant tokens outside the current vocabulary, or null
 * @param perplexityRatio tonight's perplexity over the model's held-out perplexity, or null
 * @param documents articles scored
 * @param note why no version was fitted, or null
 * @param lineage what a new version did to the previous version's topics ("4 topics continued, 2 born, 2 retired"),
 *     or null when none was fitted
 */
public record TopicModelUpdateResult(
        String modelVersion,
        ModelAction action,
        String reason,
        Double oovRate,
        Double perplexityRatio,
        long documents,
        String note,
        String lineage) {

    public static final TopicModelUpdateResult EMPTY =
            new TopicModelUpdateResult(null, ModelAction.NONE, null, null, null, 0, null, null);

    public TopicModelUpdateResult {
        if (action == null) {
            throw new IllegalArgumentException(
                    "Cannot describe a topic model update: its action is null (" + modelVersion + ")");
        }
    }

    /** Whether the run has a model version (scored, fitted, or kept after a failed requested fit). */
    public boolean hasModel() {
        return modelVersion != null;
    }

    /** An update that fitted nothing, for {@code reason}, with the {@code note} that says why. */
    static TopicModelUpdateResult notFitted(String modelVersion, String reason, String note) {
        return new TopicModelUpdateResult(modelVersion, ModelAction.NONE, reason, null, null, 0, note, null);
    }
}
