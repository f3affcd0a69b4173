package org.newsdrift.clean.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Shapes of saved pages from sites the cleaner was not written against: menus, galleries, media items. */
class UnseenPageShapesTest {
    private static final String FIRST =
            "Russia and North Korea signed a mutual defence treaty in Pyongyang on Wednesday, "
                    + "committing each to help the other if attacked, Putin and Kim said after talks that lasted the whole day.";
    private static final String SECOND =
            "The treaty replaces agreements of 1961 and 2000. Officials in Seoul said they "
                    + "would study its text closely and consult their allies in Washington and Tokyo before they respond to it.";
    private static final String THIRD = "Analysts said the defence treaty was the strongest link between Moscow and "
            + "Pyongyang since the end of the Cold War, and that it would worry governments across the whole region for "
            + "years to come, and perhaps for decades.";

    private final TextPageCleaner cleaner = new TextPageCleaner(PageFixtures.CLOCK);

    @Test
    void longRunOfSectionNamesIsAMenuNotProse() {
        String menu = "My Europe World Business Policy Green Health Travel Culture Video Programmes Sport Weather Live";

        assertThat(new ChromeLineClassifier().classify(menu)).isEqualTo(LineKind.MENU);
    }

    @Test
    void pictureGalleryBetweenParagraphsDoesNotCutTheArticle() {
        String page = String.join(
                "\n",
                "Home",
                "World",
                "Putin and Kim sign mutual defence treaty",
                FIRST,
                SECOND,
                "Exit full screen",
                "Open gallery",
                "The leaders at the signing ceremony",
                "Photo: Pool/AFP",
                "The leaders at the signing ceremony",
                "Photo: Pool/AFP",
                THIRD);

        CleanedPage cleaned = cleaner.clean(page);

        assertThat(cleaned.text()).contains(FIRST).contains(THIRD);
        assertThat(cleaned.title()).isEqualTo("Putin and Kim sign mutual defence treaty");
    }

    @Test
    void videoItemDateIsNotThePublicationDate() {
        String page = String.join(
                "\n",
                "Putin and Kim sign mutual defence treaty",
                "Stand: 20.06.2024, 14:39 Uhr",
                "Video",
                "Do 19.06.2024 15:17 Uhr 01:00 min",
                FIRST,
                SECOND,
                THIRD);

        CleanedPage cleaned = cleaner.clean(page);

        assertThat(cleaned.publishedDate()).isEqualTo(LocalDate.of(2024, 6, 20));
    }

    @Test
    void pictureCreditIsNeverTheTitle() {
        String page = String.join(
                "\n",
                "Putin and Kim sign mutual defence treaty",
                "Share",
                "Putin and Kim in Pyongyang © Pool/AFP",
                FIRST,
                SECOND,
                THIRD);

        assertThat(cleaner.clean(page).title()).isEqualTo("Putin and Kim sign mutual defence treaty");
    }

    @Test
    void datedCaptionIsNoBylineAndTheSitesTodayAboveTheHeadlineIsNoPublicationDate() {
        String page = String.join(
                "\n",
                "Home",
                "World",
                "November 24, 2024",
                "Search",
                "Archive",
                "Sport",
                "Putin and Kim sign mutual defence treaty",
                "Soldiers at the parade in Pyongyang, 24 April 2023",
                FIRST,
                SECOND,
                THIRD);

        CleanedPage cleaned = cleaner.clean(page);

        assertThat(new ChromeLineClassifier().classify("Soldiers at the parade in Pyongyang, 24 April 2023"))
                .isEqualTo(LineKind.CAPTION);
        assertThat(cleaned.publishedDate()).isNull();
        assertThat(cleaned.title()).isEqualTo("Putin and Kim sign mutual defence treaty");
    }
}
