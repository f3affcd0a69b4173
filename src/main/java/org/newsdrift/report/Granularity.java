package org.newsdrift.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The length of a period of the tables (day, week starting on Monday, month), as calendar arithmetic. */
enum Granularity {
    DAY,
    WEEK,
    MONTH;

    /** The granularity named as in the tables' {@code granularity} column. */
    static Granularity of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(
                    "Cannot chart periods: granularity must be day, week or month (was " + name + ")");
        }
    }

    /** The first day of the period after the one starting on {@code start}. */
    LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /** A number per period: consecutive periods differ by 1, as {@code term_trends} counts its trailing window. */
    long index(LocalDate start) {
        return switch (this) {
            case DAY -> start.toEpochDay();
            case WEEK -> Math.floorDiv(ChronoUnit.DAYS.between(LocalDate.of(1970, 1, 5), start), 7);
            case MONTH -> start.getYear() * 12L + start.getMonthValue();
        };
    }

    /** The period as a reader names it: "week of 2024-10-07", "month of 2024-10", "2024-10-07". */
    String describe(String start) {
        return switch (this) {
            case DAY -> start;
            case WEEK -> "week of " + start;
            case MONTH -> "month of " + (start.length() >= 7 ? start.substring(0, 7) : start);
        };
    }

    String noun() {
        return name().toLowerCase(Locale.ROOT);
    }
}
