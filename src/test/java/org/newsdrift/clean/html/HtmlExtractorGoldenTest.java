package org.newsdrift.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdrift.evaluation.WordOverlap;

/** Bundled publisher pages (see src/test/resources/html/ATTRIBUTION.md) against their hand-checked ground truth. */
class HtmlExtractorGoldenTest {
    private final HtmlExtractor extractor = new HtmlExtractor(Fixtures.NOW);

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "APNews_2023_04_28,      2023-04-28, en",
        "HankookIlbo_2026_07_12, 2026-07-12, ko",
        "Kommersant_2025_05_14,  2025-05-14, ru",
        "Pravda_2026_01_08,      2026-01-08, ru"
    })
    void pageYieldsItsTitleDayLanguageAndBody(String name, LocalDate day, String language) {
        JsonNode expected = Fixtures.expected(name);
        String url = expected.path("url").asText();

        ExtractedPage page = extractor.extract(Fixtures.html(name), url);

        assertThat(page.title()).isEqualTo(Texts.oneLine(expected.path("title").asText()));
        assertThat(page.publishedDate()).isEqualTo(day);
        assertThat(page.dateSource()).isEqualTo("metadata");
        assertThat(page.language()).isEqualTo(language);
        assertThat(page.canonicalUrl()).startsWith("https://");
        assertThat(WordOverlap.f1(page.text(), Fixtures.expectedBody(expected))).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void bodyLeavesOutThePageChromeOfTheApStory() {
        ExtractedPage page = extractor.extract(Fixtures.html("APNews_2023_04_28"), null);

        assertThat(page.text()).startsWith("MEXICO CITY (AP) — Mexico’s economy grew by 1.1%");
        assertThat(page.text()).doesNotContain("Copyright", "Terms of Use", "Privacy Policy");
        assertThat(page.canonicalUrl())
                .isEqualTo("https://apnews.com/article/mexico-economy-growth-3cc842471fb9df42315d658d88c8403a");
    }
}
