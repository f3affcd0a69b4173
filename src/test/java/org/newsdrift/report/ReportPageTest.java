package org.newsdrift.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdrift.report.ReportData.Burst;
import org.newsdrift.report.ReportData.Count;
import org.newsdrift.report.ReportData.CoveragePoint;
import org.newsdrift.report.ReportData.RunRow;
import org.newsdrift.report.ReportData.SourceCount;
import org.newsdrift.report.ReportData.Spike;
import org.newsdrift.report.ReportData.Topic;
import org.newsdrift.report.ReportData.Trend;
import org.w3c.dom.Document;

/** The page: the four views, a summary a newcomer can read, and nothing from the data left unescaped. */
class ReportPageTest {
  private static final String HOSTILE = "<script>alert('x')</script> & \"q\"";

  @Test
  void summaryNamesThePeakPeriodItsTermsAndItsTopics() {
    assertThat(ReportPage.summary(data("troop")))
        .isEqualTo("Coverage peaked in the week of 2024-10-28: 13 of 47 articles (27.7%, 95% interval 16.9%–41.8%) "
            + "were about the subject. Top terms (stems): troop, kursk. Main topics: war / troop / kursk (61%).");
  }

  @Test
  void everyStringFromTheDataIsEscapedAndThePageIsWellFormed() {
    String html = ReportPage.render(data(HOSTILE));
    assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    Document page = ReportChartsTest.parse(html);
    assertThat(ReportChartsTest.elements(page, "svg")).hasSize(5);
    assertThat(ReportChartsTest.elements(page, "h2")).extracting(e -> e.getTextContent()).containsExactly(
        "1. Coverage: attention per week", "2. Topics of the coverage", "3. Terms that burst", "4. Run health");
    assertThat(ReportChartsTest.elements(page, "table")).extracting(e -> e.getAttribute("id"))
        .containsExactly("spikes", "sources", "topic-table", "bursts", "run-table");
  }

  @Test
  void tablesWithoutDataStillMakeAReadablePage() {
    ReportData empty = new ReportData("s", "/out", "week", List.of(), List.of(), List.of(), null, List.of(),
        Trend.empty(), List.of(), List.of(), List.of(), List.of());
    String html = ReportPage.render(empty);
    ReportChartsTest.parse(html);
    assertThat(html).contains("No dated articles yet").contains("No topic model yet").contains("No bursts yet")
        .contains("rejected no record");
  }

  private static ReportData data(String text) {
    CoveragePoint before = new CoveragePoint("2024-10-21", 27, 6, 6 / 27.0, 0.106, 0.408);
    CoveragePoint peak = new CoveragePoint("2024-10-28", 47, 13, 13 / 47.0, 0.169, 0.418);
    return new ReportData("russia-dprk — " + text, "/out", "week", List.of(before, peak),
        List.of(new SourceCount(text, "en", 74, 19)),
        List.of(new Spike(peak, List.of(text, "kursk"), List.of("war / troop / kursk (61%)"))),
        "lda-1", List.of(new Topic(0, "war / troop / kursk", List.of(text, "kursk"), 12, text)),
        new Trend(List.of("2024-10-21", "2024-10-28"), List.of("0: " + text), List.of(List.of(1.0, 1.0))),
        List.of(new Burst(text, "2024-10-28", 4.2, 5)),
        List.of(new RunRow("2024-11-12", "2024-11-12 03:00:00", "succeeded", 10L, 7L, 2L, 1L, 3L, "lda-1", text)),
        List.of(new Count("accepted (canonical articles)", 7), new Count("rejected", 2)),
        List.of(new Count(text, 2)));
  }
}
