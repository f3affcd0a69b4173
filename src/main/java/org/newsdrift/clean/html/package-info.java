/**
 * Main-text extraction from raw news article HTML: {@link org.newsdrift.clean.html.HtmlExtractor} reads the title,
 * body paragraphs, publication day, canonical URL and language of one page. Pure Java (jsoup, Jackson), no Spark.
 * Part of the clean stage: it may import the other clean packages, ingest, config and table.
 */
package org.newsdrift.clean.html;
