/**
 * Archives as input: {@link org.newsdrift.ingest.archive.ArchiveReader} streams the files of tar, tar.gz and zip
 * archives entry by entry, and {@link org.newsdrift.ingest.archive.FrontMatterArticles} turns Markdown entries with
 * YAML front matter into articles. Pure Java, no Spark. Part of the ingest stage: it may import the other ingest
 * packages (it fills ingest's record types), config and table.
 */
package org.newsdrift.ingest.archive;
