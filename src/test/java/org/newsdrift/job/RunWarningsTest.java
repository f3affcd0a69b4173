package org.newsdrift.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunWarningsTest {

    @Test
    void aNightOfMostlyGoodRecordsWithRelevantDatedArticlesHasNoWarning() {
        assertThat(RunWarnings.of(new RunCounts(1075, 641, 124, 310, 96), 641)).isEmpty();
    }

    @Test
    void aNightWhoseRecordsAreMostlyRejectedSaysHowMany() {
        assertThat(RunWarnings.of(new RunCounts(10, 4, 6, 0, 1), 4))
                .containsExactly("most records were rejected (6 of 10); the rejects table gives each reason");
    }

    @Test
    void exactlyHalfRejectedIsNotMost() {
        assertThat(RunWarnings.of(new RunCounts(10, 5, 5, 0, 1), 5)).isEmpty();
    }

    @Test
    void aNightWithNothingRelevantOrDatedSaysBoth() {
        assertThat(RunWarnings.of(new RunCounts(4, 4, 0, 0, 0), 0))
                .hasSize(2)
                .anySatisfy(w -> assertThat(w).startsWith("no accepted article is relevant"))
                .anySatisfy(w -> assertThat(w).startsWith("no accepted article has a publication date"));
    }

    @Test
    void aNightThatAcceptedNothingWarnsOnlyOfItsRejects() {
        assertThat(RunWarnings.of(new RunCounts(3, 0, 3, 0, 0), 0)).hasSize(1);
    }
}
