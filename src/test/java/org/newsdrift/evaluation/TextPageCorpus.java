package org.newsdrift.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.newsdrift.clean.page.CleanedPage;
import org.newsdrift.clean.page.TextPageCleaner;

/**
 * Scores the text-page cleaner on text pages made from HTML pages with known truth ({@code bench/make-text-pages}):
 * body word F1, titles ({@link TitleMatch}), dates correct and wrong. A page whose saved text holds under half of the
 * expected body's words is left out: the scraper never saw the article (it shows only with scripts on).
 */
public final class TextPageCorpus {
    /** Pages whose saved text holds less of the expected body than this are left out. */
    public static final double MIN_SEEN_SHARE = 0.5;

    private static final JsonMapper JSON = new JsonMapper();

    private TextPageCorpus() {}

    /** How one text page came out; {@code index} is its place in the sorted list of all pages. */
    public record PageScore(
            int index,
            String page,
            double seen,
            double f1,
            String title,
            String expectedTitle,
            LocalDate day,
            LocalDate expectedDay) {
        public boolean titleMatches() {
            return TitleMatch.matches(title, expectedTitle);
        }

        public boolean dateCorrect() {
            return day != null && day.equals(expectedDay);
        }

        public boolean dateWrong() {
            return day != null && !day.equals(expectedDay);
        }
    }

    /** The scored pages and those left out. */
    public record Result(List<PageScore> scored, List<PageScore> leftOut) {
        public double meanF1() {
            return scored.stream().mapToDouble(PageScore::f1).average().orElse(0);
        }

        public long titles() {
            return scored.stream().filter(PageScore::titleMatches).count();
        }

        public double titleShare() {
            return (double) titles() / Math.max(1, scored.size());
        }

        public long datesCorrect() {
            return scored.stream().filter(PageScore::dateCorrect).count();
        }

        public List<PageScore> datesWrong() {
            return scored.stream().filter(PageScore::dateWrong).toList();
        }

        public long dated() {
            return scored.stream().filter(p -> p.expectedDay() != null).count();
        }

        public double dateRecall() {
            return (double) datesCorrect() / Math.max(1, dated());
        }

        /** The same figures over the pages of even (or odd) index only: a tuning half and a held-out half. */
        public Result half(boolean even) {
            Predicate<PageScore> inHalf = p -> (p.index() % 2 == 0) == even;
            return new Result(
                    scored.stream().filter(inHalf).toList(),
                    leftOut.stream().filter(inHalf).toList());
        }
    }

    /** Scores every {@code <country>/<name>.txt} of {@code textPages} against {@code truth}'s expected JSON. */
    public static Result score(Path textPages, Path truth, TextPageCleaner cleaner) {
        List<PageScore> scored = new ArrayList<>();
        List<PageScore> leftOut = new ArrayList<>();
        List<Path> expectedFiles = expectedFiles(truth);
        for (int i = 0; i < expectedFiles.size(); i++) {
            Path expectedFile = expectedFiles.get(i);
            String name = truth.relativize(expectedFile).toString().replaceFirst("\\.expected\\.json$", "");
            Path textFile = textPages.resolve(name + ".txt");
            JsonNode expected = read(expectedFile);
            List<String> paragraphs = new ArrayList<>();
            expected.path("body_paragraphs").forEach(p -> paragraphs.add(p.asText()));
            String expectedBody = String.join("\n", paragraphs);
            String saved = Files.exists(textFile) ? text(textFile) : "";
            CleanedPage page = cleaner.clean(saved);
            String day = expected.path("publishing_date").asText("");
            PageScore score = new PageScore(
                    i,
                    name,
                    WordOverlap.recall(saved, expectedBody),
                    WordOverlap.f1(page.text(), expectedBody),
                    page.title(),
                    expected.path("title").asText(null),
                    page.publishedDate(),
                    day.length() >= 10 ? LocalDate.parse(day.substring(0, 10)) : null);
            (score.seen() < MIN_SEEN_SHARE ? leftOut : scored).add(score);
        }
        return new Result(scored, leftOut);
    }

    /** The truth files ({@code *.expected.json}) below {@code folder}, in path order. */
    public static List<Path> expectedFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".expected.json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list pages: unreadable folder (" + folder + ")", e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot score page: unreadable truth (" + file + ")", e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot score page: unreadable text page (" + file + ")", e);
        }
    }
}
