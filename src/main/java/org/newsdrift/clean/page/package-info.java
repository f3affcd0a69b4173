/**
 * Pages saved as plain text: classifies each line (navigation, prompts, captions, bylines, prose), selects the body,
 * finds the headline and the publication date, repairs mis-decoded UTF-8 and learns template lines. Pure Java, no
 * Spark. Part of the clean stage: it may import the other clean packages, ingest, config and table.
 */
package org.newsdrift.clean.page;
