package org.newsdrift.clean.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsdrift.clean.dedupe.CopyVerifier.Side;
import org.newsdrift.clean.dedupe.CopyVerifier.Verdict;

class CopyVerifierTest {
    private static final CopyVerifier VERIFIER = new CopyVerifier(5, 0.4);
    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);
    private static final String LONG_STORY = "Harbourtown, March 4 (Wire) -- The regional water board opened a new"
            + " pumping station on the eastern bank of the river on Monday, the board said in a statement.\n"
            + "The station will supply drinking water to about 40,000 households in three districts and replaces a plant"
            + " built in the nineteen sixties, which had broken down twice during the dry summer last year.\n"
            + "Engineers spent two years on the project, which was paid for by the provincial budget and a loan from a"
            + " development bank, according to the statement. A second station on the western bank is planned.\n"
            + "Residents of the districts had complained for years about low pressure and brown water in the mornings,"
            + " and the board promised that the new pumps would end both problems before the next summer arrives.";

    private static Side side(String text, LocalDate date) {
        return new Side(text, date, new int[0]);
    }

    @Test
    void aReissueWithAnotherHeadlineIsACopy() {
        assertThat(VERIFIER.verify(
                        side(LONG_STORY, DAY), side("NEW PUMPS FOR THE EAST BANK\n" + LONG_STORY, DAY.plusDays(1))))
                .isEqualTo(Verdict.COPY);
    }

    @Test
    void aCopyWithOneParagraphReplacedIsStillACopy() {
        String edited = LONG_STORY.replace(
                "Engineers spent two years on the project, which was paid for by the"
                        + " provincial budget and a loan from a development bank, according to the statement.",
                "Officials of the Greenfield party, in opposition since 2019, called the opening a stunt before the vote"
                        + " and asked the auditor to look at the cost of 12 million.");
        assertThat(VERIFIER.verify(side(LONG_STORY, DAY), side(edited, DAY))).isEqualTo(Verdict.COPY);
    }

    @Test
    void theSameWordingAWeekAndMoreApartIsNotACopy() {
        assertThat(VERIFIER.verify(side(LONG_STORY, DAY), side(LONG_STORY, DAY.plusDays(8))))
                .isEqualTo(Verdict.FAR_APART);
        assertThat(VERIFIER.verify(side(LONG_STORY, DAY), side(LONG_STORY, null)))
                .isEqualTo(Verdict.COPY);
    }

    @Test
    void anotherNumberInTheSamePlaceIsAnotherEvent() {
        String first = LONG_STORY;
        String second = LONG_STORY.replace("about 40,000 households in three", "about 25,000 households in two");
        assertThat(VERIFIER.verify(side(first, DAY), side(second, DAY))).isEqualTo(Verdict.OTHER_FACTS);
    }

    @Test
    void anotherNameInTheSamePlaceIsAnotherEvent() {
        String caption = "Football Cup Semifinal\nRiverside's Tom Okafor (9) heads the ball past Hillcrest goalkeeper"
                + " Dan Pruitt during the first half of the cup semifinal in Riverside on Sunday, March 3, 2024."
                + " (Wire Photo/Ann Lee)";
        String other = caption.replace("Tom Okafor (9)", "Sam Ruiz (4)");
        assertThat(VERIFIER.verify(side(caption, DAY), side(other, DAY))).isEqualTo(Verdict.OTHER_FACTS);
    }

    @Test
    void inAShortNoticeAnotherVerbIsAnotherEvent() {
        String arrival = "Harbourtown, March 4 (Wire) -- A delegation of the association of river ports led by its"
                + " chairman arrived here by ship on Sunday to attend the annual meeting of the port cities. -0-";
        String departure = arrival.replace("arrived here by ship", "left for home by ship");
        assertThat(VERIFIER.verify(side(arrival, DAY), side(departure, DAY))).isEqualTo(Verdict.OTHER_WORDS);
        assertThat(VERIFIER.verify(side(arrival, DAY), side("Flash: " + arrival, DAY)))
                .isEqualTo(Verdict.COPY);
    }

    @Test
    void postsSharingOnlyTheirSourcesSignOffAreNotCopies() {
        String signOff = " Follow us for more news from the city every day: subscribe to our channel now";
        String one = "The mayor opened a new bridge over the canal." + signOff;
        String two = "Snow is expected in the evening, the forecasters said." + signOff;
        int[] template = Shingles.hashes(signOff, 5);

        assertThat(VERIFIER.verify(side(one, DAY), side(two, DAY))).isEqualTo(Verdict.DISSIMILAR);
        assertThat(VERIFIER.verify(new Side(one, DAY, template), new Side(two, DAY, template)))
                .isEqualTo(Verdict.DISSIMILAR);
        assertThat(VERIFIER.verify(new Side(one, DAY, template), new Side(one.replace(signOff, ""), DAY, new int[0])))
                .isEqualTo(Verdict.COPY);
    }

    @Test
    void numbersAreReadAcrossSpacingAndHandlesAreNotNumbers() {
        assertThat(CopyVerifier.numbersIn("9시25분")).containsExactly("9", "25");
        assertThat(CopyVerifier.numbersIn("007")).containsExactly("7");
        assertThat(CopyVerifier.numbersIn("kch0523")).isEmpty();
        assertThat(CopyVerifier.numbersIn("words")).isEmpty();
    }

    @Test
    void aSimilarityOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new CopyVerifier(5, 0))
                .hasMessage("Cannot verify copies: the minimum similarity must be in (0, 1] (0.0)");
    }
}
