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

/** The SVG charts: well-formed, escaped, and drawn where the values say. */
class ReportChartsTest {
  private static final List<String> WEEKS = List.of("2024-10-07", "2024-10-14", "2024-10-21");

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
    Document svg = parse(new LineChart(WEEKS).percent().series("a", List.of(0.1, 0.45, 0.2)).toSvg("t"));
    List<String> labels = texts(svg).stream().filter(t -> t.endsWith("%")).toList();
    assertThat(labels).containsExactly("0%", "20%", "40%", "60%");
  }

  @Test
  void lineChartDrawsTheBandUnderTheLineAndPinsEscapedNotes() {
    String svg = new LineChart(WEEKS).percent()
        .series("attention", List.of(0.1, 0.3, 0.2))
        .band(List.of(0.05, 0.2, 0.1), List.of(0.2, 0.45, 0.3))
        .note(1, "2024-10-14: <script>alert(1)</script> & \"troops\"")
        .toSvg("Attention <per week>");
    Document doc = parse(svg);
    assertThat(elements(doc, "polygon")).hasSize(1);
    assertThat(elements(doc, "circle")).hasSize(3);
    assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;").contains("&amp; &quot;troops&quot;");
    assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Attention <per week>");
    // The band's top edge at the middle week is above (smaller y than) the line's point there.
    Element point = elements(doc, "circle").get(1);
    double bandTopY = Double.parseDouble(elements(doc, "polygon").get(0).getAttribute("points").split(" ")[1].split(",")[1]);
    assertThat(bandTopY).isLessThan(Double.parseDouble(point.getAttribute("cy")));
  }

  @Test
  void aMissingValueLeavesAGapInTheLine() {
    String svg = new LineChart(WEEKS).series("treati", Arrays.asList(1.0, null, 2.0)).toSvg("t");
    String path = elements(parse(svg), "path").get(0).getAttribute("d");
    assertThat(path.chars().filter(c -> c == 'M').count()).isEqualTo(2);
    assertThat(path).doesNotContain("L");
  }

  @Test
  void stackedLayersReachTheSumOfTheirValues() {
    String svg = new StackedAreaChart(List.of("a", "b")).percent()
        .layer("t0", List.of(0.25, 0.5)).layer("t1", List.of(0.75, 0.5)).toSvg("prevalence");
    Document doc = parse(svg);
    List<Element> layers = elements(doc, "polygon");
    assertThat(layers).hasSize(2);
    String[] top = layers.get(1).getAttribute("points").split(" ");
    // Both periods sum to 1, the top of the axis.
    assertThat(y(top[0])).isEqualTo(ChartFrame.TOP);
    assertThat(y(top[1])).isEqualTo(ChartFrame.TOP);
    assertThat(texts(doc)).contains("t0", "t1");
  }

  @Test
  void barsAreAsLongAsTheirValuesSay() {
    Document doc = parse(new BarChart().bar("missing_text", 120).bar("too_large", 30).toSvg("rejects"));
    List<Element> bars = elements(doc, "rect");
    double first = Double.parseDouble(bars.get(0).getAttribute("width"));
    double second = Double.parseDouble(bars.get(1).getAttribute("width"));
    assertThat(second / first).isCloseTo(0.25, within(0.01));
    assertThat(texts(doc)).contains("missing_text", "120", "30");
  }

  @Test
  void valuesThatDoNotFitThePeriodsAreRefusedWithTheCounts() {
    assertThatThrownBy(() -> new LineChart(WEEKS).series("x", List.of(1.0)))
        .hasMessage("Cannot chart series x: 1 values for 3 periods");
    assertThatThrownBy(() -> new BarChart().bar("x", -1)).hasMessageContaining("(was -1.0)");
  }

  private static double y(String point) {
    return Double.parseDouble(point.split(",")[1]);
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
    return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
  }

  private static List<String> texts(Document doc) {
    return elements(doc, "text").stream().map(Element::getTextContent).toList();
  }
}
