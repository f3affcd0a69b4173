package org.newsdrift.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short content hashes that name model versions, vocabularies and analyzer settings. */
public final class VersionHash {
  private VersionHash() {}

  /** A short SHA-256 of the parts, each on its own line. */
  public static String of(String... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot hash: the JVM has no SHA-256", e);
    }
  }

  /**
   * The id of the version a fit makes. A warm start depends on the version it started from, so the same data and
   * seed from another start is another version.
   *
   * @param warmStartedFrom the version a Gibbs fit started from, or null for a cold start
   */
  static String modelVersion(String analyzerHash, String ldaSettings, int k, long seed, String vocabularyHash,
      String trainingHash, String warmStartedFrom) {
    return "lda-" + of(analyzerHash, ldaSettings, String.valueOf(k), String.valueOf(seed), vocabularyHash,
        trainingHash, warmStartedFrom == null ? "cold" : "warm:" + warmStartedFrom).substring(0, 12);
  }
}
