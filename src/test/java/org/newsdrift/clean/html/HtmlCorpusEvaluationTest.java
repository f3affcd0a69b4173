package org.newsdrift.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures {@link HtmlExtractor} against the hand-checked ground truth of the shared corpus of 155 article pages
 * (../shared/corpus/html-pages), each page decoded from its bytes as the job does: body word F1, titles (after NFKC,
 * whitespace and quote normalisation), publication days, mis-decoded text and empty bodies. Skipped where the corpus
 * is absent.
 */
class HtmlCorpusEvaluationTest {
    private static final double MIN_MEAN_F1 = 0.97;
    // At the 0.88 asked for (137 of 155, 0.884): on 18 pages the expected title is the site's other headline (SEO or
    // display).
    private static final double MIN_TITLE_SHARE = 0.88;
    private static final double MIN_DAY_SHARE = 0.85;

    @Test
    void extractionMeetsTheAccuracyTargetsOnTheSharedCorpus() {
        Path corpus = Path.of(System.getProperty("newsdrift.repo", "."))
                .resolve("../shared/corpus/html-pages")
                .toAbsolutePath()
                .normalize();
        Assumptions.assumeTrue(
                Files.isDirectory(corpus),
                "Skipping the corpus evaluation: the shared corpus is not there (" + corpus + ")");

        long start = System.nanoTime();
        CorpusEvaluation.Result result = CorpusEvaluation.run(corpus, new HtmlExtractor(Clock.systemUTC()));
        long millis = (System.nanoTime() - start) / 1_000_000;

        System.out.printf(
                Locale.ROOT,
                "HTML extraction over %d pages of %s (%d ms, %.0f ms per page)%n",
                result.pages().size(),
                corpus,
                millis,
                (double) millis / result.pages().size());
        System.out.printf(Locale.ROOT, "  mean body word F1        %.4f%n", result.meanF1());
        System.out.printf(Locale.ROOT, "  titles (normalised)      %.4f%n", result.titleShare());
        System.out.printf(
                Locale.ROOT,
                "  correct publication day  %.4f of %d dated pages (%d wrong days)%n",
                result.dayShare(),
                result.datedPages(),
                result.wrongDays());
        System.out.printf(
                Locale.ROOT,
                "  dates where none expected %d of %d undated pages%n",
                result.datesWhereNoneExpected(),
                result.pages().size() - result.datedPages());
        System.out.printf(
                Locale.ROOT,
                "  pages with mojibake      %d%n",
                result.withMojibake().size());
        result.withMojibake().forEach(page -> System.out.printf("    %s: %s%n", page.page(), page.mojibake()));
        System.out.printf(
                Locale.ROOT,
                "  empty bodies             %d%n",
                result.emptyBodies().size());
        result.emptyBodies().forEach(page -> System.out.printf("    %s%n", page.page()));
        System.out.println("  title misses (extracted | expected):");
        result.pages().stream()
                .filter(page -> !page.titleMatches())
                .forEach(page ->
                        System.out.printf("    %s: %s | %s%n", page.page(), page.title(), page.expectedTitle()));
        System.out.println("  worst 10 by F1:");
        result.worst(10).forEach(page -> System.out.printf(Locale.ROOT, "    %.3f  %s%n", page.f1(), page.page()));

        assertThat(result.pages()).hasSize(155);
        assertThat(result.meanF1()).isGreaterThanOrEqualTo(MIN_MEAN_F1);
        assertThat(result.titleShare()).isGreaterThanOrEqualTo(MIN_TITLE_SHARE);
        assertThat(result.dayShare()).isGreaterThanOrEqualTo(MIN_DAY_SHARE);
        assertThat(result.datesWhereNoneExpected()).isZero();
        assertThat(result.withMojibake()).isEmpty();
        assertThat(result.emptyBodies()).isEmpty();
    }
}
