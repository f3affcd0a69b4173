package org.newsdrift.clean.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdrift.ingest.PublicationDate;

/**
 * Finds calendar dates written out in a line: {@code June 20, 2024}, {@code Jun. 20 2024}, {@code 20 June 2024},
 * {@code 2024-06-20T14:39}, {@code 2024.06.20}, {@code 2024년 6월 20일}, {@code 20 июня 2024}, {@code 20 червня 2024},
 * {@code 20.06.2024}, {@code 2024年6月20日}, {@code 30. Juni 2025}, {@code 15 de mayo de 2025}, and slashed dates when
 * one number cannot be a month ({@code 29/05/2025}); {@code 06/07/2024} is skipped, as month and day cannot be told
 * apart. A year may have a clock time glued to it by the scraper ({@code March 7, 20247:55 AM}).
 */
final class DateMentions {
    private static final String MONTH_NAMES = PublicationDate.monthAlternation();
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /** After a year, no digit, unless a clock time the scraper glued to it ("March 7, 20247:55 AM"). */
    private static final String YEAR_END = "(?:(?!\\d)|(?=\\d{1,2}:\\d{2}))";

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(" + MONTH_NAMES + ")\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}(\\d{4})" + YEAR_END,
            FLAGS);
    /** Day first, with the "of" or "de" some languages set around the month: "15 de mayo de 2025". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s{1,3}(?:(?:of|de)\\s)?(" + MONTH_NAMES
                    + ")(?![\\p{L}])\\.?,?(?:\\s{1,3}de)?\\s{1,3}(\\d{4})" + YEAR_END,
            FLAGS);
    /** ISO, dotted and Korean forms with the year first: {@code 2024-06-20}, {@code 2024.6.20}, {@code 2024년 6월 20일}. */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "(?<![\\d.])(\\d{4})(?:-(\\d{2})-(\\d{2})|\\.\\s?(\\d{1,2})\\.\\s?(\\d{1,2})|[년年]\\s?(\\d{1,2})[월月]\\s?(\\d{1,2})[일日])"
                    + "(?![\\d])");
    /** Day first with dots, the convention in Russian, Ukrainian and German: {@code 20.06.2024}. */
    private static final Pattern DOTTED_DAY_MONTH_YEAR =
            Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})" + YEAR_END);
    /** Slashed, read only when one number cannot be a month ("29/05/2025", "05/29/2025") or both are the same. */
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})" + YEAR_END);

    private DateMentions() {}

    /** The first valid calendar date written in {@code text}, by position. */
    static Optional<LocalDate> first(String text) {
        List<Found> found = new ArrayList<>();
        collect(
                MONTH_DAY_YEAR.matcher(text),
                m -> date(m.group(3), PublicationDate.month(m.group(1)), m.group(2)),
                found);
        collect(
                DAY_MONTH_YEAR.matcher(text),
                m -> date(m.group(3), PublicationDate.month(m.group(2)), m.group(1)),
                found);
        collect(YEAR_MONTH_DAY.matcher(text), DateMentions::yearFirst, found);
        collect(DOTTED_DAY_MONTH_YEAR.matcher(text), m -> date(m.group(3), number(m.group(2)), m.group(1)), found);
        collect(SLASHED.matcher(text), DateMentions::slashed, found);
        return found.stream().min(Comparator.comparingInt(Found::start)).map(Found::date);
    }

    /** The part of {@code text} before its first date form, valid or not; all of it when it has none. */
    static String beforeFirst(String text) {
        int first = text.length();
        for (Pattern form : List.of(MONTH_DAY_YEAR, DAY_MONTH_YEAR, YEAR_MONTH_DAY, DOTTED_DAY_MONTH_YEAR, SLASHED)) {
            Matcher m = form.matcher(text);
            if (m.find()) {
                first = Math.min(first, m.start());
            }
        }
        return text.substring(0, first);
    }

    /** {@code text} with every date form blanked out, valid or not. */
    static String removeAll(String text) {
        String rest = text;
        for (Pattern form : List.of(MONTH_DAY_YEAR, DAY_MONTH_YEAR, YEAR_MONTH_DAY, DOTTED_DAY_MONTH_YEAR, SLASHED)) {
            rest = form.matcher(rest).replaceAll(" ");
        }
        return rest;
    }

    /** True when {@code text} holds a date that {@link #first} can read. */
    static boolean contains(String text) {
        return first(text).isPresent();
    }

    private static Optional<LocalDate> yearFirst(Matcher m) {
        for (int month = 2; month <= 6; month += 2) {
            if (m.group(month) != null) {
                return date(m.group(1), number(m.group(month)), m.group(month + 1));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> slashed(Matcher m) {
        int first = number(m.group(1));
        int second = number(m.group(2));
        if (first == second || first > 12) {
            return date(m.group(3), second, m.group(1));
        }
        return second > 12 ? date(m.group(3), first, m.group(2)) : Optional.empty();
    }

    private interface Reader {
        Optional<LocalDate> read(Matcher m);
    }

    private record Found(int start, LocalDate date) {}

    private static void collect(Matcher m, Reader reader, List<Found> found) {
        while (m.find()) {
            Optional<LocalDate> date = reader.read(m);
            if (date.isPresent()) {
                found.add(new Found(m.start(), date.get()));
                return;
            }
        }
    }

    private static Optional<LocalDate> date(String year, Integer month, String day) {
        return PublicationDate.of(year, month, day);
    }

    private static Integer number(String digits) {
        return Integer.valueOf(digits);
    }
}
