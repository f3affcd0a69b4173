package org.newsdrift.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdrift.report.ReportData.ArticleList;
import org.newsdrift.report.ReportData.ArticleRef;
import org.newsdrift.report.ReportData.Burst;
import org.newsdrift.report.ReportData.Count;
import org.newsdrift.report.ReportData.CoveragePoint;
import org.newsdrift.report.ReportData.RunRow;
import org.newsdrift.report.ReportData.SourceCount;
import org.newsdrift.report.ReportData.Spike;
import org.newsdrift.report.ReportData.Topic;
import org.newsdrift.report.ReportData.Trend;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The page: the four views, a summary a newcomer can read, the articles behind every number, all escaped. */
class ReportPageTest {
    private static final String HOSTILE = "<script>alert('x')</script> & \"q\"";
    private static final String LONG_TOPIC = "4: embassy / sympathy / delegation / friendship / cooperation / exchange";

    @Test
    void summaryNamesThePeakPeriodItsTermsAndItsTopics() {
        assertThat(ReportPage.summary(data("troop")))
                .isEqualTo(
                        "Coverage peaked in the week of 2024-10-28: 13 of 47 articles (27.7%, 95% interval 16.9%–41.8%) "
                                + "were about the subject. Top terms: troop, kursk. Main topics: war / troop / kursk (61%).");
    }

    @Test
    void everyStringFromTheDataIsEscapedAndThePageIsWellFormed() {
        String html = ReportPage.render(data(HOSTILE));
        assertThat(html)
                .doesNotContain("<script")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
        Document page = ReportChartsTest.parse(html);
        assertThat(ReportChartsTest.elements(page, "svg")).hasSize(5);
        assertThat(ReportChartsTest.elements(page, "h2"))
                .extracting(e -> e.getTextContent())
                .containsExactly(
                        "1. Coverage: attention per week",
                        "2. Topics of the coverage",
                        "3. Terms that burst",
                        "4. Run health");
        assertThat(ReportChartsTest.elements(page, "table"))
                .extracting(e -> e.getAttribute("id"))
                .containsExactly("spikes", "periods", "sources", "topic-table", "bursts", "run-table");
    }

    @Test
    void aLongLegendLabelIsShownWholeInAListUnderItsChart() {
        Document page = ReportChartsTest.parse(ReportPage.render(data("troop")));
        assertThat(ReportChartsTest.elements(page, "li").stream().map(Element::getTextContent))
                .contains(LONG_TOPIC, "attention (share of articles about the subject)", "95% interval");
        assertThat(ReportChartsTest.elements(page, "svg").stream().map(Element::getTextContent))
                .noneMatch(t -> t.contains("…"));
    }

    @Test
    void aBurstShowsItsArticlesAgainstTheirBaselineBesideTheZScore() {
        Element bursts = byId(ReportChartsTest.parse(ReportPage.render(data("troop"))), "bursts");
        Element row = ReportChartsTest.elements(bursts.getOwnerDocument(), "tr").stream()
                .filter(r -> r.getTextContent().startsWith("exhibit"))
                .findFirst()
                .orElseThrow();
        assertThat(java.util.stream.IntStream.range(
                                0, row.getElementsByTagName("td").getLength())
                        .mapToObj(i -> row.getElementsByTagName("td").item(i).getTextContent()))
                .containsExactly("exhibition", "2024-10-28", "46.0", "3 articles vs baseline 0.2");
    }

    @Test
    void aTopicNoArticleCarriesIsLeftOutOfTheTableAndListsAndCounted() {
        String html = ReportPage.render(data("troop"));
        Document page = ReportChartsTest.parse(html);
        assertThat(byId(page, "topic-table").getTextContent())
                .contains("war / troop / kursk")
                .doesNotContain("partners")
                .doesNotContain("empty");
        assertThat(byId(page, "topic-articles").getTextContent())
                .contains("Topic 0: war / troop / kursk")
                .doesNotContain("Topic 5");
        assertThat(html).doesNotContain("Not typical");
        assertThat(byId(page, "empty-topics").getTextContent())
                .isEqualTo("1 topic is left out of the table and the lists: no article carries it as its main topic (5 "
                        + "(partners / invitation / ecuador; highest weight in any article 0.1%)). The chart still shows its "
                        + "share of the articles' weight.");
    }

    @Test
    void everySpikeTopicAndBurstListsItsArticlesWithEscapedTitlesAndOnlyWebLinks() {
        String html = ReportPage.render(data(HOSTILE));
        Document page = ReportChartsTest.parse(html);
        assertThat(byId(page, "spike-articles").getElementsByTagName("details").getLength())
                .isEqualTo(1);
        assertThat(byId(page, "topic-articles").getElementsByTagName("details").getLength())
                .isEqualTo(1);
        assertThat(byId(page, "burst-articles").getElementsByTagName("details").getLength())
                .isEqualTo(1);
        assertThat(html)
                .contains("<a href=\"https://kcna.kp/en/article/q?id=1&amp;x=&quot;y&quot;\">&lt;script&gt;alert(")
                .doesNotContain("href=\"javascript")
                .doesNotContain("href=\"file")
                .contains("and 9 more articles.");
        List<Element> links = ReportChartsTest.elements(page, "a");
        assertThat(links)
                .hasSize(3)
                .allSatisfy(a -> assertThat(a.getAttribute("href")).matches("https?://.+"));
        Element list = (Element)
                byId(page, "spike-articles").getElementsByTagName("ol").item(0);
        assertThat(list.getTextContent())
                .contains("Unsafe link KCNA, 2024-10-29")
                .contains("(untitled) undated");
    }

    @Test
    void scoresAreRoundedToWhatAPersonReads() {
        String html = ReportPage.render(data("troop"));
        assertThat(byId(ReportChartsTest.parse(html), "topic-table").getTextContent())
                .contains("0.29");
        assertThat(html).doesNotContain("0.2916");
    }

    @Test
    void tablesWithoutDataStillMakeAReadablePage() {
        ReportData empty = new ReportData(
                "s",
                "/out",
                "week",
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(),
                Trend.empty(),
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of());
        String html = ReportPage.render(empty);
        ReportChartsTest.parse(html);
        assertThat(html)
                .contains("No dated articles yet")
                .contains("No topic model yet")
                .contains("No bursts yet")
                .contains("rejected no record");
    }

    private static Element byId(Document page, String id) {
        return ReportChartsTest.elements(page, "*").stream()
                .filter(e -> id.equals(e.getAttribute("id")))
                .findFirst()
                .orElseThrow();
    }

    private static ReportData data(String text) {
        CoveragePoint before = new CoveragePoint("2024-10-21", 27, 6, 6 / 27.0, 0.106, 0.408);
        CoveragePoint peak = new CoveragePoint("2024-10-28", 47, 13, 13 / 47.0, 0.169, 0.418);
        ArticleList peakArticles = new ArticleList(
                List.of(
                        new ArticleRef(text, "KCNA", "2024-10-28", "https://kcna.kp/en/article/q?id=1&x=\"y\""),
                        new ArticleRef("Unsafe link", "KCNA", "2024-10-29", "javascript:alert(1)"),
                        new ArticleRef("Local file", "KCNA", "2024-10-30", "file:///etc/passwd"),
                        new ArticleRef(null, null, null, null)),
                13);
        ArticleList topicArticles =
                new ArticleList(List.of(new ArticleRef(text, "KCNA", "2024-10-28", "http://kcna.kp/1")), 12);
        return new ReportData(
                "russia-dprk — " + text,
                "/out",
                "week",
                List.of(before, peak),
                List.of(new SourceCount(text, "en", 74, 19)),
                List.of(new Spike(peak, List.of(text, "kursk"), List.of("war / troop / kursk (61%)"), peakArticles)),
                "lda-1",
                List.of(
                        new Topic(
                                0,
                                "war / troop / kursk",
                                List.of(text, "kursk"),
                                0.2916540680772524,
                                12,
                                0.93,
                                topicArticles),
                        new Topic(
                                5,
                                "partners / invitation / ecuador",
                                List.of("partner"),
                                0.1,
                                0,
                                0.0014,
                                new ArticleList(
                                        List.of(new ArticleRef(
                                                "Not typical", "KCNA", "2024-10-28", "https://kcna.kp/2")),
                                        0))),
                new Trend(
                        List.of("2024-10-21", "2024-10-28"),
                        List.of("0: " + text, LONG_TOPIC),
                        List.of(List.of(1.0, 0.9), List.of(0.0, 0.1)),
                        List.of(6L, 13L)),
                List.of(new Burst(
                        "exhibit",
                        "exhibition",
                        "2024-10-28",
                        46.0,
                        3,
                        0.2,
                        new ArticleList(List.of(new ArticleRef(text, "KCNA", "2024-10-28", "https://kcna.kp/3")), 3))),
                8,
                List.of(new RunRow(
                        "2024-11-12", "2024-11-12 03:00:00", "succeeded", 10L, 7L, 2L, 1L, 3L, "lda-1", text)),
                List.of(new Count("accepted (canonical articles)", 7), new Count("rejected", 2)),
                List.of(new Count(text, 2)));
    }
}
