package org.newsdrift.ingest;

/**
 * What became of one input record: an article, or a reject with a reason code ({@link RejectReason#code}) and a
 * detail for people.
 *
 * @param locator where in the file: {@code element N}, {@code line N} or {@code file}
 */
public record IngestOutcome(String inputFile, String locator, RawArticle article, String reason, String detail) {

    public static IngestOutcome rejected(String inputFile, String locator, RejectReason reason, String detail) {
        return new IngestOutcome(inputFile, locator, null, reason.code(), detail);
    }
}
