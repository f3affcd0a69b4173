package org.newsdrift.clean.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The written forms of a date, and the forms that are no date or cannot be read without guessing. */
class DateMentionsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "June 20, 2024 2:39 PM | 2024-06-20",
                "Jun 20, 2024 | 2024-06-20",
                "Jun. 20 2024 | 2024-06-20",
                "20 June 2024 | 2024-06-20",
                "20th of June, 2024 | 2024-06-20",
                "2024-06-20T14:39 | 2024-06-20",
                "2024-06-20 | 2024-06-20",
                "2024.06.20 14:39 | 2024-06-20",
                "2024. 6. 20. | 2024-06-20",
                "2024년 6월 20일 | 2024-06-20",
                "20 июня 2024 г. | 2024-06-20",
                "20 червня 2024 | 2024-06-20",
                "20.06.2024 | 2024-06-20",
                "Updated Jul 1, 2024, first published June 20, 2024 | 2024-07-01",
                "30. Juni 2025 | 2025-06-30",
                "15 de mayo de 2025 | 2025-05-15",
                "4 Febbraio 2025 - 14:41 | 2025-02-04",
                "søndag 2. februar 2025 | 2025-02-02",
                "2025年1月13日 20時01分 | 2025-01-13",
                "Madrid-29/05/2025 20:00 | 2025-05-29",
                "le 22/11/2024 à 09:47 | 2024-11-22",
                "PUBLISHED FRI, APR 28 20232:23 PM EDT | 2023-04-28",
                "March 7, 20247:55 AM UTC | 2024-03-07"
            })
    void writtenDateIsRead(String text, LocalDate date) {
        assertThat(DateMentions.first(text)).contains(date);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "06/07/2024",
                "February 30, 2024",
                "2024-13-01",
                "Junior 20, 2024",
                "12:22 AM",
                "20 juneau 2024",
                "2024",
                "1.2.3.4.2024",
                "by Lesotho TimesNovember 21, 202501747",
                "20 maiden 2024"
            })
    void ambiguousOrImpossibleDateIsNotRead(String text) {
        assertThat(DateMentions.first(text)).isEmpty();
    }
}
