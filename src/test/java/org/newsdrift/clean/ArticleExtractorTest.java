package org.newsdrift.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
    private final ArticleExtractor extractor =
            new ArticleExtractor(Clock.fixed(Instant.parse("2024-11-12T10:00:00Z"), ZoneOffset.UTC));

    private ArticleExtractor.Extracted record(LocalDate published, LocalDate crawled) {
        return extractor.extract(
                "record", "T", "Body.", "https://a/1", published, published == null ? "none" : "metadata", crawled);
    }

    @Test
    void aPlausibleDateIsKeptWithItsSource() {
        ArticleExtractor.Extracted e = record(LocalDate.of(2024, 6, 19), null);
        assertThat(e.publishedDate()).isEqualTo(LocalDate.of(2024, 6, 19));
        assertThat(e.dateSource()).isEqualTo("metadata");
        assertThat(e.dateNote()).isNull();
    }

    @Test
    void datesBefore1990OrAfterTomorrowAreDroppedWithANote() {
        ArticleExtractor.Extracted old = record(LocalDate.of(1970, 1, 1), null);
        assertThat(old.publishedDate()).isNull();
        assertThat(old.dateSource()).isEqualTo("none");
        assertThat(old.dateNote()).contains("1970-01-01").contains("before 1990-01-01");

        ArticleExtractor.Extracted future = record(LocalDate.of(2099, 1, 1), null);
        assertThat(future.publishedDate()).isNull();
        assertThat(future.dateNote()).contains("after 2024-11-13");

        assertThat(record(LocalDate.of(2024, 11, 13), null).publishedDate()).isEqualTo(LocalDate.of(2024, 11, 13));
    }

    @Test
    void theCrawlDateStandsInOnlyWhereNothingElseGivesADateAndIsMarked() {
        ArticleExtractor.Extracted undated = record(null, LocalDate.of(2024, 11, 10));
        assertThat(undated.publishedDate()).isEqualTo(LocalDate.of(2024, 11, 10));
        assertThat(undated.dateSource()).isEqualTo("crawl");

        ArticleExtractor.Extracted dated = record(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 10));
        assertThat(dated.publishedDate()).isEqualTo(LocalDate.of(2024, 11, 1));
        assertThat(dated.dateSource()).isEqualTo("metadata");
    }

    @Test
    void aPlainTextPageLosesItsChromeAndKeepsItsHeaderDate() {
        String page = "date 2024-06-20\nSkip to content\nNews\nWorld\n\nPutin and Kim sign a pact\n\n"
                + "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a mutual defence treaty. "
                + "The pact was signed in Pyongyang during a state visit.\n\nSubscribe to our newsletter\n";
        ArticleExtractor.Extracted e = extractor.extract("page", null, page, null, null, "none", null);
        assertThat(e.publishedDate()).isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(e.dateSource()).isEqualTo("header");
        assertThat(e.text())
                .contains("mutual defence treaty")
                .doesNotContain("Skip to content")
                .doesNotContain("Subscribe");
    }
}
