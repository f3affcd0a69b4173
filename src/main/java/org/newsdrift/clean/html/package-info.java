/**
 * Main-text extraction from raw news article HTML: {@link org.newsdrift.clean.html.HtmlExtractor} reads the title,
 * body paragraphs, publication day, canonical URL and language of one page. Pure Java (jsoup, Jackson), no Spark.
 */
package org.newsdrift.clean.html;
