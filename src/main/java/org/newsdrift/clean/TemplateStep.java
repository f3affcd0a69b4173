package org.newsdrift.clean;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsdrift.clean.page.TemplateLineLearner;
import org.newsdrift.clean.page.TemplateLines;

/**
 * Learns each source's template lines (lines repeated across many of its distinct texts: mastheads, sign-offs,
 * subscribe prompts) from a sample of its texts in each input file, strips them from its articles, and reports each
 * source's boilerplate share per file. Only the learned lines, a few per source and file, reach the driver.
 *
 * <p>Templates are learned within one input file (a crawl archive, a dump) rather than across everything a run
 * reads, so that a file's articles depend on that file alone: the same file read on another night, with other
 * files or again after a crash gives the same texts, which is what lets nightly runs add up to one backfill.
 */
public final class TemplateStep {
  private static final int MAX_EXAMPLES = 5;
  private static final StructType BOILERPLATE = new StructType()
      .add("source", DataTypes.StringType)
      .add("input_file", DataTypes.StringType)
      .add("pages", DataTypes.IntegerType)
      .add("template_lines", DataTypes.IntegerType)
      .add("boilerplate_share", DataTypes.DoubleType)
      .add("examples", DataTypes.createArrayType(DataTypes.StringType));

  private TemplateStep() {}

  /**
   * @param rows stripped texts (article rows) and untouched rejects
   * @param boilerplate per source and input file: pages sampled, template lines, boilerplate share, a few examples
   */
  public record Result(Dataset<Row> rows, Dataset<Row> boilerplate) {}

  /**
   * @param extracted rows from {@link CleanStep#extract}, with {@code source} and {@code input_file}
   * @param minPages a source with fewer distinct texts than this in a file learns nothing there (too few to tell
   *     template from copy)
   * @param samplePages at most this many distinct texts per source and file are learned from
   */
  public static Result run(Dataset<Row> extracted, int minPages, int samplePages) {
    SparkSession spark = extracted.sparkSession();
    List<Row> learned = extracted.filter(col("reject_reason").isNull().and(col("text").isNotNull()))
        .select("source", "input_file", "text").distinct()
        .withColumn("pick", row_number().over(Window.partitionBy("source", "input_file")
            .orderBy(xxhash64(col("text")), col("text"))))
        .filter(col("pick").leq(samplePages))
        .groupBy("source", "input_file").agg(collect_list("text").as("texts"))
        .filter(org.apache.spark.sql.functions.size(col("texts")).geq(minPages))
        .javaRDD()
        .map(row -> learn(row.getString(0), row.getString(1), row.getList(2)))
        .collect();

    Map<List<String>, Set<String>> templates = new HashMap<>();
    for (Row row : learned) {
      if (row.getInt(3) > 0) {
        // Rows built by learn() hold java.util.Lists, not the Scala sequences Row.getList expects.
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) row.get(6);
        templates.put(List.of(row.getString(0), row.getString(1)), Set.copyOf(lines));
      }
    }
    Broadcast<Map<List<String>, Set<String>>> shared =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(templates);
    UDF3<String, String, String, String> strip = (source, file, text) -> {
      Set<String> lines = source == null || file == null ? null : shared.value().get(List.of(source, file));
      return lines == null || text == null ? text : TemplateLineLearner.strip(text, lines);
    };
    Dataset<Row> rows = extracted.withColumn("text", when(col("reject_reason").isNull(),
        udf(strip, DataTypes.StringType).apply(col("source"), col("input_file"), col("text")))
        .otherwise(col("text")));
    List<Row> report = new ArrayList<>();
    learned.forEach(r -> report.add(RowFactory.create(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5))));
    return new Result(rows, spark.createDataFrame(report, BOILERPLATE));
  }

  /** source, input file, pages, template line count, share, examples, all lines. */
  private static Row learn(String source, String file, List<String> texts) {
    TemplateLines lines = new TemplateLineLearner().learn(texts);
    List<String> all = new ArrayList<>(lines.lines());
    all.sort(null);
    return RowFactory.create(source, file, lines.pages(), all.size(), lines.boilerplateShare(),
        new ArrayList<>(all.subList(0, Math.min(MAX_EXAMPLES, all.size()))), all);
  }
}
