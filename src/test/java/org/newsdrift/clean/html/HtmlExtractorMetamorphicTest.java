package org.newsdrift.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Layout whitespace must not change what is extracted: a page pretty-printed and minified gives the same result. */
class HtmlExtractorMetamorphicTest {
    private final HtmlExtractor extractor = new HtmlExtractor(Fixtures.NOW);

    @ParameterizedTest
    @ValueSource(
            strings = {"APNews_2023_04_28", "HankookIlbo_2026_07_12", "Kommersant_2025_05_14", "Pravda_2026_01_08"})
    void prettyPrintedAndMinifiedPagesGiveTheSameText(String name) {
        Document doc = Jsoup.parse(Fixtures.html(name));
        doc.outputSettings().prettyPrint(true).indentAmount(2);
        String pretty = doc.outerHtml();
        String minified = minify(doc);

        ExtractedPage fromPretty = extractor.extract(pretty, null);
        ExtractedPage fromMinified = extractor.extract(minified, null);

        assertThat(pretty).isNotEqualTo(minified);
        assertThat(fromPretty.text()).isNotEmpty().isEqualTo(fromMinified.text());
        assertThat(fromPretty.title()).isEqualTo(fromMinified.title());
        assertThat(fromPretty.publishedDate()).isEqualTo(fromMinified.publishedDate());
    }

    /** The page on one line, every run of whitespace in text made one space, as HTML minifiers do. */
    private static String minify(Document doc) {
        doc.body().getAllElements().forEach(e -> {
            if (!e.nameIs("pre") && !e.nameIs("textarea")) {
                e.textNodes().forEach(t -> t.text(t.getWholeText().replaceAll("\\s+", " ")));
            }
        });
        doc.outputSettings().prettyPrint(false);
        return doc.outerHtml().replaceAll(">\\s+<", "> <");
    }
}
