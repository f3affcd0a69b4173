package org.newsdrift.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdrift.SparkTestSession;
import org.newsdrift.config.FieldMapping;
import org.newsdrift.config.IngestConfig;
import org.newsdrift.ingest.IngestStep;

/** CleanStep and DedupeStep on small in-memory rows shaped as IngestStep's output. */
class DedupeStepTest {
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = SparkTestSession.start(DedupeStepTest.class.getSimpleName());
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private static Row record(String locator, String source, String url, String day, String text) {
    return RowFactory.create("file:/in.jsonl", locator, source, url, "Title " + locator, day,
        day == null ? "none" : "metadata", "en", text, "record", null, null, null);
  }

  private static Dataset<Row> cleaned(List<Row> rows) {
    IngestConfig config = new IngestConfig(
        List.of(new FieldMapping("t", "text", null, null, null, null, null, "T", null, null, null)), 20, 1 << 20, 10, 500);
    return CleanStep.run(spark.createDataFrame(rows, IngestStep.SCHEMA), config);
  }

  @Test
  void exactCopiesPointToTheEarliestAndRepeatsOfAnArticleYieldOneRow() {
    String story = "Pyongyang, October 3 -- A delegation left for Moscow to attend a forum on energy.";
    Dataset<Row> input = cleaned(List.of(
        record("line 1", "A", "https://a/1", "2024-10-04", story),
        record("line 2", "B", "https://b/1", "2024-10-03", "  " + story.toUpperCase() + "  "),
        record("line 3", "A", "https://a/1", "2024-10-04", story),
        record("line 4", "C", "https://c/9", "2024-10-05", "A different story about the harvest in the north.")));
    Map<String, Row> byUrl = DedupeStep.run(input).collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs("url"), r -> r));

    assertThat(byUrl).hasSize(3);
    Row earliest = byUrl.get("https://b/1");
    assertThat(earliest.<String>getAs("duplicate_of")).isNull();
    assertThat(earliest.<Long>getAs("copies")).isEqualTo(3L);
    assertThat(earliest.<Integer>getAs("outlets")).isEqualTo(2);
    assertThat(byUrl.get("https://a/1").<String>getAs("duplicate_of")).isEqualTo(earliest.getAs("article_id"));
    assertThat(byUrl.get("https://a/1").<Long>getAs("copies")).isNull();
    assertThat(byUrl.get("https://c/9").<String>getAs("duplicate_of")).isNull();
    assertThat(byUrl.get("https://c/9").<Long>getAs("copies")).isEqualTo(1L);
  }

  @Test
  void shortBodiesBecomeRejectsAndDatesBecomeDates() {
    List<Row> rows = cleaned(List.of(
        record("line 1", "A", "https://a/1", "2024-10-04", "Too short &amp; small."),
        record("line 2", "A", "https://a/2", null, "Long enough body text with an entity: &quot;quoted&quot;.")))
        .orderBy("locator").collectAsList();

    assertThat(rows.get(0).<String>getAs("reject_reason")).isEqualTo("text_too_short");
    assertThat(rows.get(0).<String>getAs("reject_detail")).contains("20");
    assertThat(rows.get(0).<String>getAs("article_id")).isNull();
    assertThat(rows.get(1).<String>getAs("reject_reason")).isNull();
    assertThat(rows.get(1).<String>getAs("text")).isEqualTo("Long enough body text with an entity: \"quoted\".");
    assertThat(rows.get(1).<Date>getAs("published_date")).isNull();
    assertThat(rows.get(1).<String>getAs("article_id")).hasSize(32);
  }

  @Test
  void cleanStepDeclaresADateColumn() {
    StructType schema = cleaned(List.of()).schema();
    assertThat(schema.apply("published_date").dataType()).isEqualTo(DataTypes.DateType);
  }
}
