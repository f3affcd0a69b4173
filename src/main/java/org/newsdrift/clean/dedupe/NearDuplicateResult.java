package org.newsdrift.clean.dedupe;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What {@link NearDuplicateStep} found.
 *
 * @param assignments one row per input article: {@code article_id}, {@code near_duplicate_of} (null for a
 *     cluster's canonical and for articles without near-duplicates), {@code cluster_size} (1 when alone),
 *     {@code lsh_keys} (its band keys, empty without shingles) and {@code lsh_settings} (what they depend on)
 * @param lshPairs MinHash LSH candidate pairs (sharing a band key), before verification
 * @param verifiedPairs of those, pairs whose exact shingle Jaccard reached the similarity threshold
 * @param rounds label-propagation rounds used to form clusters (0 when the driver's union-find formed them)
 */
public record NearDuplicateResult(Dataset<Row> assignments, long lshPairs, long verifiedPairs, int rounds) {}
