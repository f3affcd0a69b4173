package org.newsdrift.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Parts of a date to a calendar day, and the one plausibility rule against a fixed clock. */
class PublicationDateTest {
    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void theLatestPlausibleDayIsTomorrowInUtc() {
        PublicationDate dates = new PublicationDate(at("2024-11-12T10:00:00Z"));

        assertThat(dates.latest()).isEqualTo(LocalDate.of(2024, 11, 13));
        assertThat(dates.isPlausible(LocalDate.of(2024, 11, 13))).isTrue();
        assertThat(dates.isPlausible(LocalDate.of(2024, 11, 14))).isFalse();
        assertThat(dates.implausibility(LocalDate.of(2024, 11, 14))).contains("after 2024-11-13");
    }

    @Test
    void theBoundMovesAtMidnightUtcWhateverTheClocksZone() {
        Clock lastSecond = Clock.fixed(Instant.parse("2024-11-12T23:59:59Z"), ZoneId.of("Pacific/Kiritimati"));
        Clock firstSecond = Clock.fixed(Instant.parse("2024-11-13T00:00:00Z"), ZoneId.of("America/Los_Angeles"));

        assertThat(new PublicationDate(lastSecond).latest()).isEqualTo(LocalDate.of(2024, 11, 13));
        assertThat(new PublicationDate(firstSecond).latest()).isEqualTo(LocalDate.of(2024, 11, 14));
    }

    @Test
    void theEarliestPlausibleDayIsTheFirstOf1990() {
        PublicationDate dates = new PublicationDate(at("2024-11-12T10:00:00Z"));

        assertThat(dates.isPlausible(LocalDate.of(1990, 1, 1))).isTrue();
        assertThat(dates.implausibility(LocalDate.of(1989, 12, 31))).contains("before 1990-01-01");
        assertThat(dates.implausibility(LocalDate.of(2024, 11, 12))).isEmpty();
    }

    @Test
    void partsGiveADayOnlyWhenTheyNameAValidOne() {
        assertThat(PublicationDate.of("2024", "6", "20")).contains(LocalDate.of(2024, 6, 20));
        assertThat(PublicationDate.of("2024", 6, "05")).contains(LocalDate.of(2024, 6, 5));
        assertThat(PublicationDate.of("2024", "02", "30")).isEmpty();
        assertThat(PublicationDate.of("2024", "13", "01")).isEmpty();
        assertThat(PublicationDate.of("2024", (Integer) null, "01")).isEmpty();
        assertThat(PublicationDate.of("2024", "x", "01")).isEmpty();
    }

    @Test
    void aLeadingIsoDayIsReadWhateverFollowsIt() {
        assertThat(PublicationDate.leadingIsoDay("  2024-06-20T23:30:00-05:00")).contains(LocalDate.of(2024, 6, 20));
        assertThat(PublicationDate.leadingIsoDay("2024-02-30")).isEmpty();
        assertThat(PublicationDate.leadingIsoDay("on 2024-06-20")).isEmpty();
    }

    @Test
    void monthNamesAreReadInEveryLanguageAndCase() {
        assertThat(PublicationDate.month("Jun")).isEqualTo(6);
        assertThat(PublicationDate.month("SEPT")).isEqualTo(9);
        assertThat(PublicationDate.month("июня")).isEqualTo(6);
        assertThat(PublicationDate.month("März")).isEqualTo(3);
        assertThat(PublicationDate.month("mai")).isEqualTo(5);
        assertThat(PublicationDate.month("smarch")).isNull();
        String names = PublicationDate.monthAlternation();
        assertThat(names).startsWith("septiembre|");
        assertThat(names.indexOf("|june|")).isPositive().isLessThan(names.indexOf("|jun|"));
    }
}
