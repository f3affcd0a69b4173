package org.newsdrift.clean.html;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsdrift.ingest.PublicationDate;

/**
 * The publication day: from JSON-LD {@code datePublished}, publication meta tags or {@code <time datetime>}
 * elements, else from a date in the URL path; never guessed from free text, and only plausible days
 * ({@link PublicationDate#isPlausible}).
 */
final class DateExtractor {
    /** The day as written: a timestamp's own offset is kept, as the publisher dated the article in its zone. */
    private static final Pattern ISO_DAY =
            Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)[-/.](\\d\\d?)[-/.](\\d\\d?)(?!\\d)");

    private static final Pattern COMPACT_DAY = Pattern.compile("^((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?:\\D|$)");
    private static final Pattern DAY_FIRST = Pattern.compile("^(\\d\\d?)\\.(\\d\\d?)\\.((?:19|20)\\d\\d)(?!\\d)");
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern RFC_DAY =
            Pattern.compile("(?i)(?<!\\d)(\\d\\d?)\\s+" + MONTH + ",?\\s+((?:19|20)\\d\\d)");
    private static final Pattern MONTH_FIRST =
            Pattern.compile("(?i)^" + MONTH + "\\s+(\\d\\d?),?\\s+((?:19|20)\\d\\d)");
    private static final Pattern URL_DAY = Pattern.compile(
            "/((?:19|20)\\d\\d)[/-](\\d\\d)[/-](\\d\\d)(?:/|-|_|\\.|$)|/((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?:/|-|_|\\.|$)");
    private static final List<String> META_NAMES = List.of(
            "article:published_time",
            "og:article:published_time",
            "article:published:time",
            "datepublished",
            "publishdate",
            "publish-date",
            "pubdate",
            "pub_date",
            "published",
            "parsely-pub-date",
            "sailthru.date",
            "cxenseparse:recs:publishtime",
            "cxenseparse:publishtime",
            "dc.date.issued",
            "dcterms.issued",
            "dc.date",
            "dcterms.created",
            "date.created",
            "date.available",
            "datecreated",
            "prism.publicationdate",
            "content:publishdate",
            "date");

    private final PublicationDate dates;

    /** @param dates which days are plausible; others are taken for errors and dropped */
    DateExtractor(PublicationDate dates) {
        this.dates = dates;
    }

    /** The day and its source, or null when none is found; {@code urls} (any may be null) are read last. */
    Dated extract(Document doc, PageMetadata meta, String... urls) {
        LocalDate day = plausible(parse(meta.fromArticles(JsonLdArticle::datePublished)));
        for (int i = 0; day == null && i < META_NAMES.size(); i++) {
            day = plausible(parse(meta.first(META_NAMES.get(i))));
        }
        if (day == null) {
            day = fromTimeElements(doc);
        }
        if (day != null) {
            return new Dated(day, ExtractedPage.DATE_FROM_METADATA);
        }
        for (String url : urls) {
            day = plausible(fromUrl(url));
            if (day != null) {
                return new Dated(day, ExtractedPage.DATE_FROM_URL);
            }
        }
        return null;
    }

    private LocalDate fromTimeElements(Document doc) {
        for (Element time : doc.select("time[datetime][itemprop~=(?i)datePublished], time[datetime][pubdate]")) {
            LocalDate day = plausible(parse(time.attr("datetime")));
            if (day != null) {
                return day;
            }
        }
        for (Element time : doc.select("time[datetime]").stream().limit(50).toList()) {
            LocalDate day = plausible(parse(time.attr("datetime")));
            if (day != null) {
                return day;
            }
        }
        return null;
    }

    private LocalDate plausible(LocalDate day) {
        return day != null && dates.isPlausible(day) ? day : null;
    }

    /** The calendar day written in a machine-readable date value, or null. */
    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        Matcher m = ISO_DAY.matcher(s);
        if (m.find()) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        if ((m = COMPACT_DAY.matcher(s)).find()) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        if ((m = DAY_FIRST.matcher(s)).find()) {
            return day(m.group(3), m.group(2), m.group(1));
        }
        if ((m = RFC_DAY.matcher(s)).find()) {
            return day(m.group(3), month(m.group(2)), m.group(1));
        }
        if ((m = MONTH_FIRST.matcher(s)).find()) {
            return day(m.group(3), month(m.group(1)), m.group(2));
        }
        return null;
    }

    /** A day written in the URL's path as /2024/06/20/ or /20240620/, or null. */
    static LocalDate fromUrl(String url) {
        if (url == null) {
            return null;
        }
        String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "").replaceFirst("[?#].*", "");
        Matcher m = URL_DAY.matcher(path);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? day(m.group(1), m.group(2), m.group(3)) : day(m.group(4), m.group(5), m.group(6));
    }

    /** The number of a month's three-letter abbreviation, as the patterns capture it. */
    private static Integer month(String abbreviation) {
        return PublicationDate.month(abbreviation);
    }

    private static LocalDate day(String year, String month, String day) {
        return PublicationDate.of(year, month, day).orElse(null);
    }

    private static LocalDate day(String year, Integer month, String day) {
        return PublicationDate.of(year, month, day).orElse(null);
    }

    /** A day with the kind of evidence it came from. */
    record Dated(LocalDate day, String source) {}
}
