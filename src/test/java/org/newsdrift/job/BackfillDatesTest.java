package org.newsdrift.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.newsdrift.ingest.InputFile;

class BackfillDatesTest {
    private static final long NOON_2025_01_02 =
            LocalDate.of(2025, 1, 2).atTime(12, 0).toEpochSecond(ZoneOffset.UTC) * 1000;

    @Test
    void aFileIsDatedByTheFirstDayInItsName() {
        assertThat(BackfillCommand.dayOf(
                        new InputFile("hdfs:///crawl/2024/naver-crawl-2025-12-27.tar.gz", 1, NOON_2025_01_02)))
                .isEqualTo(LocalDate.of(2025, 12, 27));
    }

    @Test
    void aNameWithoutARealDayFallsBackToTheModificationDate() {
        assertThat(BackfillCommand.dayOf(new InputFile("file:/in/dump-2024-13-45.json", 1, NOON_2025_01_02)))
                .isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(BackfillCommand.dayOf(new InputFile("file:/in/messages.json", 1, NOON_2025_01_02)))
                .isEqualTo(LocalDate.of(2025, 1, 2));
    }
}
