package org.newsdrift.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GluedTailsTest {
    /** What the file-level step does: keys wanted by any text, found in any text of the same file, then repair. */
    private static List<String> repairedAsOneFile(List<String> texts) {
        Set<String> wanted = new HashSet<>();
        texts.forEach(t -> wanted.addAll(GluedTails.wanted(t)));
        Set<String> found = new HashSet<>();
        texts.forEach(t -> found.addAll(GluedTails.present(t, wanted)));
        return texts.stream().map(t -> GluedTails.repair(t, found)).toList();
    }

    @Test
    void wordsGluedToTheEndOfANameAreSplitOnEvidenceFromOtherTextsOfTheFile() {
        List<String> repaired = repairedAsOneFile(List.of(
                "President Kim Il Sungand Chairman Kim Jong Ilon the hill.",
                "Comrade Kim Jong Uninvited the delegation, which Kim Jong Unwas pleased with.",
                "Kim Il Sung and Kim Jong Il met Kim Jong Un. They were invited on a good day; it was fine."));
        assertThat(repaired.get(0)).isEqualTo("President Kim Il Sung and Chairman Kim Jong Il on the hill.");
        assertThat(repaired.get(1))
                .isEqualTo("Comrade Kim Jong Un invited the delegation, which Kim Jong Un was pleased with.");
        assertThat(repaired.get(2))
                .isEqualTo(
                        "Kim Il Sung and Kim Jong Il met Kim Jong Un. They were invited on a good day; it was fine.");
    }

    @Test
    void realWordsStayWholeWithoutEvidenceThatANameEndsInTheirHead() {
        List<String> texts = List.of(
                "On Sunday the Iliad was read. Google DeepMind said an iPhone app at McDonald was new.",
                "The Uninvited is a film; on Sun day trips a Korean Chairman met Soviet Union envoys and South African ones.",
                "Kim Jong Un met Trump on a day in the sun. It was an invited talk, and an ion.");
        assertThat(repairedAsOneFile(texts)).isEqualTo(texts);
    }

    @Test
    void aWordTheTextAlsoUsesInLowerCaseIsNotSplit() {
        Set<String> evidence = Set.of("Jong Un", "invited");
        assertThat(GluedTails.repair("Kim Jong Uninvited guests. Many came uninvited.", evidence))
                .isEqualTo("Kim Jong Uninvited guests. Many came uninvited.");
        assertThat(GluedTails.repair("Kim Jong Uninvited guests.", evidence)).isEqualTo("Kim Jong Un invited guests.");
    }

    @Test
    void theLongestConfirmedHeadWinsAndLinesOrPunctuationBreakANameRun() {
        assertThat(GluedTails.repair("Kim Il Sungand", Set.of("Il Sung", "Il Sun", "and", "gand")))
                .isEqualTo("Kim Il Sung and");
        assertThat(GluedTails.repair("Kim Il\nSungand, Il. Sungand", Set.of("Il Sung", "and")))
                .isEqualTo("Kim Il\nSungand, Il. Sungand");
    }

    @Test
    void otherScriptsFollowTheSameRule() {
        List<String> repaired = repairedAsOneFile(List.of("Ким Чен Ынпосетил завод.", "Ким Чен Ын посетил школу."));
        assertThat(repaired.get(0)).isEqualTo("Ким Чен Ын посетил завод.");
    }

    @Test
    void nullAndEmptyTextsAreLeftAsTheyAre() {
        assertThat(GluedTails.repair(null, Set.of("a b"))).isNull();
        assertThat(GluedTails.wanted(null)).isEmpty();
        assertThat(GluedTails.present(null, Set.of("x"))).isEmpty();
        assertThat(GluedTails.repair("", Set.of("a b"))).isEmpty();
    }
}
