package org.newsdrift.config;

import java.io.Serializable;
import java.util.List;

/**
 * What ingest reads and when it gives up on a record.
 *
 * @param mappings JSON record shapes, tried in order
 * @param minTextChars bodies shorter than this (after cleaning) are rejected as too short
 */
public record IngestConfig(List<FieldMapping> mappings, int minTextChars) implements Serializable {

  public IngestConfig {
    ConfigException.require(
        mappings != null && !mappings.isEmpty(), "Cannot use ingest config: ingest.mappings is empty");
    mappings = List.copyOf(mappings);
    ConfigException.require(
        minTextChars >= 1, "Cannot use ingest config: ingest.min_text_chars must be at least 1 (was " + minTextChars + ")");
  }
}
