package org.newsdrift.clean.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.newsdrift.clean.page.PageFixtures.FIRST;
import static org.newsdrift.clean.page.PageFixtures.SECOND;
import static org.newsdrift.clean.page.PageFixtures.THIRD;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates, chrome in other languages and robustness, on pages built in the test. */
class TextPageCleanerTest {
    private static final String HEADLINE = "Putin and Kim sign mutual defence treaty in Pyongyang";

    private final TextPageCleaner cleaner = new TextPageCleaner(PageFixtures.CLOCK);

    private static String article(String byline) {
        return String.join(
                "\n",
                "Home | World | Asia | Politics",
                HEADLINE,
                byline,
                "",
                FIRST,
                "",
                SECOND,
                "",
                THIRD,
                "",
                "Share this article",
                "Sign up for our newsletter");
    }

    @Test
    void relatedStoriesAfterAHeadingOfTheirOwnAreNotPartOfTheBody() {
        String teaser = "Seoul and Tokyo held talks on the treaty's consequences for the region on Thursday, officials "
                + "from both governments said after a meeting of more than three hours in the Japanese capital.";
        String page = String.join(
                "\n",
                "Home | World | Asia | Politics",
                HEADLINE,
                "By Chris York",
                "",
                FIRST,
                "",
                SECOND,
                "",
                THIRD,
                "",
                "More on this topic",
                "Seoul and Tokyo weigh their answer",
                teaser);

        assertThat(cleaner.clean(page).text()).isEqualTo(String.join("\n", FIRST, SECOND, THIRD));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "By Chris York June 20, 2024 2:39 PM | 2024-06-20",
                "Jun 20, 2024 | 2024-06-20",
                "Published 20 June 2024 | 2024-06-20",
                "Updated 2024-06-20T14:39 | 2024-06-20",
                "By Jane Doe, Sept. 3, 2024 | 2024-09-03",
                "Опубликовано 20 июня 2024 | 2024-06-20",
                "20 червня 2024, 14:39 | 2024-06-20",
                "입력 2024.06.20. 오후 2:39 | 2024-06-20",
                "홍길동 기자 2024년 6월 20일 | 2024-06-20"
            })
    void bylineDateIsReadInEachWrittenForm(String byline, String date) {
        CleanedPage cleaned = cleaner.clean(article(byline));

        assertThat(cleaned.publishedDate()).isEqualTo(LocalDate.parse(date));
        assertThat(cleaned.dateSource()).isEqualTo(CleanedPage.SOURCE_BYLINE);
        assertThat(cleaned.title()).isEqualTo(HEADLINE);
        assertThat(cleaned.text()).isEqualTo(FIRST + "\n" + SECOND + "\n" + THIRD);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "By Chris York June 20, 1989",
                "By Chris York June 20, 2031",
                "By Chris York 06/07/2024",
                "By Chris York February 30, 2024",
                "By Chris York"
            })
    void implausibleAmbiguousOrMissingBylineDatesGiveNoDate(String byline) {
        CleanedPage cleaned = cleaner.clean(article(byline));

        assertThat(cleaned.publishedDate()).isNull();
        assertThat(cleaned.dateSource()).isEqualTo(CleanedPage.SOURCE_NONE);
    }

    @Test
    void dateInAParagraphIsNeverTakenForThePublicationDate() {
        String page = HEADLINE + "\n\n" + FIRST
                + "\n\nThe treaty was first drafted on March 3, 2023, officials said.\n\n" + SECOND;

        assertThat(cleaner.clean(page).publishedDate()).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "date 1985-06-20 | By Chris York June 20, 2024 | 2024-06-20 | byline",
                "date 2031-06-20 | By Chris York | | none",
                "date 2024-02-30 | By Chris York Jun 21, 2024 | 2024-06-21 | byline",
                "date 2024-06-19 | By Chris York Jun 21, 2024 | 2024-06-19 | header"
            })
    void headerDateWinsOnlyWhenItIsAPlausibleDate(String header, String byline, LocalDate date, String source) {
        CleanedPage cleaned = cleaner.clean(header + "\n" + article(byline));

        assertThat(cleaned.publishedDate()).isEqualTo(date);
        assertThat(cleaned.dateSource()).isEqualTo(source);
        assertThat(cleaned.text()).doesNotContain("date ");
    }

    @Test
    void tomorrowInUtcIsPlausibleAndTheDayAfterIsNot() {
        assertThat(cleaner.clean("date 2025-03-02\n" + article("")).publishedDate())
                .isEqualTo("2025-03-02");
        assertThat(cleaner.clean("date 2025-03-03\n" + article("")).publishedDate())
                .isNull();
    }

    @Test
    void koreanRussianAndUkrainianChromeIsRemoved() {
        String page = String.join(
                "\n",
                "메뉴",
                "구독",
                "기자 구독하기",
                "많이 본 뉴스",
                HEADLINE,
                "",
                FIRST,
                "Подписаться",
                "Читайте также: Путин прибыл в Пхеньян",
                SECOND,
                "Підписатися",
                "Поділитися",
                THIRD,
                "",
                "무단 전재 및 재배포 금지",
                "Підпишіться на наш Telegram-канал",
                "Все права защищены.");

        CleanedPage cleaned = cleaner.clean(page);

        assertThat(cleaned.text()).isEqualTo(FIRST + "\n" + SECOND + "\n" + THIRD);
        assertThat(cleaned.title()).isEqualTo(HEADLINE);
    }

    @Test
    void articleInterruptedByAnAdAndARelatedLinkStaysWhole() {
        String page = String.join(
                "\n",
                HEADLINE,
                "",
                FIRST,
                "",
                "Advertisement",
                "",
                SECOND,
                "Related: Kim Jong Un visits Russian Far East",
                THIRD);

        assertThat(cleaner.clean(page).text()).isEqualTo(FIRST + "\n" + SECOND + "\n" + THIRD);
    }

    @Test
    void audioNoticesAndShareWidgetsAroundTheArticleAreRemoved() {
        String page = String.join(
                "\n",
                "Skip to main content",
                "LATEST NEWS",
                HEADLINE,
                "Listen to this article",
                "5 min listen",
                "Share on Facebook",
                "Share on X",
                FIRST,
                SECOND,
                THIRD,
                "Read more",
                "Continue reading",
                "Comments",
                "Be the first to comment",
                "[Facebook](https://facebook.com/x) [X](https://x.com/y)");

        CleanedPage cleaned = cleaner.clean(page);

        assertThat(cleaned.text()).isEqualTo(FIRST + "\n" + SECOND + "\n" + THIRD);
        assertThat(cleaned.removedLines()).isEqualTo(11);
    }

    @Test
    void theHeadlineIsChosenOnTheWholePageBeforeCaptionsAndRepeatedLinesLeaveTheBody() {
        // The headline is on the page three times (breadcrumb, heading, share box): a repeated line, yet the headline.
        String caption = "Kim Jong Un and Vladimir Putin at the signing ceremony in Pyongyang (Picture: Reuters)";
        String page = String.join(
                "\n",
                "Home | World | " + HEADLINE,
                HEADLINE,
                "By Chris York",
                "",
                FIRST,
                "",
                caption,
                "",
                SECOND,
                "",
                THIRD,
                "",
                "Share this article",
                HEADLINE,
                HEADLINE);

        CleanedPage cleaned = cleaner.clean(page);

        assertThat(cleaned.title()).isEqualTo(HEADLINE);
        assertThat(cleaned.text()).isEqualTo(FIRST + "\n" + SECOND + "\n" + THIRD);
    }

    @Test
    void liveFeedSidebarLongerThanEachOfItsItemsLosesToTheArticle() {
        String feed = String.join(
                "\n",
                "Live",
                "10:05 AM",
                "Zelensky meets defence ministers in Brussels on aid.",
                "9:40 AM",
                "Explosions reported in Kharkiv overnight, the regional governor said.",
                "8:12 AM",
                "Ukraine's parliament extends martial law for another ninety days, lawmakers say.");
        String page = feed + "\n" + HEADLINE + "\n" + FIRST + "\n" + SECOND + "\n" + THIRD;

        CleanedPage cleaned = cleaner.clean(page);

        assertThat(cleaned.text()).isEqualTo(FIRST + "\n" + SECOND + "\n" + THIRD);
        assertThat(cleaned.title()).isEqualTo(HEADLINE);
    }

    @Test
    void pageWithoutProseGivesAnEmptyTextAndNoTitle() {
        CleanedPage cleaned = cleaner.clean("Home\nWorld\nSubscribe\n\n");

        assertThat(cleaned.text()).isEmpty();
        assertThat(cleaned.title()).isNull();
        assertThat(cleaned.removedLines()).isEqualTo(3);
    }

    @Test
    void nullAndEmptyPagesGiveAnEmptyCleanedPage() {
        assertThat(cleaner.clean(null)).isEqualTo(new CleanedPage(null, "", null, CleanedPage.SOURCE_NONE, 0, 0));
        assertThat(cleaner.clean("")).isEqualTo(new CleanedPage(null, "", null, CleanedPage.SOURCE_NONE, 0, 0));
    }

    @Test
    void randomStringsNeverThrowAndCleanToAFixedPoint() {
        Random random = new Random(20240620L);
        String alphabet = "abcXYZ 019:.,-/|()…\"\n\n\t\u00a0ДатаПутінкндр러시아북한 구독July2024-06-20#[]©";
        for (int round = 0; round < 3000; round++) {
            StringBuilder page = new StringBuilder();
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                page.append(
                        random.nextInt(20) == 0
                                ? (char) random.nextInt(0x3000)
                                : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = page.toString();

            assertThatCode(() -> cleaner.clean(input)).as("page %s", input).doesNotThrowAnyException();
            String once = cleaner.clean(input).text();
            assertThat(cleaner.clean(once).text()).as("page %s", input).isEqualTo(once);
        }
    }
}
