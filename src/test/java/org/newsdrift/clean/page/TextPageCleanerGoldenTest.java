package org.newsdrift.clean.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The two saved pages against golden outputs written by hand after reading them. */
class TextPageCleanerGoldenTest {
    private final TextPageCleaner cleaner = new TextPageCleaner(PageFixtures.CLOCK);

    @ParameterizedTest
    @ValueSource(strings = {PageFixtures.KOREA_WARNS_RUSSIA, PageFixtures.KYIV_INDEPENDENT})
    void cleanedPageMatchesItsGoldenTitleDateAndBody(String name) {
        CleanedPage cleaned = cleaner.clean(PageFixtures.page(name));
        Properties expected = PageFixtures.expected(name);

        assertThat(cleaned.title()).isEqualTo(expected.getProperty("title"));
        String date = expected.getProperty("publishedDate");
        assertThat(cleaned.publishedDate()).isEqualTo(date.isEmpty() ? null : LocalDate.parse(date));
        assertThat(cleaned.dateSource()).isEqualTo(expected.getProperty("dateSource"));
        assertThat(cleaned.text()).isEqualTo(PageFixtures.expectedText(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {PageFixtures.KOREA_WARNS_RUSSIA, PageFixtures.KYIV_INDEPENDENT})
    void cleaningTheCleanedTextAgainChangesNothing(String name) {
        String once = cleaner.clean(PageFixtures.page(name)).text();

        assertThat(cleaner.clean(once).text()).isEqualTo(once);
    }

    @Test
    void juneTwentyPageIsDatedFromItsHeaderLine() {
        CleanedPage cleaned = cleaner.clean(PageFixtures.page(PageFixtures.KYIV_INDEPENDENT));

        assertThat(cleaned.publishedDate()).isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(cleaned.dateSource()).isEqualTo(CleanedPage.SOURCE_HEADER);
    }

    @Test
    void juneTwentyPageWithoutItsHeaderLineIsDatedFromItsByline() {
        String page = PageFixtures.page(PageFixtures.KYIV_INDEPENDENT).replaceFirst("^ date 2024-06-20 ", "");

        CleanedPage cleaned = cleaner.clean(page);

        assertThat(cleaned.publishedDate()).isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(cleaned.dateSource()).isEqualTo(CleanedPage.SOURCE_BYLINE);
    }

    @Test
    void undatedPageHasNoDate() {
        CleanedPage cleaned = cleaner.clean(PageFixtures.page(PageFixtures.KOREA_WARNS_RUSSIA));

        assertThat(cleaned.publishedDate()).isNull();
        assertThat(cleaned.dateSource()).isEqualTo(CleanedPage.SOURCE_NONE);
    }

    @Test
    void kyivIndependentBodyKeepsTheArticleAndLosesNavigationCaptionTeasersAndTheLiveFeed() {
        String text =
                cleaner.clean(PageFixtures.page(PageFixtures.KYIV_INDEPENDENT)).text();

        assertThat(text)
                .startsWith("South Korea has said it will reconsider its policy of not directly supplying Ukraine")
                .endsWith("called Russia his country's \"most honorable friend and ally.\"")
                .contains("\"The government clearly emphasizes that any cooperation")
                .doesNotContain(
                        "date 2024-06-20",
                        "Skip to content",
                        "News Feed",
                        "by Chris York",
                        "min read",
                        "Getty Images",
                        "How Mark Rutte",
                        "There was a joke",
                        "The Kyiv Independent",
                        "Author:",
                        "Video",
                        "life-saving robots",
                        "Land drones",
                        "12:22 AM",
                        "Updated",
                        "Shabunin",
                        "1:35 AM",
                        "CNN:",
                        "75th anniversary");
    }

    @Test
    void koreaWarnsRussiaBodyKeepsTheArticleAndLosesTheCommentFormAndScrollLink() {
        String text = cleaner.clean(PageFixtures.page(PageFixtures.KOREA_WARNS_RUSSIA))
                .text();

        assertThat(text)
                .startsWith("South Korean President Yoon Suk Yeol has issued a stern warning to Russia")
                .endsWith("assuring its continued strength moving forward.")
                .doesNotContain(
                        "Leave a Comment",
                        "Your email address",
                        "Required fields",
                        "Scroll to Top",
                        "Threat to Europe\n");
    }

    @Test
    void removedLinesCountsEveryNonBlankLineThatIsNeitherBodyNorTitle() {
        // Korea: comment prompt, email notice, scroll link. Kyiv: 26 non-blank lines, 8 body paragraphs, 1 title.
        assertThat(cleaner.clean(PageFixtures.page(PageFixtures.KOREA_WARNS_RUSSIA))
                        .removedLines())
                .isEqualTo(3);
        assertThat(cleaner.clean(PageFixtures.page(PageFixtures.KYIV_INDEPENDENT))
                        .removedLines())
                .isEqualTo(17);
    }
}
