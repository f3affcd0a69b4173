/**
 * The second stage: extracts the article from what ingest read, normalises its text, learns and strips each
 * source's template lines, gives it a stable identity and removes exact and near duplicates. It may import its
 * sub-packages, ingest, config and table; never text, model, trends, report or job.
 */
package org.newsdrift.clean;
