package org.newsdrift.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An x axis on real dates: each period spans from its first day to the next period's first day, so a stretch
 * without periods keeps its width and a reader sees it. Ticks fall on round calendar dates.
 */
final class TimeAxis {
    private static final int MAX_TICKS = 8;
    private static final int[] DAY_STEPS = {1, 2, 7, 14};
    private static final int[] MONTH_STEPS = {1, 2, 3, 6, 12, 24, 60, 120};
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final Granularity granularity;
    private final LocalDate start;
    private final LocalDate end;
    private final double left;
    private final double right;

    /** A tick: where it is and what it says. */
    record Tick(LocalDate day, String label) {}

    /** The axis over {@code periods} (first days, any order, at least one) between x = {@code left} and {@code right}. */
    TimeAxis(List<LocalDate> periods, Granularity granularity, double left, double right) {
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("Cannot draw a time axis: no periods");
        }
        this.granularity = granularity;
        this.start = periods.stream().min(LocalDate::compareTo).orElseThrow();
        this.end = granularity.next(periods.stream().max(LocalDate::compareTo).orElseThrow());
        this.left = left;
        this.right = right;
    }

    /** The axis of a chart's plot width. */
    static TimeAxis of(List<LocalDate> periods, Granularity granularity) {
        return new TimeAxis(periods, granularity, ChartFrame.LEFT, ChartFrame.WIDTH - ChartFrame.RIGHT);
    }

    /** {@code periods} as dates; a period that is not a yyyy-mm-dd date is refused with its value. */
    static List<LocalDate> dates(List<String> periods) {
        List<LocalDate> dates = new ArrayList<>(periods.size());
        for (String p : periods) {
            try {
                dates.add(LocalDate.parse(p));
            } catch (java.time.format.DateTimeParseException | NullPointerException e) {
                throw new IllegalArgumentException("Cannot chart period " + p + ": not a date (yyyy-mm-dd)");
            }
        }
        return dates;
    }

    Granularity granularity() {
        return granularity;
    }

    double x(LocalDate day) {
        double days = ChronoUnit.DAYS.between(start, end);
        return left + (right - left) * ChronoUnit.DAYS.between(start, day) / days;
    }

    /** Where the period starting on {@code period} begins. */
    double from(LocalDate period) {
        return x(period);
    }

    /** Where the period starting on {@code period} ends (and the next one begins). */
    double to(LocalDate period) {
        return x(granularity.next(period));
    }

    double center(LocalDate period) {
        return (from(period) + to(period)) / 2;
    }

    /** True when {@code later} is the period right after {@code earlier}, with nothing missing between them. */
    boolean adjacent(LocalDate earlier, LocalDate later) {
        return granularity.next(earlier).equals(later);
    }

    /** Round calendar dates within the axis: days, Mondays, or month starts, at most {@value #MAX_TICKS} of them. */
    List<Tick> ticks() {
        long days = ChronoUnit.DAYS.between(start, end);
        for (int step : DAY_STEPS) {
            if (days / step + 1 <= MAX_TICKS) {
                return dayTicks(step);
            }
        }
        for (int step : MONTH_STEPS) {
            List<Tick> ticks = monthTicks(step);
            if (ticks.size() <= MAX_TICKS) {
                return ticks;
            }
        }
        return monthTicks(MONTH_STEPS[MONTH_STEPS.length - 1]);
    }

    /** Faint vertical lines at the ticks from {@code top} to {@code bottom}, labelled below {@code bottom}. */
    void draw(StringBuilder svg, double top, double bottom) {
        svg.append("<g class=\"time-axis\" font-size=\"11\" fill=\"#555\">");
        for (Tick tick : ticks()) {
            double x = x(tick.day());
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#eeeeee\"/>",
                    x,
                    top,
                    x,
                    bottom));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>",
                    x,
                    bottom + 15,
                    Html.escape(tick.label())));
        }
        svg.append("</g>");
    }

    private List<Tick> dayTicks(int step) {
        LocalDate day = start;
        if (step % 7 == 0) {
            // Weekly ticks fall on Mondays, the first day of a week's period.
            while (day.getDayOfWeek().getValue() != 1 || Granularity.WEEK.index(day) % (step / 7) != 0) {
                day = day.plusDays(1);
            }
        }
        List<Tick> ticks = new ArrayList<>();
        for (; !day.isAfter(end); day = day.plusDays(step)) {
            ticks.add(new Tick(day, day.toString()));
        }
        return ticks;
    }

    private List<Tick> monthTicks(int step) {
        LocalDate day = start.withDayOfMonth(1);
        if (day.isBefore(start)) {
            day = day.plusMonths(1);
        }
        while ((day.getYear() * 12 + day.getMonthValue() - 1) % step != 0) {
            day = day.plusMonths(1);
        }
        List<Tick> ticks = new ArrayList<>();
        for (; !day.isAfter(end); day = day.plusMonths(step)) {
            ticks.add(new Tick(day, step >= 12 ? Integer.toString(day.getYear()) : MONTH.format(day)));
        }
        return ticks;
    }
}
