/**
 * The first stage of the flow: finds the input files (and, through the ledger, which of them a night must read),
 * streams each one by its format and turns every record into a raw article or a reject. It may import config and
 * table, and its sub-packages {@code ingest.archive} and {@code ingest.warc}; no later stage.
 */
package org.newsdrift.ingest;
