package org.newsdrift.config;

import java.io.Serializable;
import java.util.List;

/**
 * What ingest reads and when it gives up on a record.
 *
 * @param mappings JSON record shapes, tried in order
 * @param minTextChars bodies shorter than this (after cleaning) are rejected as too short
 * @param maxDocumentBytes a file or archive entry read whole (a page, a Markdown article, a JSON file inside an
 *     archive) larger than this is rejected ({@code too_large}) instead of being read; streamed JSON files and WARC
 *     files are not bounded as a whole, but each JSON record and each WARC page is
 * @param templateMinPages a source needs this many distinct texts in one input file before its template lines are
 *     learned there
 * @param templateSamplePages template lines are learned from at most this many distinct texts per source and file
 */
public record IngestConfig(
        List<FieldMapping> mappings,
        int minTextChars,
        long maxDocumentBytes,
        int templateMinPages,
        int templateSamplePages)
        implements Serializable {

    public IngestConfig {
        ConfigException.require(
                mappings != null && !mappings.isEmpty(), "Cannot use ingest config: ingest.mappings is empty");
        mappings = List.copyOf(mappings);
        ConfigException.require(
                minTextChars >= 1,
                "Cannot use ingest config: ingest.min_text_chars must be at least 1 (was " + minTextChars + ")");
        ConfigException.require(
                maxDocumentBytes >= 1024 && maxDocumentBytes <= Integer.MAX_VALUE - 16,
                "Cannot use ingest config: ingest.max_document_bytes must be between 1024 and 2147483631 (was "
                        + maxDocumentBytes + ")");
        ConfigException.require(
                templateMinPages >= 3,
                "Cannot use ingest config: ingest.template_min_pages must be at least 3 (was " + templateMinPages
                        + ")");
        ConfigException.require(
                templateSamplePages >= templateMinPages,
                "Cannot use ingest config: ingest.template_sample_pages must be at least ingest.template_min_pages (was "
                        + templateSamplePages + ")");
    }
}
