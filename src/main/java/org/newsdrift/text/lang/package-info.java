/**
 * The Lucene analyzer chain of each language (English, Korean, Russian, Ukrainian, and a standard chain for the rest)
 * and the token filters they share. Pure Java, no Spark. Part of the text stage: it may import the other text packages,
 * ingest, clean, config and table.
 */
package org.newsdrift.text.lang;
