package org.newsdrift.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The extractor's pieces on small literal pages. */
class HtmlExtractorTest {
    private static final List<String> PARAGRAPHS = List.of(
            "Officials in Pyongyang and Moscow signed the agreement on Wednesday, the agency said, after two days of talks.",
            "The treaty commits each side to come to the other's aid if attacked, according to the published text.",
            "Analysts in Seoul said the pact formalised cooperation that had grown since the war in Ukraine began.",
            "The foreign ministers are expected to meet again in the autumn to review how the agreement is applied.");

    private final HtmlExtractor extractor = new HtmlExtractor(Fixtures.NOW);

    private static String page(String head, String body) {
        return "<html lang='en-GB'><head>" + head + "</head><body>" + body + "</body></html>";
    }

    private static String article() {
        return "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
                + "<div class='cookie-banner'><p>We use cookies to improve your experience on this site, accept them all."
                + "</p></div><article><h1>Treaty signed</h1><div class='byline'>By A. Writer</div>"
                + "<p>" + PARAGRAPHS.get(0) + "</p><p>" + PARAGRAPHS.get(1) + "</p><p>" + PARAGRAPHS.get(2) + "</p>"
                + "<h2>What comes next</h2><p>" + PARAGRAPHS.get(3) + "</p>"
                + "<div class='share-tools'><a href='/s'>Share on X</a></div></article>"
                + "<aside><h3>Related stories</h3><ul><li><a href='/1'>Another story about something else</a></li></ul>"
                + "</aside><footer>© 2024 The Paper. All rights reserved.</footer>";
    }

    @Test
    void bodyKeepsParagraphsAndSubheadingsAndDropsChrome() {
        ExtractedPage page = extractor.extract(page("<title>Treaty signed | The Paper</title>", article()), null);

        assertThat(page.text())
                .isEqualTo(String.join(
                        "\n",
                        PARAGRAPHS.get(0),
                        PARAGRAPHS.get(1),
                        PARAGRAPHS.get(2),
                        "What comes next",
                        PARAGRAPHS.get(3)));
        assertThat(page.title()).isEqualTo("Treaty signed");
        assertThat(page.language()).isEqualTo("en");
    }

    @Test
    void publicationDayComesFromMetadataBeforeTheUrl() {
        String head = "<meta property='article:published_time' content='2024-06-19T23:30:00+09:00'>";

        ExtractedPage page = extractor.extract(page(head, article()), "https://paper.test/2024/06/20/treaty");

        assertThat(page.publishedDate()).isEqualTo(LocalDate.of(2024, 6, 19));
        assertThat(page.dateSource()).isEqualTo("metadata");
    }

    @Test
    void publicationDayFallsBackToTheUrlPath() {
        ExtractedPage page = extractor.extract(page("", article()), "https://paper.test/world/2024/06/20/treaty/");

        assertThat(page.publishedDate()).isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(page.dateSource()).isEqualTo("url");
    }

    @Test
    void futureAndPre1990DaysAreDiscardedNotGuessed() {
        String future = "<meta property='article:published_time' content='2027-01-01T00:00:00Z'>";
        String ancient =
                "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"1989-12-31\"}"
                        + "</script>";

        for (String head : new String[] {future, ancient, ""}) {
            ExtractedPage page = extractor.extract(page(head, article()), "https://paper.test/world/treaty");

            assertThat(page.publishedDate()).isNull();
            assertThat(page.dateSource()).isEqualTo("none");
        }
    }

    @Test
    void jsonLdDayIsReadEvenFromSloppyJson() {
        String head = "<script type='application/ld+json'>{'@graph': [{'@type': ['NewsArticle'], "
                + "'datePublished': '2024-06-20 14:02',}]}</script>";

        assertThat(extractor.extract(page(head, article()), null).publishedDate())
                .isEqualTo(LocalDate.of(2024, 6, 20));
    }

    @Test
    void canonicalUrlIsResolvedAgainstThePageAndFallsBackToIt() {
        String head = "<link rel='canonical' href='/world/treaty'>";

        assertThat(extractor
                        .extract(page(head, article()), "https://paper.test/amp/world/treaty?x=1")
                        .canonicalUrl())
                .isEqualTo("https://paper.test/world/treaty");
        assertThat(extractor
                        .extract(page("", article()), "https://paper.test/a")
                        .canonicalUrl())
                .isEqualTo("https://paper.test/a");
    }

    @Test
    void languageIsThePrimarySubtagOfWhatThePageDeclares() {
        assertThat(LanguageExtractor.primarySubtag("ko-KR")).isEqualTo("ko");
        assertThat(LanguageExtractor.primarySubtag("RU_ru")).isEqualTo("ru");
        assertThat(LanguageExtractor.primarySubtag("x")).isNull();
        assertThat(extractor
                        .extract("<html><head><meta property='og:locale' content='uk_UA'></head></html>", null)
                        .language())
                .isEqualTo("uk");
    }

    @Test
    void titleLosesATrailingSiteNameOnly() {
        assertThat(TitleExtractor.withoutSiteName("Treaty signed - National | Global News", "Global News"))
                .isEqualTo("Treaty signed - National");
        assertThat(TitleExtractor.withoutSiteName("Kim meets Putin: what we know", null))
                .isEqualTo("Kim meets Putin: what we know");
    }

    @Test
    void quoteMarksAreCutWhenAnotherOfThePageTitlesHasTheSameWordsWithoutThem() {
        String head =
                "<meta property='og:title' content='&quot;Pink hair sparks ridicule&quot;… A riddle for the public'>";
        String body = "<h1>Pink hair sparks ridicule… A riddle for the public</h1>" + article();

        assertThat(extractor.extract(page(head, body), null).title())
                .isEqualTo("Pink hair sparks ridicule… A riddle for the public");
        assertThat(TitleExtractor.withFewestQuotes("Kim says \"no deal\"", List.of("Kim says no deal yet")))
                .isEqualTo("Kim says \"no deal\"");
    }

    @Test
    void kickerIsCutWhenTheHeadingSetsTheSameHeadlineUnderAnotherKicker() {
        String head = "<meta property='og:title' content='Attack on Israel: «Restraint has much to do with the US»'>";
        String body = "<h1>Escalation in the Middle East - «Restraint has much to do with the US»</h1>" + article();

        assertThat(extractor.extract(page(head, body), null).title())
                .isEqualTo("«Restraint has much to do with the US»");
    }

    @Test
    void kickerIsKeptWhenTheHeadingIsTheBareHeadline() {
        String head = "<meta property='og:title' content='Attack on Israel: «Restraint has much to do with the US»'>";
        String body = "<h1>«Restraint has much to do with the US»</h1>" + article();

        assertThat(extractor.extract(page(head, body), null).title())
                .isEqualTo("Attack on Israel: «Restraint has much to do with the US»");
    }

    @Test
    void standfirstAboveTheBodyIsKeptWhenTheDescriptionRepeatsIt() {
        String lede = "Pyongyang and Moscow sealed a mutual-defence pact as the two leaders met for a second day.";
        String head = "<meta property='og:description' content='" + lede + "'>";
        String body = "<header><h1>Treaty signed</h1><p class='standfirst'>" + lede + "</p></header>" + article();

        ExtractedPage page = extractor.extract(page(head, body), null);

        assertThat(page.text()).startsWith(lede + "\n" + PARAGRAPHS.get(0));
    }

    @Test
    void theNextStoryLoadedBelowTheArticleIsLeftOut() {
        String next = "<article><h2>Another story</h2>"
                + "<p>Harvest figures for the northern provinces came in well above last year's, officials said.</p>"
                + "<p>Rice output rose by a tenth while maize stayed level, according to the ministry's preliminary count.</p>"
                + "<p>Fertiliser deliveries were late in spring but the summer rains made up for it in most districts.</p>"
                + "</article>";
        String feed = "<main><article><h1>Treaty signed</h1>"
                + String.join(
                        "", PARAGRAPHS.stream().map(p -> "<p>" + p + "</p>").toList()) + "</article>" + next
                + "</main>";

        ExtractedPage page = extractor.extract(page("", feed), null);

        assertThat(page.text()).isEqualTo(String.join("\n", PARAGRAPHS));
    }
}
