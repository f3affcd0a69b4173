package org.newsdrift.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.newsdrift.evaluation.AttentionShift.Breakdown;
import org.newsdrift.evaluation.AttentionShift.Month;
import org.newsdrift.evaluation.AttentionShift.Reading;
import org.newsdrift.evaluation.AttentionShift.Reason;

class AttentionShiftTest {
    /** Both sides named: Russia or Moscow, and Pyongyang or the DPRK. */
    private static final Predicate<String> BOTH =
            s -> (s.contains("Russia") || s.contains("Moscow")) && (s.contains("Pyongyang") || s.contains("DPRK"));

    private static Reading before(String evidence) {
        return new Reading("a1", true, false, evidence, null);
    }

    @Test
    void anArticleTheLaterRunDoesNotHaveIsGone() {
        assertThat(AttentionShift.why(before("Russia and the DPRK signed."), null, BOTH))
                .isEqualTo(Reason.GONE);
    }

    @Test
    void aDigestIsADigestWhateverItsEvidence() {
        Reading after = new Reading("a1", true, true, "Russia and the DPRK signed.", null);
        assertThat(AttentionShift.why(
                        before("Pyongyang, August 2 (KCNA) -- A Russian delegation arrived here."), after, BOTH))
                .isEqualTo(Reason.DIGEST);
    }

    @Test
    void evidenceThatNamesOneSideOnceTheDatelineIsCutIsTheDatelineCase() {
        Reading after = new Reading("a1", false, false, null, null);
        assertThat(AttentionShift.why(
                        before("Pyongyang, August 2 (KCNA) -- A Russia delegation arrived here."), after, BOTH))
                .isEqualTo(Reason.DATELINE);
    }

    @Test
    void evidenceThatStillNamesBothSidesAfterTheDatelineIsNotTheDatelineCase() {
        Reading after = new Reading("a1", false, false, "Russia and the DPRK met.", null);
        assertThat(AttentionShift.why(before("Pyongyang, August 2 (KCNA) -- Russia and the DPRK met."), after, BOTH))
                .isEqualTo(Reason.PASSING);
    }

    @Test
    void evidenceNamingBothSidesUnderTheThresholdIsAPassingOrListMention() {
        assertThat(AttentionShift.why(
                        before("Russia, China, Iran and the DPRK."),
                        new Reading("a1", false, false, "Russia, China, Iran and the DPRK.", null),
                        BOTH))
                .isEqualTo(Reason.PASSING);
    }

    @Test
    void evidenceNamingOneSideOrNoneMeansNoSentenceNamesBoth() {
        assertThat(AttentionShift.why(
                        before("Moscow welcomed it. Pyongyang too."),
                        new Reading("a1", false, false, "Moscow welcomed it.", null),
                        BOTH))
                .isEqualTo(Reason.NO_CO_MENTION);
        assertThat(AttentionShift.why(
                        before("Moscow welcomed it. Pyongyang too."),
                        new Reading("a1", false, false, null, null),
                        BOTH))
                .isEqualTo(Reason.NO_CO_MENTION);
    }

    @Test
    void aRelevantDigestIsNotARelevantArticle() {
        assertThat(new Reading("a1", true, true, "x", null).relevantArticle()).isFalse();
        assertThat(new Reading("a1", true, false, "x", null).relevantArticle()).isTrue();
        assertThat(new Reading("a1", false, false, null, null).relevantArticle())
                .isFalse();
    }

    @Test
    void theBreakdownCountsEachReasonWithItsLabelsAndLeavesOutReasonsThatDidNotOccur() {
        Breakdown breakdown = new Breakdown();
        breakdown.add(Reason.DIGEST, null);
        breakdown.add(Reason.DATELINE, "relevant");
        breakdown.add(Reason.DATELINE, "not_relevant");
        breakdown.add(Reason.DATELINE, null);

        assertThat(breakdown.total()).isEqualTo(4);
        assertThat(breakdown.of(Reason.DATELINE)).containsExactly(3, 2, 1);
        assertThat(breakdown.markdown())
                .isEqualTo(String.join(
                        "\n",
                        "| why no longer a relevant article | articles | labelled | labelled relevant |",
                        "|---|---:|---:|---:|",
                        "| a digest now (counted apart) | 1 | 0 | 0 |",
                        "| the only co-mention was the dateline (or \"here\" after it) | 3 | 2 | 1 |",
                        "| all | 4 | 2 | 1 |"));
    }

    @Test
    void theMonthTableShowsSharesSideBySideWithATotalRow() {
        String table = AttentionShift.monthTable(
                List.of(new Month("2024-08", 200, 40, 180, 18, 20, 5), new Month("2024-09", 0, 0, 0, 0, 0, 0)),
                "2b3677c",
                "working tree");
        assertThat(table)
                .isEqualTo(String.join(
                        "\n",
                        "| month | before (2b3677c): relevant / articles | after (working tree): relevant / articles "
                                + "| after: relevant digests / digests |",
                        "|---|---:|---:|---:|",
                        "| 2024-08 | 40 / 200 (20.0%) | 18 / 180 (10.0%) | 5 / 20 |",
                        "| 2024-09 | 0 / 0 (–) | 0 / 0 (–) | 0 / 0 |",
                        "| all | 40 / 200 (20.0%) | 18 / 180 (10.0%) | 5 / 20 |"));
    }
}
