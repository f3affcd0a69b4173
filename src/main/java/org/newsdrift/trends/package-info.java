/**
 * The fifth stage: the coverage, term trend, topic trend and topic example tables, with their intervals, per
 * period. It may import the earlier stages (ingest, clean, text, model), config and table; never report or job.
 */
package org.newsdrift.trends;
