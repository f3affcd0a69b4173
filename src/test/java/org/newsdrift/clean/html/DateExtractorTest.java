package org.newsdrift.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Machine-readable date values and URL paths to calendar days, exactly as written. */
class DateExtractorTest {

    @Test
    void timestampsKeepTheDayWrittenInTheirOwnOffset() {
        assertThat(DateExtractor.parse("2025-01-14T01:28:54+09:00")).isEqualTo(LocalDate.of(2025, 1, 14));
        assertThat(DateExtractor.parse("2024-06-20")).isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(DateExtractor.parse("2024/6/5 10:00")).isEqualTo(LocalDate.of(2024, 6, 5));
    }

    @Test
    void commonNonIsoFormsAreRead() {
        assertThat(DateExtractor.parse("20240620")).isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(DateExtractor.parse("20.06.2024, 14:02")).isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(DateExtractor.parse("Thu, 20 Jun 2024 14:02:00 GMT")).isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(DateExtractor.parse("June 20, 2024 2:39 PM")).isEqualTo(LocalDate.of(2024, 6, 20));
    }

    @Test
    void valuesWithoutAValidDayGiveNothing() {
        assertThat(DateExtractor.parse("2024-13-40")).isNull();
        assertThat(DateExtractor.parse("yesterday")).isNull();
        assertThat(DateExtractor.parse("12345")).isNull();
        assertThat(DateExtractor.parse(null)).isNull();
    }

    @Test
    void urlPathsGiveADayOnlyWhenTheyCarryAFullDate() {
        assertThat(DateExtractor.fromUrl("https://paper.test/2024/06/20/treaty"))
                .isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(DateExtractor.fromUrl("https://paper.test/news/20240620-treaty.html"))
                .isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(DateExtractor.fromUrl("https://paper.test/2024/06/treaty")).isNull();
        assertThat(DateExtractor.fromUrl("https://2024-06-20.paper.test/treaty"))
                .isNull();
        assertThat(DateExtractor.fromUrl("https://paper.test/treaty?from=2024/06/20"))
                .isNull();
    }
}
