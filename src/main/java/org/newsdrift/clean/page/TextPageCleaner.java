package org.newsdrift.clean.page;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdrift.ingest.PublicationDate;

/**
 * Cleans a news page saved as plain text by a scraper: drops the page chrome around the article (navigation,
 * newsletter and audio prompts, teasers, comment and share widgets, live-feed sidebars) and the captions, notices
 * and repeated lines inside it, and returns the headline, the body and the publication date. Cleaning the returned
 * text again gives the same text.
 */
public final class TextPageCleaner implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The scraper's own first line, {@code date 2024-06-20}, which may run on into the page ("... Skip to content"). */
    private static final Pattern DATE_HEADER =
            Pattern.compile("(?i)date:?\\s+(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])\\s*(.*)");

    private static final Pattern SPACES = Pattern.compile("[\\p{Zs}\\t\\u200B\\uFEFF]+");
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}&&[^\\t]]");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private final ChromeLineClassifier classifier = new ChromeLineClassifier();
    private final BodySelector bodySelector = new BodySelector();
    private final HeadlineFinder headlineFinder = new HeadlineFinder();
    private final BodyLineFilter bodyLineFilter = new BodyLineFilter();
    private final BylineDateExtractor bylineDates;

    /** A cleaner that takes the latest plausible date ({@link PublicationDate#latest}) from {@code clock}. */
    public TextPageCleaner(Clock clock) {
        this.bylineDates = new BylineDateExtractor(clock);
    }

    /** The article of {@code page}; a null or empty page gives an empty text, no title and no date. */
    public CleanedPage clean(String page) {
        List<String> lines = lines(page == null ? "" : page);
        int nonBlank = (int) lines.stream().filter(line -> !line.isEmpty()).count();
        int pageChars = lines.stream()
                .mapToInt(line -> line.codePointCount(0, line.length()))
                .sum();
        Optional<LocalDate> headerDate = takeDateHeader(lines);

        List<ClassifiedLine> classified = new ArrayList<>(lines.size());
        for (String line : lines) {
            classified.add(new ClassifiedLine(line, classifier.classify(line)));
        }
        BodySelector.Body body = bodySelector.select(classified);
        OptionalInt headline =
                body.isEmpty() ? OptionalInt.empty() : headlineFinder.find(classified, body.first(), body.last());

        LocalDate date = null;
        String dateSource = CleanedPage.SOURCE_NONE;
        if (headerDate.isPresent()) {
            date = headerDate.get();
            dateSource = CleanedPage.SOURCE_HEADER;
        } else {
            Optional<LocalDate> byline = bylineDates.extract(classified, body.first(), body.last(), headline);
            if (byline.isPresent()) {
                date = byline.get();
                dateSource = CleanedPage.SOURCE_BYLINE;
            }
        }

        // A headline that opens the body is the headline, not a paragraph. Captions and repeated widget lines leave the
        // body only now: the headline and the date were found on the page as it stands.
        List<String> kept = bodyLineFilter.filter(classified, body.lines()).stream()
                .filter(i -> headline.isEmpty() || i != headline.getAsInt())
                .map(i -> classified.get(i).text())
                .toList();
        String title =
                headline.isPresent() ? classified.get(headline.getAsInt()).text() : null;
        int removed = nonBlank - kept.size() - (title == null ? 0 : 1);
        return new CleanedPage(title, String.join("\n", kept), date, dateSource, Math.max(removed, 0), pageChars);
    }

    /** The page's lines, each with mis-decoded UTF-8 repaired and its spacing collapsed and trimmed. */
    static List<String> lines(String page) {
        List<String> lines = new ArrayList<>();
        for (String raw : LINE_BREAK.split(page, -1)) {
            String line = MojibakeRepair.repair(CONTROLS.matcher(raw).replaceAll(""));
            lines.add(SPACES.matcher(line).replaceAll(" ").strip());
        }
        return lines;
    }

    /**
     * Reads and removes the scraper's date line when it is the first non-blank line; what follows the date on that
     * line stays as a line of the page. An invalid or implausible header date is dropped, so the byline may speak.
     */
    private Optional<LocalDate> takeDateHeader(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                continue;
            }
            Matcher header = DATE_HEADER.matcher(lines.get(i));
            if (!header.matches()) {
                return Optional.empty();
            }
            lines.set(i, header.group(4));
            return PublicationDate.of(header.group(1), header.group(2), header.group(3))
                    .filter(bylineDates::isPlausible);
        }
        return Optional.empty();
    }
}
