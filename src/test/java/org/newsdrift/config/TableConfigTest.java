package org.newsdrift.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsdrift.TestFiles;

class TableConfigTest {
    @Test
    void absentSettingsKeepAWeekAndVacuumWeekly() {
        TableConfig defaults = new TableConfig(null, null);
        assertThat(defaults.retentionHours()).isEqualTo(168);
        assertThat(defaults.vacuumEveryNights()).isEqualTo(7);
        assertThat(ConfigLoader.load(TestFiles.defaultConfig()).job().tables()).isEqualTo(defaults);
    }

    @Test
    void nightsVacuumOnRunDatesThatAreAMultipleOfTheSetting() {
        TableConfig weekly = new TableConfig(null, 7);
        LocalDate thursday = LocalDate.ofEpochDay(7 * 2900);
        assertThat(weekly.vacuumsOn(thursday)).isTrue();
        for (int day = 1; day < 7; day++) {
            assertThat(weekly.vacuumsOn(thursday.plusDays(day))).isFalse();
        }
        assertThat(weekly.vacuumsOn(thursday.plusDays(7))).isTrue();
        assertThat(new TableConfig(null, 1).vacuumsOn(thursday.plusDays(3))).isTrue();
    }

    @Test
    void aRetentionUnderAWeekOrNoVacuumNightIsRefused() {
        assertThatThrownBy(() -> new TableConfig(24, null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("tables.retention_hours must be at least 168 (was 24)");
        assertThatThrownBy(() -> new TableConfig(null, 0))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("tables.vacuum_every_nights must be at least 1 (was 0)");
    }
}
