package org.newsdrift.clean.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever it is given, the extractor returns a page, quickly: random bytes, tag soup, pathological nesting. */
class HtmlExtractorRobustnessTest {
    private static final long SEED = 20_240_620L;
    private static final List<String> PIECES = List.of(
            "<div>",
            "</div>",
            "<p>",
            "</p>",
            "<a href='/x'>",
            "</a>",
            "<script>",
            "</script>",
            "<time datetime='2024-06-20'>",
            "<meta property='og:title' content='T'>",
            "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":",
            "}</script>",
            "<!--",
            "-->",
            "<h1>",
            "<table><tr><td>",
            "<br>",
            "&amp;",
            "&#x",
            "\"",
            "'",
            "<",
            ">",
            "\u0000",
            "\uD800",
            "한국어",
            "Москва",
            " word ",
            "\n",
            "<html lang='",
            "<link rel=canonical href='",
            "9999-99-99",
            "1989-12-31");

    private final HtmlExtractor extractor = new HtmlExtractor(Fixtures.NOW);

    @Test
    void randomBytesDecodedAsTextNeverThrow() {
        Random random = new Random(SEED);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < 300; i++) {
                byte[] bytes = new byte[random.nextInt(4_000)];
                random.nextBytes(bytes);
                assertWellFormed(extractor.extract(new String(bytes, StandardCharsets.UTF_8), "https://x.test/a"));
            }
        });
    }

    @Test
    void randomTagSoupNeverThrows() {
        Random random = new Random(SEED);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < 300; i++) {
                StringBuilder html = new StringBuilder();
                for (int n = random.nextInt(400); n > 0; n--) {
                    html.append(PIECES.get(random.nextInt(PIECES.size())));
                }
                assertWellFormed(extractor.extract(html.toString(), random.nextBoolean() ? null : "not a url"));
            }
        });
    }

    @Test
    void tenThousandNestedElementsFinishQuickly() {
        String deepDivs = "<div class='share'>".repeat(10_000) + "<p>" + "Deep text. ".repeat(30) + "</p>";
        String deepSpans = "<span>".repeat(10_000) + "x" + "</span>".repeat(10_000);
        String deepLists = "<ul><li>".repeat(5_000) + "item";
        String deepJson = "<script type='application/ld+json'>" + "[".repeat(10_000) + "</script><p>Body.</p>";

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (String html : List.of(deepDivs, deepSpans, deepLists, deepJson)) {
                assertWellFormed(extractor.extract(html, "https://x.test/2024/06/20/story"));
            }
        });
    }

    @Test
    void emptyAndNullInputsYieldAnEmptyPage() {
        for (String html : new String[] {null, "", "   ", "<html></html>"}) {
            ExtractedPage page = extractor.extract(html, null);

            assertThat(page.text()).isEmpty();
            assertThat(page.title()).isNull();
            assertThat(page.publishedDate()).isNull();
            assertThat(page.dateSource()).isEqualTo("none");
            assertThat(page.canonicalUrl()).isNull();
        }
    }

    private static void assertWellFormed(ExtractedPage page) {
        assertThat(page).isNotNull();
        assertThat(page.text()).isNotNull();
        assertThat(page.dateSource()).isIn("metadata", "url", "none");
        assertThat(page.dateSource().equals("none")).isEqualTo(page.publishedDate() == null);
    }
}
