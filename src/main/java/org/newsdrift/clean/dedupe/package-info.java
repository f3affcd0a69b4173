/**
 * Near-duplicate detection: word shingles, MinHash LSH candidate pairs, exact Jaccard, the copy verification of close
 * pairs and the clusters they form. Part of the clean stage: it may import the other clean packages, ingest, config and
 * table.
 */
package org.newsdrift.clean.dedupe;
