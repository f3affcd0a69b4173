package org.newsdrift.job;

/** What a run did: its counts (null for a run that read no input), and what happened to the topic model. */
record NightlyResult(RunCounts counts, TopicModels.Outcome topics) {

  String modelVersion() {
    return topics.modelVersion();
  }
}
