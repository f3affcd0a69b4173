package org.newsdrift.clean.page;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.newsdrift.ingest.PublicationDate;

/**
 * Reads the publication date from the byline: the dated byline or timestamp line nearest above the body, else a
 * dated byline just below it. Dates in prose and captions are never used (they date events, not the article), and
 * implausible dates ({@link PublicationDate#isPlausible}) are dropped rather than guessed around; so are the
 * dates of video and audio items, which date a broadcast.
 */
public final class BylineDateExtractor implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MAX_LINES_ABOVE = 15;
    private static final int MAX_LINES_BELOW = 5;
    /** A dateline may sit this many non-blank lines above the headline, past an audio link or a breadcrumb. */
    private static final int MAX_LINES_ABOVE_HEADLINE = 3;

    /**
     * A video or audio item's line ("Do 27.04.2023 15:17 Uhr 01:00 min", "Audio: Antenne | 24.04.2024"): it dates the
     * broadcast, not the article. A reading time ("3 Min.") is no duration in minutes and seconds, so bylines keep it.
     */
    private static final Pattern MEDIA_ITEM = Pattern.compile(
            "(?iu)\\b\\d{1,2}:\\d{2}\\s*(?:min|мин|хв|분)|^(?:audio|video|podcast|sendung|broadcast|аудио|видео|відео|"
                    + "오디오|영상)\\b\\s*[:|]");

    private final PublicationDate dates;

    /** An extractor whose latest plausible date comes from {@code clock}. */
    public BylineDateExtractor(Clock clock) {
        this.dates = new PublicationDate(clock);
    }

    /** The byline date of {@code page} around the body lines {@code bodyFirst..bodyLast} (-1 when there is no body). */
    public Optional<LocalDate> extract(List<ClassifiedLine> page, int bodyFirst, int bodyLast) {
        return extract(page, bodyFirst, bodyLast, OptionalInt.empty());
    }

    /**
     * The byline date of {@code page} around the body lines {@code bodyFirst..bodyLast}, below the {@code headline}
     * line or just above it: a date further above the headline is the site's "today", or a teaser's.
     */
    public Optional<LocalDate> extract(List<ClassifiedLine> page, int bodyFirst, int bodyLast, OptionalInt headline) {
        int above = bodyFirst < 0 ? page.size() : bodyFirst;
        int looked = 0;
        int aboveHeadline = 0;
        for (int i = above - 1; i >= 0 && looked < MAX_LINES_ABOVE; i--) {
            if (headline.isPresent()
                    && i < headline.getAsInt()
                    && page.get(i).kind() != LineKind.BLANK
                    && ++aboveHeadline > MAX_LINES_ABOVE_HEADLINE) {
                break;
            }
            ClassifiedLine line = page.get(i);
            if (line.kind() != LineKind.BLANK) {
                looked++;
            }
            Optional<LocalDate> date =
                    dateOf(line, line.kind() == LineKind.BYLINE || line.kind() == LineKind.TIMESTAMP);
            if (date.isPresent()) {
                return date;
            }
        }
        looked = 0;
        for (int i = bodyLast + 1; bodyLast >= 0 && i < page.size() && looked < MAX_LINES_BELOW; i++) {
            ClassifiedLine line = page.get(i);
            if (line.kind() != LineKind.BLANK) {
                looked++;
            }
            Optional<LocalDate> date = dateOf(line, line.kind() == LineKind.BYLINE);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** True when {@code date} can be a publication date ({@link PublicationDate#isPlausible}). */
    public boolean isPlausible(LocalDate date) {
        return dates.isPlausible(date);
    }

    private Optional<LocalDate> dateOf(ClassifiedLine line, boolean dated) {
        if (!dated || MEDIA_ITEM.matcher(line.text()).find()) {
            return Optional.empty();
        }
        return DateMentions.first(line.text()).filter(this::isPlausible);
    }
}
