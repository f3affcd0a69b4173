package org.newsdrift.config;

import java.io.Serializable;

/**
 * Near-duplicate detection settings (the {@code near_duplicates} section; {@code clean.dedupe.NearDuplicateStep}),
 * validated on construction.
 *
 * @param shingleSize tokens per shingle (k)
 * @param featureBits shingles are hashed into a sparse vector of {@code 2^featureBits} dimensions
 * @param hashTables MinHash functions (MLlib's hash tables), grouped into bands of {@code rowsPerBand}
 * @param rowsPerBand MinHash values an LSH band key combines: articles are candidates when all values of one band
 *     agree, so a pair of shingle Jaccard {@code s} is a candidate with probability
 *     {@code 1 - (1 - s^rowsPerBand)^(hashTables / rowsPerBand)}; 1 (also when absent) is plain OR over the
 *     tables
 * @param maxDistance Jaccard distance under which LSH candidates are kept ({@code 1 - similarity})
 * @param minSimilarity exact shingle Jaccard a candidate pair needs to be a near-duplicate
 * @param seed MinHash seed, fixed so that runs are repeatable
 * @param maxIterations bound on label-propagation rounds when forming clusters
 */
public record NearDuplicateConfig(
        int shingleSize,
        int featureBits,
        int hashTables,
        Integer rowsPerBand,
        double maxDistance,
        double minSimilarity,
        long seed,
        int maxIterations)
        implements Serializable {

    /** The defaults measured in QUALITY.md (near-duplicates). */
    public static final NearDuplicateConfig DEFAULTS = new NearDuplicateConfig(5, 18, 40, 2, 0.65, 0.4, 20241111L, 30);

    public NearDuplicateConfig {
        if (shingleSize < 1 || shingleSize > 50) {
            throw new ConfigException(
                    "Cannot configure near-duplicates: shingle_size must be 1 to 50 (" + shingleSize + ")");
        }
        if (featureBits < 10 || featureBits > 30) {
            throw new ConfigException(
                    "Cannot configure near-duplicates: feature_bits must be 10 to 30 (" + featureBits + ")");
        }
        if (hashTables < 1 || hashTables > 200) {
            throw new ConfigException(
                    "Cannot configure near-duplicates: hash_tables must be 1 to 200 (" + hashTables + ")");
        }
        rowsPerBand = rowsPerBand == null ? 1 : rowsPerBand;
        if (rowsPerBand < 1 || hashTables % rowsPerBand != 0) {
            throw new ConfigException("Cannot configure near-duplicates: rows_per_band must be at least 1 and divide"
                    + " hash_tables (" + rowsPerBand + " for " + hashTables + " tables)");
        }
        if (!(maxDistance > 0 && maxDistance < 1)) {
            throw new ConfigException(
                    "Cannot configure near-duplicates: max_distance must be in (0, 1) (" + maxDistance + ")");
        }
        if (!(minSimilarity > 0 && minSimilarity <= 1)) {
            throw new ConfigException(
                    "Cannot configure near-duplicates: min_similarity must be in (0, 1] (" + minSimilarity + ")");
        }
        if (1 - minSimilarity > maxDistance + 1e-9) {
            throw new ConfigException("Cannot configure near-duplicates: max_distance must be at least"
                    + " 1 - min_similarity, or LSH drops pairs verification would keep (" + maxDistance + " < 1 - "
                    + minSimilarity + ")");
        }
        if (maxIterations < 1) {
            throw new ConfigException(
                    "Cannot configure near-duplicates: max_iterations must be positive (" + maxIterations + ")");
        }
    }
}
