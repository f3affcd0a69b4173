package org.newsdrift.ingest.archive;

/** A document whose front matter is missing or outside the subset {@link FrontMatterParser} reads. */
public final class FrontMatterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FrontMatterException(String message) {
        super(message);
    }
}
