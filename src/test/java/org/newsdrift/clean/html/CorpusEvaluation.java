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
import java.util.stream.Stream;

/**
 * Runs {@link HtmlExtractor} over a folder of {@code X.html} pages with {@code X.expected.json} ground truth and
 * scores body word F1, exact titles and publication days.
 */
final class CorpusEvaluation {
  private static final JsonMapper JSON = new JsonMapper();

  private CorpusEvaluation() {}

  /** How one page came out. */
  record PageScore(String page, double f1, boolean titleMatches, LocalDate expectedDay, LocalDate day,
      String dateSource, long millis) {
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
      return pages.stream().filter(p -> p.day() != null && !p.dayMatches()).count();
    }

    long datesWhereNoneExpected() {
      return pages.stream().filter(p -> p.expectedDay() == null && p.day() != null).count();
    }

    List<PageScore> worst(int n) {
      return pages.stream().sorted(Comparator.comparingDouble(PageScore::f1)).limit(n).toList();
    }
  }

  static Result run(Path folder, HtmlExtractor extractor) {
    List<PageScore> scores = new ArrayList<>();
    for (Path expected : expectedFiles(folder)) {
      scores.add(score(folder, expected, extractor));
    }
    return new Result(scores);
  }

  static PageScore score(Path folder, Path expectedFile, HtmlExtractor extractor) {
    try {
      JsonNode expected = JSON.readTree(expectedFile.toFile());
      Path htmlFile = Path.of(expectedFile.toString().replace(".expected.json", ".html"));
      String html = Files.readString(htmlFile, StandardCharsets.UTF_8);
      long start = System.nanoTime();
      ExtractedPage page = extractor.extract(html, expected.path("url").asText(null));
      long millis = (System.nanoTime() - start) / 1_000_000;
      List<String> paragraphs = new ArrayList<>();
      expected.path("body_paragraphs").forEach(p -> paragraphs.add(p.asText()));
      String expectedTitle = Texts.oneLine(expected.path("title").asText(null));
      String day = expected.path("publishing_date").asText("");
      LocalDate expectedDay = day.length() >= 10 ? LocalDate.parse(day.substring(0, 10)) : null;
      return new PageScore(folder.relativize(expectedFile).toString().replace(".expected.json", ""),
          WordOverlap.f1(page.text(), String.join("\n", paragraphs)),
          expectedTitle != null && expectedTitle.equals(Texts.oneLine(page.title())),
          expectedDay, page.publishedDate(), page.dateSource(), millis);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot score page: unreadable file (" + expectedFile + ")", e);
    }
  }

  static List<Path> expectedFiles(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".expected.json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list pages: unreadable folder (" + folder + ")", e);
    }
  }
}
