package org.newsdrift.clean.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsdrift.PlainTextDocuments;

class ArticlePageFilterTest {
    private final TextPageCleaner cleaner = new TextPageCleaner(PageFixtures.CLOCK);
    private final ArticlePageFilter filter = new ArticlePageFilter();

    @Test
    void bothSavedNewsPagesAreArticles() {
        assertThat(filter.rejection(cleaner.clean(PageFixtures.page(PageFixtures.KOREA_WARNS_RUSSIA))))
                .isEmpty();
        assertThat(filter.rejection(cleaner.clean(PageFixtures.page(PageFixtures.KYIV_INDEPENDENT))))
                .isEmpty();
    }

    @Test
    void aLicenceAManualAndAChangelogAreNotArticles() {
        for (String document :
                new String[] {PlainTextDocuments.licence(), PlainTextDocuments.manual(), PlainTextDocuments.changelog()
                }) {
            assertThat(filter.rejection(cleaner.clean(document)))
                    .as(document.substring(0, 60))
                    .hasValueSatisfying(why -> assertThat(why).startsWith("no article found: "));
        }
    }

    @Test
    void aBodyOfAFewSentencesIsTooShortWhateverThePage() {
        CleanedPage page = new CleanedPage(
                "A headline",
                "x".repeat(ArticlePageFilter.MIN_BODY_CHARS - 1),
                null,
                CleanedPage.SOURCE_NONE,
                0,
                ArticlePageFilter.MIN_BODY_CHARS);

        assertThat(filter.rejection(page))
                .hasValue("no article found: the largest block of prose holds 199 "
                        + "characters of the page's 200; an article body holds at least 200");
    }

    @Test
    void aBodyThatIsASliverOfALongPageIsNotAnArticleAndOneJustAboveTheShareIs() {
        String body = "y".repeat(300);
        assertThat(filter.rejection(new CleanedPage(null, body, null, CleanedPage.SOURCE_NONE, 0, 10_001)))
                .hasValueSatisfying(why -> assertThat(why).contains("300 characters, 2.99% of the page's 10001"));
        assertThat(filter.rejection(new CleanedPage(null, body, null, CleanedPage.SOURCE_NONE, 0, 10_000)))
                .isEmpty();
    }

    @Test
    void charactersAreCountedAsCodePointsSoKoreanAndEmojiCountOnce() {
        String body = "\uD83D\uDE00".repeat(ArticlePageFilter.MIN_BODY_CHARS);
        assertThat(filter.rejection(new CleanedPage(null, body, null, CleanedPage.SOURCE_NONE, 0, body.length())))
                .isEmpty();
    }
}
