package org.newsdrift.ingest;

/** The result of mapping one record: an article, or a reject reason (a short code) with a detail for people. */
public record MappedRecord(RawArticle article, String reason, String detail) {

  public static MappedRecord accepted(RawArticle article) {
    return new MappedRecord(article, null, null);
  }

  public static MappedRecord rejected(String reason, String detail) {
    return new MappedRecord(null, reason, detail);
  }

  public boolean ok() {
    return article != null;
  }
}
