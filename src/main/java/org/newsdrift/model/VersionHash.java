package org.newsdrift.model;

import org.newsdrift.ingest.Sha256;

/** Short content hashes that name model versions, vocabularies and analyzer settings. */
public final class VersionHash {
    private VersionHash() {}

    /** A short SHA-256 of the parts, each on its own line. */
    public static String of(String... parts) {
        return Sha256.hex(String.join("\n", parts)).substring(0, 16);
    }

    /**
     * The id of the version a fit makes. A warm start depends on the version it started from, so the same data and
     * seed from another start is another version.
     *
     * @param warmStartedFrom the version a Gibbs fit started from, or null for a cold start
     */
    static String modelVersion(
            String analyzerHash,
            String ldaSettings,
            int k,
            long seed,
            String vocabularyHash,
            String trainingHash,
            String warmStartedFrom) {
        return "lda-"
                + of(
                                analyzerHash,
                                ldaSettings,
                                String.valueOf(k),
                                String.valueOf(seed),
                                vocabularyHash,
                                trainingHash,
                                warmStartedFrom == null ? "cold" : "warm:" + warmStartedFrom)
                        .substring(0, 12);
    }
}
