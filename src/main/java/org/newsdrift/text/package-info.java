/**
 * The third stage: analyses cleaned articles into terms, scores their relevance to the subject and finds the
 * written form shown for each term. It may import {@code text.lang}, the earlier stages (ingest, clean), config and
 * table; never model, trends, report or job.
 */
package org.newsdrift.text;
