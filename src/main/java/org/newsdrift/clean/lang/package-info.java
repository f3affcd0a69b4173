/**
 * Language detection of article bodies (lingua), as ISO 639-1 codes. Pure Java, no Spark. Part of the clean stage: it
 * may import the other clean packages, ingest, config and table.
 */
package org.newsdrift.clean.lang;
