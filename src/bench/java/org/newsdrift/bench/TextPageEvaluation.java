package org.newsdrift.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsdrift.clean.page.ArticlePageFilter;
import org.newsdrift.clean.page.TextPageCleaner;
import org.newsdrift.evaluation.TextPageCorpus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Scores the text-page cleaner on text pages made from HTML pages with known truth ({@code bench/text-pages}): body
 * word F1, titles and dates by {@link TextPageCorpus} (overall, and on the even- and odd-index halves), every title
 * and date missed, how many the job takes as articles ({@link ArticlePageFilter}) and which it rejects, with how much of the expected
 * body each rejected page's saved text held; and, for other plain-text files, how many it wrongly takes.
 */
@Command(
        name = "bench/text-pages",
        mixinStandardHelpOptions = true,
        description = "Which saved text pages, and which other text files, the job takes as articles.")
public final class TextPageEvaluation implements Callable<Integer> {
    @Option(names = "--pages", required = true, description = "text pages: <country>/<name>.txt")
    private Path pages;

    @Option(names = "--truth", required = true, description = "the HTML pages: <country>/<name>.expected.json")
    private Path truth;

    @Option(names = "--others", arity = "1..*", description = "files or folders of text files that are not news pages")
    private List<Path> others = new ArrayList<>();

    @Option(
            names = "--explain-titles",
            description = "for every title missed, the line chosen and where the expected one sits")
    private boolean explainTitles;

    private final TextPageCleaner cleaner = new TextPageCleaner(Clock.systemUTC());
    private final ArticlePageFilter filter = new ArticlePageFilter();

    public static void main(String[] args) {
        System.exit(new CommandLine(new TextPageEvaluation()).execute(args));
    }

    @Override
    public Integer call() {
        TextPageCorpus.Result result = TextPageCorpus.score(pages, truth, cleaner);
        printScores("all pages", result);
        printScores("even-index half", result.half(true));
        printScores("odd-index half", result.half(false));
        System.out.printf(
                "left out (saved text holds under half of the expected body): %d%n",
                result.leftOut().size());
        result.leftOut().forEach(p -> System.out.printf(Locale.ROOT, "  %.2f  %s%n", p.seen(), p.page()));
        System.out.println("titles missed (cleaned | expected):");
        result.scored().stream()
                .filter(p -> !p.titleMatches())
                .forEach(p -> System.out.printf("  %s: %s | %s%n", p.page(), p.title(), p.expectedTitle()));
        if (explainTitles) {
            TitleMisses.print(pages, result);
        }
        System.out.println("dates missed or wrong (given | expected):");
        result.scored().stream()
                .filter(p -> !p.dateCorrect())
                .forEach(p -> System.out.printf("  %s: %s | %s%n", p.page(), p.day(), p.expectedDay()));
        System.out.println("worst 15 by body F1:");
        result.scored().stream()
                .sorted(Comparator.comparingDouble(TextPageCorpus.PageScore::f1))
                .limit(15)
                .forEach(p -> System.out.printf(Locale.ROOT, "  %.3f  %s%n", p.f1(), p.page()));
        List<Path> newsPages = files(List.of(pages));
        List<String> rejected = new ArrayList<>();
        for (Path page : newsPages) {
            filter.rejection(cleaner.clean(read(page)))
                    .ifPresent(why -> rejected.add(pages.relativize(page) + " (" + seenShare(page)
                            + " of the expected body in the saved text): " + why));
        }
        System.out.printf(
                "news text pages: %d, taken as articles %d, not_an_article %d%n",
                newsPages.size(), newsPages.size() - rejected.size(), rejected.size());
        rejected.forEach(line -> System.out.println("  " + line));
        if (!others.isEmpty()) {
            List<Path> documents = files(others);
            long taken = documents.stream()
                    .filter(d -> filter.rejection(cleaner.clean(read(d))).isEmpty())
                    .count();
            System.out.printf(
                    "other text files: %d, taken as articles %d, not_an_article %d%n",
                    documents.size(), taken, documents.size() - taken);
        }
        return 0;
    }

    private static void printScores(String label, TextPageCorpus.Result r) {
        System.out.printf(
                Locale.ROOT,
                "text pages, %s: %d scored, %d left out; body F1 %.4f, titles %.4f (%d), dates "
                        + "correct %d, wrong %d, recall %.4f of %d dated%n",
                label,
                r.scored().size(),
                r.leftOut().size(),
                r.meanF1(),
                r.titleShare(),
                r.titles(),
                r.datesCorrect(),
                r.datesWrong().size(),
                r.dateRecall(),
                r.dated());
    }

    /** The share of the expected body's words that the saved text holds: under half, the scraper never saw it. */
    private String seenShare(Path page) {
        Path relative = pages.relativize(page);
        Path expected = truth.resolve(relative.toString().replaceFirst("\\.txt$", ".expected.json"));
        if (!Files.exists(expected)) {
            return "no truth";
        }
        try {
            List<String> words = new ArrayList<>();
            new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(expected.toFile())
                    .path("body_paragraphs")
                    .forEach(p -> words.addAll(List.of(p.asText().split("\\s+"))));
            String saved = read(page);
            long seen = words.stream()
                    .filter(w -> !w.isBlank() && saved.contains(w))
                    .count();
            return words.isEmpty() ? "no expected body" : Math.round(100.0 * seen / words.size()) + "%";
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + expected, e);
        }
    }

    private static List<Path> files(List<Path> roots) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + root, e);
            }
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
