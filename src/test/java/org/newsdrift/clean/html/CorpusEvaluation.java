package org.newsdrift.clean.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsdrift.evaluation.Mojibake;
import org.newsdrift.evaluation.TextPageCorpus;
import org.newsdrift.evaluation.TitleMatch;
import org.newsdrift.evaluation.WordOverlap;
import org.newsdrift.ingest.PageDecoder;

/**
 * Runs {@link HtmlExtractor} over a folder of {@code X.html} pages with {@code X.expected.json} ground truth, each
 * page's bytes decoded as the job decodes them ({@link PageDecoder}), and scores body word F1, titles (compared by
 * {@link TitleMatch}), publication days, mis-decoded text and empty bodies.
 */
final class CorpusEvaluation {
    private static final JsonMapper JSON = new JsonMapper();

    private CorpusEvaluation() {}

    /** How one page came out. */
    record PageScore(
            String page,
            double f1,
            boolean titleMatches,
            LocalDate expectedDay,
            LocalDate day,
            String dateSource,
            long millis,
            String mojibake,
            boolean emptyBody,
            String title,
            String expectedTitle) {
        boolean dayMatches() {
            return expectedDay != null && expectedDay.equals(day);
        }
    }

    /** The scores of every page and the four figures over them. */
    record Result(List<PageScore> pages) {
        double meanF1() {
            return pages.stream().mapToDouble(PageScore::f1).average().orElse(0);
        }

        double titleShare() {
            return (double) pages.stream().filter(PageScore::titleMatches).count() / pages.size();
        }

        long datedPages() {
            return pages.stream().filter(p -> p.expectedDay() != null).count();
        }

        double dayShare() {
            return (double) pages.stream().filter(PageScore::dayMatches).count() / Math.max(1, datedPages());
        }

        long wrongDays() {
            return pages.stream()
                    .filter(p -> p.day() != null && !p.dayMatches())
                    .count();
        }

        long datesWhereNoneExpected() {
            return pages.stream()
                    .filter(p -> p.expectedDay() == null && p.day() != null)
                    .count();
        }

        List<PageScore> withMojibake() {
            return pages.stream().filter(p -> p.mojibake() != null).toList();
        }

        List<PageScore> emptyBodies() {
            return pages.stream().filter(PageScore::emptyBody).toList();
        }

        List<PageScore> worst(int n) {
            return pages.stream()
                    .sorted(Comparator.comparingDouble(PageScore::f1))
                    .limit(n)
                    .toList();
        }
    }

    static Result run(Path folder, HtmlExtractor extractor) {
        List<PageScore> scores = new ArrayList<>();
        for (Path expected : TextPageCorpus.expectedFiles(folder)) {
            scores.add(score(folder, expected, extractor));
        }
        return new Result(scores);
    }

    static PageScore score(Path folder, Path expectedFile, HtmlExtractor extractor) {
        try {
            JsonNode expected = JSON.readTree(expectedFile.toFile());
            Path htmlFile = Path.of(expectedFile.toString().replace(".expected.json", ".html"));
            byte[] bytes = Files.readAllBytes(htmlFile);
            String html = PageDecoder.decode(bytes, null, true).text();
            // A U+FFFD that the page's own bytes carry was there before decoding; only new ones are mis-decoding.
            boolean carriesReplacement = new String(bytes, StandardCharsets.UTF_8).indexOf('\uFFFD') >= 0;
            long start = System.nanoTime();
            ExtractedPage page = extractor.extract(html, expected.path("url").asText(null));
            long millis = (System.nanoTime() - start) / 1_000_000;
            List<String> paragraphs = new ArrayList<>();
            expected.path("body_paragraphs").forEach(p -> paragraphs.add(p.asText()));
            String expectedTitle = expected.path("title").asText(null);
            String day = expected.path("publishing_date").asText("");
            LocalDate expectedDay = day.length() >= 10 ? LocalDate.parse(day.substring(0, 10)) : null;
            return new PageScore(
                    folder.relativize(expectedFile).toString().replace(".expected.json", ""),
                    WordOverlap.f1(page.text(), String.join("\n", paragraphs)),
                    TitleMatch.matches(page.title(), expectedTitle),
                    expectedDay,
                    page.publishedDate(),
                    page.dateSource(),
                    millis,
                    Mojibake.first(page.title(), carriesReplacement)
                            .or(() -> Mojibake.first(page.text(), carriesReplacement))
                            .orElse(null),
                    page.text().isBlank() && paragraphs.stream().anyMatch(p -> !p.isBlank()),
                    page.title(),
                    expectedTitle);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot score page: unreadable file (" + expectedFile + ")", e);
        }
    }
}
