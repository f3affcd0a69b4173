package org.newsdrift.config;

import java.io.Serializable;

/**
 * Everything a run is configured with: the job settings, the subject they name, and the config text as loaded
 * (stored in {@code runs.config_json}).
 */
public record RunConfig(JobConfig job, SubjectConfig subject, String configJson) implements Serializable {}
