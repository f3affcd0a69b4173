package org.newsdrift.ingest;

import java.io.Serializable;

/** A file to read, as listed on its Hadoop file system. */
public record InputFile(String uri, long size, long modificationTime) implements Serializable {}
