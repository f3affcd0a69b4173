/**
 * WARC files as input: streams their HTML response records as pages and resynchronises after a broken record. Pure
 * Java (jwarc), no Spark. Part of the ingest stage: it may import the other ingest packages, config and table, and
 * today imports none of them.
 */
package org.newsdrift.ingest.warc;
