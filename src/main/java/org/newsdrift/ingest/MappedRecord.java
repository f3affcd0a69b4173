package org.newsdrift.ingest;

/** The result of mapping one record: an article, or a reject reason with a detail for people. */
public record MappedRecord(RawArticle article, RejectReason reason, String detail) {

    public static MappedRecord accepted(RawArticle article) {
        return new MappedRecord(article, null, null);
    }

    public static MappedRecord rejected(RejectReason reason, String detail) {
        return new MappedRecord(null, reason, detail);
    }

    public boolean ok() {
        return article != null;
    }
}
