package org.newsdrift.config;

import java.io.Serializable;

/**
 * Upkeep of the Delta tables: how long files a commit replaced are kept, and how often they are removed.
 *
 * @param retentionHours files replaced longer ago than this are removed by {@code VACUUM}, so time travel reaches
 *     back this far; readers running longer than it could lose files. At least 168 (a week, Delta's own safety
 *     limit); absent means 168
 * @param vacuumEveryNights nightly runs vacuum every table on the nights whose run date is a multiple of this many
 *     days since 1970-01-01 (a backfill always does, after compacting small files); absent means 7
 */
public record TableConfig(Integer retentionHours, Integer vacuumEveryNights) implements Serializable {
    public static final TableConfig DEFAULTS = new TableConfig(null, null);

    public TableConfig {
        retentionHours = retentionHours == null ? 168 : retentionHours;
        vacuumEveryNights = vacuumEveryNights == null ? 7 : vacuumEveryNights;
        ConfigException.require(
                retentionHours >= 168,
                "Cannot use tables config: tables.retention_hours must be at least 168 (was " + retentionHours + ")");
        ConfigException.require(
                vacuumEveryNights >= 1,
                "Cannot use tables config: tables.vacuum_every_nights must be at least 1 (was " + vacuumEveryNights
                        + ")");
    }

    /** Whether a night with run date {@code runDate} vacuums. */
    public boolean vacuumsOn(java.time.LocalDate runDate) {
        return runDate.toEpochDay() % vacuumEveryNights == 0;
    }
}
