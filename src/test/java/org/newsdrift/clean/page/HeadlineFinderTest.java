package org.newsdrift.clean.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class HeadlineFinderTest {
    private static final String BODY =
            "Russia and North Korea signed a mutual defence treaty in Pyongyang on Wednesday, "
                    + "Putin and Kim said after talks that lasted most of the day.";

    private static List<ClassifiedLine> page(String... lines) {
        ChromeLineClassifier classifier = new ChromeLineClassifier();
        return java.util.Arrays.stream(lines)
                .map(l -> new ClassifiedLine(l, classifier.classify(l)))
                .toList();
    }

    @Test
    void headlineThatStartsThePageIsFoundPastCaptionsAndWidgets() {
        List<ClassifiedLine> page = page(
                "Putin and Kim sign mutual defence treaty",
                "Share",
                "Gift this article",
                "Leaders at the signing ceremony in Pyongyang on Wednesday.",
                "World news",
                BODY);

        assertThat(new HeadlineFinder().find(page, 5, 5)).isEqualTo(OptionalInt.of(0));
    }

    @Test
    void teaserOfAnotherStoryIsPassedOverForTheHeadlineTheBodyRepeats() {
        List<ClassifiedLine> page = page(
                "Home",
                "World",
                "Floods close schools across Bavaria",
                "Putin and Kim sign mutual defence treaty",
                "By Chris York",
                BODY);

        assertThat(new HeadlineFinder().find(page, 5, 5)).isEqualTo(OptionalInt.of(3));
    }

    @Test
    void breadcrumbGluedToTheHeadlineGivesWayToTheHeadlineOnItsOwn() {
        List<ClassifiedLine> page = page(
                "HomeWorldPutin and Kim sign mutual defence treaty", "Putin and Kim sign mutual defence treaty", BODY);

        assertThat(new HeadlineFinder().find(page, 2, 2)).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void bylineWithAClockTimeIsNeverTheHeadline() {
        List<ClassifiedLine> page = page(
                "Menu", "Pyongyang treaty: Putin 20 June, 14:39", "Putin and Kim sign mutual defence treaty", BODY);

        assertThat(new HeadlineFinder().find(page, 3, 3)).isEqualTo(OptionalInt.of(2));
    }

    @Test
    void headlineInflectingTheBodysWordsIsFoundWhenNoLineRepeatsMostOfItsWords() {
        List<ClassifiedLine> page =
                page("Home", "Treaties: Russians and Koreans defending each other from now on", "By Chris York", BODY);

        assertThat(new HeadlineFinder().find(page, 3, 3)).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void questionThatOpensTheBodyIsTheHeadline() {
        List<ClassifiedLine> page =
                page("Home", "World", "Is the mutual defence treaty of Russia and North Korea signed?", BODY);

        assertThat(new HeadlineFinder().find(page, 2, 3)).isEqualTo(OptionalInt.of(2));
    }

    @Test
    void captionAfterAPictureCreditIsPassedOverForTheHeadline() {
        List<ClassifiedLine> page = page(
                "Home",
                "© Pool/AFP",
                "Putin and Kim sign the mutual defence treaty in Pyongyang on Wednesday",
                "Putin and Kim sign defence treaty",
                "By Chris York",
                BODY);

        assertThat(new HeadlineFinder().find(page, 5, 5)).isEqualTo(OptionalInt.of(3));
    }

    @Test
    void promptSharingOnlyTwoWordsWithTheBodyGivesWayToTheHeadlineBelowIt() {
        // "Pyongyang Treaty in the quiz" repeats two of its three words; the headline repeats four of its five.
        List<ClassifiedLine> page = page(
                "Home",
                "Pyongyang Treaty in the quiz",
                "Sports",
                "Putin and Kim sign mutual defence treaty",
                "By Chris York",
                BODY);

        assertThat(new HeadlineFinder().find(page, 5, 5)).isEqualTo(OptionalInt.of(3));
    }

    @Test
    void lineRepeatingMostOfTwoWordsIsStillTakenWhenNoLineRepeatsMore() {
        List<ClassifiedLine> page = page("Home", "The Pyongyang treaty, explained", "By Chris York", BODY);

        assertThat(new HeadlineFinder().find(page, 3, 3)).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void headlineWhoseWordsTheBodyDoesNotRepeatIsTheLineAboveTheByline() {
        List<ClassifiedLine> page = page(
                "Home",
                "Search",
                "Breakpoint: help, the fundamentalists are coming!",
                "Column by Carla Smith - 28.04.2024 at 08:52",
                BODY);

        assertThat(new HeadlineFinder().find(page, 4, 4)).isEqualTo(OptionalInt.of(2));
    }

    @Test
    void lineAboveABylineIsNotTakenWhenItIsChrome() {
        List<ClassifiedLine> page = page(
                "Home", "Search", "Subscribe to our newsletter", "Column by Carla Smith - 28.04.2024 at 08:52", BODY);

        assertThat(new HeadlineFinder().find(page, 4, 4)).isEmpty();
    }
}
