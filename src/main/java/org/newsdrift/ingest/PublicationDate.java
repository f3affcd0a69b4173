package org.newsdrift.ingest;

import java.io.Serializable;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication days: the calendar day that a date's written parts name (month names in the languages the cleaners
 * read), and the one plausibility rule, from {@link #EARLIEST} to tomorrow in UTC as of the injected clock.
 */
public final class PublicationDate implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Scraped news archives start here; an earlier date is a misread. */
    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    private static final Map<String, Integer> MONTHS = MonthNames.all();
    /** The day as written at the start of a value, whatever time and zone follow ("2024-06-20T23:30:00-05:00"). */
    private static final Pattern ISO_DAY = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");

    private final Clock clock;

    /** Dates judged against "now" as {@code clock} tells it. */
    public PublicationDate(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The last plausible day: tomorrow in UTC. A publisher east of UTC dates its articles a day ahead of UTC for part
     * of every day (up to UTC+14), so a day later than that is an error, not a time zone.
     */
    public LocalDate latest() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1);
    }

    /** True when {@code day} can be a publication date: from {@link #EARLIEST} to {@link #latest()}. */
    public boolean isPlausible(LocalDate day) {
        return implausibility(day).isEmpty();
    }

    /** Why {@code day} cannot be a publication date ("before 1990-01-01", "after 2024-11-13"), or empty when it can. */
    public Optional<String> implausibility(LocalDate day) {
        if (day.isBefore(EARLIEST)) {
            return Optional.of("before " + EARLIEST);
        }
        LocalDate latest = latest();
        return day.isAfter(latest) ? Optional.of("after " + latest) : Optional.empty();
    }

    /** The valid calendar day of these parts, or empty ("2024-02-30", a month that is null or not 1 to 12). */
    public static Optional<LocalDate> of(String year, Integer month, String day) {
        if (month == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // "February 30" or a number that is no date: not a date, not an error
        }
    }

    /** {@link #of(String, Integer, String)} with the month in digits. */
    public static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return of(year, Integer.valueOf(month), day);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The ISO day ({@code 2024-06-20}) a value starts with, after blanks, whatever follows it; empty when none. */
    public static Optional<LocalDate> leadingIsoDay(String value) {
        Matcher m = ISO_DAY.matcher(value);
        return m.find() ? of(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    /** The number (1 to 12) of a month name or abbreviation in any case ("June", "jun", "июня", "März"), or null. */
    public static Integer month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    /** Every month name {@link #month} knows, as a regex alternation, longest first so "june" is tried before "jun". */
    public static String monthAlternation() {
        return String.join(
                "|",
                MONTHS.keySet().stream()
                        .sorted(Comparator.comparingInt(String::length)
                                .reversed()
                                .thenComparing(Comparator.naturalOrder()))
                        .toList());
    }

    /** Month names and abbreviations in the languages whose dates the cleaners read. */
    private static final class MonthNames {
        private MonthNames() {}

        static Map<String, Integer> all() {
            Map<String, Integer> months = new LinkedHashMap<>();
            String[][] english = {
                {"january", "jan"},
                {"february", "feb"},
                {"march", "mar"},
                {"april", "apr"},
                {"may"},
                {"june", "jun"},
                {"july", "jul"},
                {"august", "aug"},
                {"september", "sept", "sep"},
                {"october", "oct"},
                {"november", "nov"},
                {"december", "dec"}
            };
            // Russian and Ukrainian months in the genitive, the form dates take ("20 июня").
            String[] russian = {
                "января",
                "февраля",
                "марта",
                "апреля",
                "мая",
                "июня",
                "июля",
                "августа",
                "сентября",
                "октября",
                "ноября",
                "декабря"
            };
            String[] ukrainian = {
                "січня",
                "лютого",
                "березня",
                "квітня",
                "травня",
                "червня",
                "липня",
                "серпня",
                "вересня",
                "жовтня",
                "листопада",
                "грудня"
            };
            // German, French, Spanish, Italian, Dutch and the Scandinavian languages; a name shared by two languages
            // ("mars", "mai") means the same month in both.
            String[][] european = {
                {"januar", "jänner", "janvier", "enero", "gennaio", "januari"},
                {"februar", "février", "febrero", "febbraio", "februari"},
                {"märz", "mars", "marzo", "maart", "marts"},
                {"avril", "abril", "aprile"},
                {"mai", "mayo", "maggio", "mei", "maj"},
                {"juni", "juin", "junio", "giugno"},
                {"juli", "juillet", "julio", "luglio"},
                {"août", "agosto", "augustus", "augusti"},
                {"septembre", "septiembre", "setiembre", "settembre"},
                {"oktober", "octobre", "octubre", "ottobre"},
                {"novembre", "noviembre"},
                {"dezember", "décembre", "diciembre", "dicembre", "desember"}
            };
            for (int i = 0; i < 12; i++) {
                for (String name : english[i]) {
                    months.put(name, i + 1);
                }
                for (String name : european[i]) {
                    months.put(name, i + 1);
                }
                months.put(russian[i], i + 1);
                months.put(ukrainian[i], i + 1);
            }
            return Map.copyOf(months);
        }
    }
}
