package org.newsdrift.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newsdrift.table.Tables;

/** The printed summary's lines, from rows shaped as the tables' (no Spark session needed). */
class RunSummaryTest {

    @Test
    void aMonthWhoseArticlesAreAllCopiesPrintsADashForItsAttention() {
        // A source carried only copies that month: no canonical article, so attention and its interval are null.
        Row onlyCopies = coverage("2024-08-01", 2, 0, 2, 0, null, null, null);
        Row ordinary = coverage("2024-09-01", 197, 197, 52, 21, 21 / 197.0, 0.071, 0.157);

        String printed = print(out -> RunSummary.printAttention(out, List.of(onlyCopies, ordinary)));

        assertThat(printed).contains("2024-08     0 / 0          \u2013  [\u2013, \u2013]  2 with copies");
        assertThat(printed).contains("2024-09    21 / 197    10.7%  [7.1%, 15.7%]  52 with copies");
    }

    @Test
    void theHeaderNamesEachCountForWhatItIs() {
        String printed = print(out -> RunSummary.printAttention(
                out, List.of(coverage("2024-08-01", 285, 198, 87, 34, 34 / 198.0, 0.126, 0.23))));

        assertThat(printed)
                .contains("relevant stories / all stories (canonical articles)")
                .contains("relevant articles counting every copy")
                .doesNotContain("copies of relevant ones");
    }

    @Test
    void everyTopicIsPrintedTheMostCarriedFirstAndOneThatNoArticleCarriesSaysSo() {
        List<Row> topics = List.of(
                topic(0, "president / foreign", 0.2916540680772524),
                topic(1, "war / nato", 0.32),
                topic(2, "empty / theme", null));

        String printed =
                print(out -> RunSummary.printTopicLines(out, topics, Map.of(0, 28L, 1, 30L), Map.of("war", "wars")));

        assertThat(printed.lines())
                .containsExactly(
                        "    topic 1 (30 articles, NPMI 0.32) war / nato: wars, nato",
                        "    topic 0 (28 articles, NPMI 0.29) president / foreign: president, foreign",
                        "    topic 2 (no article, NPMI \u2013) empty / theme: empty, theme");
    }

    private static Row coverage(
            String month,
            long articles,
            long unique,
            long relevant,
            long relevantUnique,
            Double attention,
            Double low,
            Double high) {
        StructType schema = Tables.spec(Tables.COVERAGE).schema();
        Object[] values = new Object[schema.size()];
        Map<String, Object> byName = new java.util.HashMap<>();
        byName.put("period_start", Date.valueOf(month));
        byName.put("granularity", "month");
        byName.put("source", "*");
        byName.put("language", "*");
        byName.put("n_articles", articles);
        byName.put("n_unique", unique);
        byName.put("n_relevant", relevant);
        byName.put("n_relevant_unique", relevantUnique);
        byName.put("attention", attention);
        byName.put("attention_low", low);
        byName.put("attention_high", high);
        for (int i = 0; i < schema.size(); i++) {
            values[i] = byName.get(schema.fields()[i].name());
        }
        return new GenericRowWithSchema(values, schema);
    }

    private static Row topic(int id, String label, Double npmi) {
        StructType schema = Tables.spec(Tables.TOPICS).schema();
        Object[] values = new Object[schema.size()];
        List<Row> terms = java.util.Arrays.stream(label.split(" / "))
                .map(t -> RowFactory.create(t, 0.1))
                .toList();
        for (int i = 0; i < schema.size(); i++) {
            values[i] = switch (schema.fields()[i].name()) {
                case "topic_id" -> id;
                case "label" -> label;
                case "terms" ->
                    scala.jdk.javaapi.CollectionConverters.asScala(terms).toSeq();
                case "npmi" -> npmi;
                default -> null;
            };
        }
        return new GenericRowWithSchema(values, schema);
    }

    private static String print(Consumer<PrintWriter> printing) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        printing.accept(out);
        out.flush();
        return text.toString();
    }
}
