package org.newsdrift.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG charts: well-formed, escaped, on real dates, and drawn where the values say. */
class ReportChartsTest {
    private static final List<String> WEEKS = List.of("2024-10-07", "2024-10-14", "2024-10-21");
    /** Two neighbouring weeks, then 23 weeks later a third, as in the KCNA dump's topic trends. */
    private static final List<String> GAPPED = List.of("2024-01-08", "2024-01-15", "2024-06-24");

    @Test
    void roundCeilingsAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
        assertThat(ChartFrame.niceCeiling(0.12)).isCloseTo(0.2, within(1e-12));
        assertThat(ChartFrame.niceCeiling(0.45)).isCloseTo(0.5, within(1e-12));
        assertThat(ChartFrame.niceCeiling(2.1)).isCloseTo(2.5, within(1e-12));
        assertThat(ChartFrame.niceCeiling(7)).isCloseTo(10, within(1e-12));
        assertThat(ChartFrame.niceCeiling(0)).isEqualTo(1);
        assertThat(ChartFrame.niceCeiling(Double.NaN)).isEqualTo(1);
    }

    @Test
    void axisTicksAreRoundSteps() {
        Document svg = parse(new LineChart(WEEKS, "week")
                .percent()
                .series(List.of(0.1, 0.45, 0.2))
                .toSvg("t"));
        List<String> labels = texts(svg).stream().filter(t -> t.endsWith("%")).toList();
        assertThat(labels).containsExactly("0%", "20%", "40%", "60%");
    }

    @Test
    void pointsStandAsFarApartAsTheirDatesAndTheLineBreaksWhereWeeksAreMissing() {
        String svg =
                new LineChart(GAPPED, "week").series(List.of(0.1, 0.2, 0.3)).toSvg("t");
        Document doc = parse(svg);
        List<Double> x = elements(doc, "circle").stream()
                .map(c -> Double.parseDouble(c.getAttribute("cx")))
                .toList();
        double week = x.get(1) - x.get(0);
        assertThat(week).isPositive();
        assertThat((x.get(2) - x.get(1)) / week).isCloseTo(23, within(0.05));
        // Twenty-two weeks without articles have no attention: the line stops and starts again.
        String path = elements(doc, "path").get(0).getAttribute("d");
        assertThat(path.chars().filter(c -> c == 'M').count()).isEqualTo(2);
        assertThat(path.chars().filter(c -> c == 'L').count()).isEqualTo(1);
    }

    @Test
    void timeTicksFallOnMonthStartsAtTheirDates() {
        TimeAxis axis = new TimeAxis(TimeAxis.dates(List.of("2023-12-18", "2024-11-11")), Granularity.WEEK, 0, 700);
        List<TimeAxis.Tick> ticks = axis.ticks();
        assertThat(ticks)
                .extracting(TimeAxis.Tick::label)
                .containsExactly("Jan 2024", "Mar 2024", "May 2024", "Jul 2024", "Sep 2024", "Nov 2024");
        assertThat(ticks).allSatisfy(t -> assertThat(t.day().getDayOfMonth()).isEqualTo(1));
        // The axis ends where the last week ends: 2024-11-18, 48 weeks after the first week starts.
        assertThat(axis.x(java.time.LocalDate.parse("2024-11-18"))).isCloseTo(700, within(1e-9));
        assertThat(axis.to(java.time.LocalDate.parse("2023-12-18"))).isCloseTo(700 / 48.0, within(1e-9));
    }

    @Test
    void shortSpansAreTickedOnMondays() {
        TimeAxis axis = new TimeAxis(TimeAxis.dates(WEEKS), Granularity.WEEK, 0, 300);
        assertThat(axis.ticks())
                .extracting(TimeAxis.Tick::label)
                .containsExactly("2024-10-07", "2024-10-14", "2024-10-21", "2024-10-28");
    }

    @Test
    void lineChartDrawsTheBandUnderTheLineAndNumberedEscapedMarkers() {
        String svg = new LineChart(WEEKS, "week")
                .percent()
                .series(List.of(0.1, 0.3, 0.2))
                .band(List.of(0.05, 0.2, 0.1), List.of(0.2, 0.45, 0.3))
                .marker(1, "1", "2024-10-14: <script>alert(1)</script> & \"troops\"")
                .toSvg("Attention <per week>");
        Document doc = parse(svg);
        assertThat(elements(doc, "polygon")).hasSize(1);
        assertThat(elements(doc, "circle")).hasSize(4);
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;").contains("&amp; &quot;troops&quot;");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Attention <per week>");
        Element marker = elements(doc, "g").stream()
                .filter(g -> "marker".equals(g.getAttribute("class")))
                .findFirst()
                .orElseThrow();
        assertThat(marker.getTextContent()).endsWith("1");
        // The band's top edge at the middle week is above (smaller y than) the line's point there.
        Element point = elements(doc, "circle").get(1);
        double bandTopY = Double.parseDouble(elements(doc, "polygon")
                .get(0)
                .getAttribute("points")
                .split(" ")[1]
                .split(",")[1]);
        assertThat(bandTopY).isLessThan(Double.parseDouble(point.getAttribute("cy")));
    }

    @Test
    void aMissingValueLeavesAGapInTheLine() {
        String svg = new LineChart(WEEKS, "week")
                .series(Arrays.asList(1.0, null, 2.0))
                .toSvg("t");
        String path = elements(parse(svg), "path").get(0).getAttribute("d");
        assertThat(path.chars().filter(c -> c == 'M').count()).isEqualTo(2);
        assertThat(path).doesNotContain("L");
    }

    @Test
    void countBarsSitUnderTheirPeriodsAsHighAsTheirCounts() {
        String svg = new LineChart(GAPPED, "week")
                .percent()
                .series(List.of(0.5, 0.25, 0.1))
                .titles(List.of("a", "b", "c"))
                .counts(List.of(40L, 20L, 10L), List.of(20L, 5L, 1L), List.of("w1: 20 of 40", "w2", "w3"))
                .toSvg("t");
        Document doc = parse(svg);
        List<Element> bars = elements(doc, "rect").stream()
                .filter(r -> "count".equals(r.getAttribute("class")))
                .toList();
        assertThat(bars).hasSize(6);
        double all = Double.parseDouble(bars.get(0).getAttribute("height"));
        assertThat(Double.parseDouble(bars.get(2).getAttribute("height")) / all).isCloseTo(0.5, within(1e-3));
        assertThat(Double.parseDouble(bars.get(1).getAttribute("height")) / all).isCloseTo(0.5, within(1e-3));
        // Each bar spans its week under the week's point.
        Element point = elements(doc, "circle").get(2);
        double from = Double.parseDouble(bars.get(4).getAttribute("x"));
        double width = Double.parseDouble(bars.get(4).getAttribute("width"));
        assertThat(Double.parseDouble(point.getAttribute("cx"))).isCloseTo(from + width / 2, within(0.1));
        assertThat(svg).contains("<title>w1: 20 of 40</title>").contains("<title>c</title>");
    }

    @Test
    void stackedColumnsReachTheSumOfTheirValuesAndLeaveMissingWeeksBlank() {
        String svg = new StackedColumnChart(GAPPED, "week")
                .percent()
                .layer("t0", List.of(0.25, 0.5, 1.0))
                .layer("t1", List.of(0.75, 0.5, 0.0))
                .counts(List.of(4L, 2L, 1L), "articles")
                .toSvg("prevalence");
        Document doc = parse(svg);
        List<Element> layers = elements(doc, "rect").stream()
                .filter(r -> "layer".equals(r.getAttribute("class")))
                .toList();
        assertThat(layers).hasSize(5);
        // Every week sums to 1, the top of the axis.
        assertThat(layers.stream()
                        .mapToDouble(r -> Double.parseDouble(r.getAttribute("y")))
                        .min()
                        .orElseThrow())
                .isCloseTo(ChartFrame.TOP, within(0.05));
        double weekWidth = Double.parseDouble(layers.get(0).getAttribute("width"));
        double lastX = Double.parseDouble(layers.get(4).getAttribute("x"));
        double secondX = Double.parseDouble(layers.get(2).getAttribute("x"));
        assertThat((lastX - secondX) / (weekWidth + 1.5)).isCloseTo(23, within(0.05));
        assertThat(svg).contains("<title>t0: 25% of 4 articles, week of 2024-01-08</title>");
    }

    @Test
    void barsAreAsLongAsTheirValuesSay() {
        Document doc = parse(
                new BarChart().bar("missing_text", 120).bar("too_large", 30).toSvg("rejects"));
        List<Element> bars = elements(doc, "rect");
        double first = Double.parseDouble(bars.get(0).getAttribute("width"));
        double second = Double.parseDouble(bars.get(1).getAttribute("width"));
        assertThat(second / first).isCloseTo(0.25, within(0.01));
        assertThat(texts(doc)).contains("missing_text", "120", "30");
    }

    @Test
    void aLongBarLabelIsShownWholeOnSeveralLinesAndItsValueTextFits() {
        String label = "4: embassy / sympathy / delegation / friendship / cooperation · 2024-10-28";
        String value = "46.0 · 3 articles vs baseline 0.2";
        Document doc = parse(new BarChart().bar(label, 46, value).bar("x", 10).toSvg("bursts"));
        List<Element> lines = elements(doc, "tspan");
        assertThat(lines.size()).isGreaterThan(2);
        assertThat(String.join(
                        " ",
                        lines.subList(0, lines.size() - 1).stream()
                                .map(Element::getTextContent)
                                .toList()))
                .isEqualTo(label);
        Element bar = elements(doc, "rect").get(0);
        double end = Double.parseDouble(bar.getAttribute("x")) + Double.parseDouble(bar.getAttribute("width"));
        assertThat(end + 6 + TextWidth.of(value, 12)).isLessThanOrEqualTo(ChartFrame.WIDTH);
        assertThat(texts(doc)).contains(value);
    }

    @Test
    void valuesThatDoNotFitThePeriodsAreRefusedWithTheCounts() {
        assertThatThrownBy(() -> new LineChart(WEEKS, "week").series(List.of(1.0)))
                .hasMessage("Cannot chart a series: 1 values for 3 periods");
        assertThatThrownBy(() -> new LineChart(List.of("week 3"), "week"))
                .hasMessage("Cannot chart period week 3: not a date (yyyy-mm-dd)");
        assertThatThrownBy(() -> new LineChart(WEEKS, "fortnight"))
                .hasMessage("Cannot chart periods: granularity must be day, week or month (was fortnight)");
        assertThatThrownBy(() -> new BarChart().bar("x", -1)).hasMessageContaining("(was -1.0)");
    }

    private static List<String> texts(Document doc) {
        return elements(doc, "text").stream().map(Element::getTextContent).toList();
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + e.getMessage() + "\n" + xml, e);
        }
    }

    static List<Element> elements(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        return java.util.stream.IntStream.range(0, nodes.getLength())
                .mapToObj(i -> (Element) nodes.item(i))
                .toList();
    }
}
