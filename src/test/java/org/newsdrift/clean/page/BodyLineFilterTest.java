package org.newsdrift.clean.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdrift.clean.page.PageFixtures.FIRST;
import static org.newsdrift.clean.page.PageFixtures.SECOND;
import static org.newsdrift.clean.page.PageFixtures.THIRD;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Captions, notices, repeated lines and comment headings inside a chosen body, on bodies built in the test. */
class BodyLineFilterTest {

    private final ChromeLineClassifier classifier = new ChromeLineClassifier();
    private final BodyLineFilter filter = new BodyLineFilter();

    /** The texts the filter keeps when {@code lines} are taken as the page and its span as the body. */
    private List<String> kept(String... lines) {
        List<ClassifiedLine> page = new ArrayList<>();
        for (String line : lines) {
            page.add(new ClassifiedLine(line, classifier.classify(line)));
        }
        // As the body selector keeps them: the prose and heading lines, chrome left out.
        List<Integer> body = IntStream.range(0, page.size())
                .filter(i -> page.get(i).kind() == LineKind.PROSE || page.get(i).kind() == LineKind.HEADING)
                .boxed()
                .toList();
        return filter.filter(page, body).stream().map(i -> lines[i]).toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Smoke rises over the houses. © Anett Seidler | Anett Seidler",
                "The brothers celebrate every victory, big and small. Foto: Privat",
                "Crowds wait near Buckingham Palace to view the procession (Picture: PA)",
                "Spontaneous dancing in the audience | Bild: Eva Kirchner/rbb",
                "STR/AFP via Getty Images",
                "Trump had pledged a crackdown on migrants entering the country AP Photo/Edgar H. Clemente",
                "Anadolu via Getty Images)"
            })
    void captionsEndingInAPictureCreditAreDropped(String caption) {
        assertThat(kept(FIRST, caption, SECOND)).containsExactly(FIRST, SECOND);
    }

    @Test
    void aSentenceThatMentionsAPhotoOrAnAgencyStays() {
        String sentence = "The photo, released by AFP on Monday, shows the two leaders shaking hands before the press.";

        assertThat(kept(FIRST, sentence, SECOND)).containsExactly(FIRST, sentence, SECOND);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Please enable JavaScript to view this content.",
                "This advertisement has not loaded yet, but your article continues below.",
                "By signing up you consent to receive the above newsletter from Example Network Inc.",
                "Mit meiner Anmeldung zum Newsletter stimme ich der Werbevereinbarung zu.",
                "Add Example News as a Preferred Source on Google to see more of our stories.",
                "06.01.2026, Lesezeit 5 Min.",
                "Please read our comment policy before commenting.",
                "Copyright © AFP 2017-2026. Für die kommerzielle Nutzung dieses Inhalts ist ein Abonnement erforderlich.",
                "Reporting by Jane Doe in Seoul; Editing by John Roe",
                "—Associated Press writer Jane Doe in Paris contributed to this report."
            })
    void noticesPromptsAndStaffCreditsAreDropped(String notice) {
        assertThat(kept(FIRST, notice, SECOND)).containsExactly(FIRST, SECOND);
    }

    @Test
    void aLongParagraphThatMentionsANewsletterStays() {
        String paragraph = "The ministry's weekly newsletter, which is read by officials across the region, said on "
                + "Friday that the treaty would be debated in parliament next month, after a committee has studied the text "
                + "and heard from experts on international law, defence and trade, and from the two governments' envoys.";

        assertThat(kept(FIRST, paragraph, SECOND)).containsExactly(FIRST, paragraph, SECOND);
    }

    @Test
    void aLineTheBodyHoldsTwiceIsDroppedWithAllItsCopies() {
        String box = "Unlimited online access to read articles from 15 news sites across the country with one account.";

        assertThat(kept(FIRST, box, SECOND, box, THIRD)).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void anArticleSavedTwiceKeepsItsFirstCopy() {
        assertThat(kept(FIRST, SECOND, THIRD, FIRST, SECOND, THIRD)).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void theBodyEndsAtTheCommentsHeadingThatFollowsMostOfIt() {
        String comment = "I could not agree more with the officials in Seoul, this treaty changes everything for us.";

        assertThat(kept(FIRST, SECOND, THIRD, "12 Kommentare", comment)).containsExactly(FIRST, SECOND, THIRD);
        assertThat(kept(FIRST, SECOND, THIRD, "Related Posts", comment)).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void aCommentsLinkAboveMostOfTheBodyDoesNotEndIt() {
        assertThat(kept(FIRST, "Comments", SECOND, THIRD)).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void anEmptyBodyStaysEmpty() {
        assertThat(filter.filter(List.of(), List.of())).isEmpty();
    }
}
