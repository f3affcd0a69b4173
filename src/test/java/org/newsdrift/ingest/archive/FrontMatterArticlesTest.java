package org.newsdrift.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsdrift.ingest.MappedRecord;
import org.newsdrift.ingest.RawArticle;
import org.newsdrift.ingest.RejectReason;

class FrontMatterArticlesTest {

    @Test
    void aNaverEntryBecomesAnArticleWithEntitiesKeptAndTheDayAsWritten() {
        MappedRecord mapped =
                FrontMatterArticles.map(FrontMatterParserTest.NAVER_DOCUMENT.getBytes(StandardCharsets.UTF_8));

        assertThat(mapped.ok()).isTrue();
        assertThat(mapped.article())
                .isEqualTo(new RawArticle(
                        "연합뉴스",
                        "https://n.news.naver.com/mnews/article/001/0015812889",
                        "강남구, 청렴도 평가서 3년 연속 &#x27;우수등급&#x27;",
                        LocalDate.of(2025, 12, 24),
                        "header",
                        "und",
                        "\n# 강남구\n\n---\n\n(서울&#x3D;연합뉴스) 본문.\n",
                        RawArticle.MARKDOWN,
                        LocalDate.of(2025, 12, 25)));
    }

    @Test
    void anEmptyPublishedAtLeavesTheArticleUndatedAndABlankPublisherIsUnknown() {
        RawArticle article = FrontMatterArticles.map("---\ntitle: \"카드\"\npublisher: \npublished_at: \n---\n본문")
                .article();

        assertThat(article.publishedDate()).isNull();
        assertThat(article.dateSource()).isEqualTo("none");
        assertThat(article.source()).isEqualTo("unknown");
        assertThat(article.url()).isNull();
        assertThat(article.title()).isEqualTo("카드");
    }

    @Test
    void thePublishedDayIsTheCalendarDayWrittenWhateverTheZone() {
        assertThat(FrontMatterArticles.publishedDate("2025-12-24")).isEqualTo(LocalDate.of(2025, 12, 24));
        assertThat(FrontMatterArticles.publishedDate("2025-12-24 23:59")).isEqualTo(LocalDate.of(2025, 12, 24));
        assertThat(FrontMatterArticles.publishedDate("2025-12-24T23:30:00-05:00"))
                .isEqualTo(LocalDate.of(2025, 12, 24));
        assertThat(FrontMatterArticles.publishedDate("2025-02-30")).isNull();
        assertThat(FrontMatterArticles.publishedDate("24 Dec 2025")).isNull();
        assertThat(FrontMatterArticles.publishedDate("2025-12-241")).isNull();
        assertThat(FrontMatterArticles.publishedDate("")).isNull();
    }

    @Test
    void documentsThatCannotBeArticlesAreRejectedWithAReason() {
        assertThat(FrontMatterArticles.map("no front matter"))
                .isEqualTo(
                        MappedRecord.rejected(
                                RejectReason.MALFORMED_FRONT_MATTER,
                                "Cannot parse front matter: the document does not start with a '---' line (line 1: \"no front matter\")"));
        assertThat(FrontMatterArticles.map("---\nid: 1\n---\n \n\t\n"))
                .isEqualTo(
                        MappedRecord.rejected(RejectReason.MISSING_TEXT, "the document has front matter but no body"));
        assertThat(FrontMatterArticles.map(new byte[] {'-', '-', '-', '\n', (byte) 0xC3, '\n'}))
                .isEqualTo(MappedRecord.rejected(
                        RejectReason.MALFORMED_TEXT, "Cannot decode the document: not valid UTF-8"));
    }
}
