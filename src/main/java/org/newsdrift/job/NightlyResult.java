package org.newsdrift.job;

/** What a nightly run did: its counts, and the topic model it fitted (null version and a note when none). */
record NightlyResult(RunCounts counts, String modelVersion, long modelDocuments, String note) {}
