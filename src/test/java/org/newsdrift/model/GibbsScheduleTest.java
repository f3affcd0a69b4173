package org.newsdrift.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GibbsScheduleTest {
    @Test
    void statisticsAreCollectedAndPriorsOptimisedEveryTenSweepsAfterTheBurnIn() {
        assertThat(GibbsSchedule.collects(200)).isFalse();
        assertThat(GibbsSchedule.collects(205)).isFalse();
        assertThat(GibbsSchedule.collects(210)).isTrue();
        assertThat(GibbsSchedule.optimisesAfter(200)).isFalse();
        assertThat(GibbsSchedule.optimisesAfter(210)).isTrue();
        assertThat(GibbsSchedule.rounds(1000)).isEqualTo(100);
        assertThat(GibbsSchedule.rounds(1001)).isEqualTo(101);
        assertThat(GibbsSchedule.firstSweep(3)).isEqualTo(21);
    }

    /** Runs 22 rounds against a fixed state and returns the priors each round was given. */
    private static List<GibbsPriors> priorsGiven(boolean optimise) {
        List<TopicAssignments> docs = MalletSweepsTest.twoThemes(5);
        TopicCounts counts = MalletSweepsTest.count(docs);
        List<GibbsPriors> given = new ArrayList<>();
        GibbsSchedule.run(22, GibbsPriors.symmetric(MalletSweepsTest.K, 2.5, 0.01), optimise, (round, priors) -> {
            given.add(priors);
            MalletSweeps.Swept swept = MalletSweeps.run(
                    docs,
                    counts,
                    priors,
                    MalletSweeps.random(5, round, 0),
                    GibbsSchedule.firstSweep(round),
                    GibbsSchedule.SWEEPS_PER_ROUND,
                    optimise,
                    MalletSweepsTest.LENGTH);
            return new RoundTotals(counts, swept.statistics());
        });
        return given;
    }

    @Test
    void thePriorsChangeOnlyAfterTheBurnInAndOnlyWhenOptimised() {
        List<GibbsPriors> optimised = priorsGiven(true);
        GibbsPriors initial = optimised.get(0);
        // Rounds 1 to 21 end on sweeps 10 to 210: the first optimisation follows round 21.
        for (int r = 0; r < 21; r++) {
            assertThat(optimised.get(r)).isSameAs(initial);
        }
        assertThat(optimised.get(21).alpha()).isNotEqualTo(initial.alpha());
        for (GibbsPriors notOptimised : priorsGiven(false)) {
            assertThat(notOptimised.alpha()).containsExactly(initial.alpha());
            assertThat(notOptimised.beta()).isEqualTo(initial.beta());
        }
    }
}
