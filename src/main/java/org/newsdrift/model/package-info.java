/**
 * The fourth stage: TF-IDF weights, the LDA topic model (Spark MLlib or collapsed Gibbs sampling), topic alignment
 * across model versions and the saved model versions. It may import the earlier stages (ingest, clean, text),
 * config and table; never trends, report or job.
 */
package org.newsdrift.model;
