package org.newsdrift.text;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.newsdrift.config.SubjectConfig;
import org.newsdrift.config.TextConfig;
import scala.Tuple2;

/**
 * The most frequent written form of analysed terms in a set of articles ("sanctions" for the stem "sanction",
 * "ministry" for "minist"), so that every place a person reads a term shows a word; stems stay the keys. Counted in
 * Spark; only the forms of the terms asked for reach the driver.
 */
public final class SurfaceFormStep {
  private SurfaceFormStep() {}

  /**
   * Every term of {@code articles} with its most frequent written form (ties: the alphabetically first) and how many
   * times it was written so: columns {@code term}, {@code form}, {@code uses}.
   *
   * @param articles title, text and language of the articles the terms came from
   */
  public static Dataset<Row> forms(Dataset<Row> articles, TextConfig text, SubjectConfig subject) {
    MapPartitionsFunction<Row, Tuple2<String, String>> pairs = rows -> {
      List<Tuple2<String, String>> out = new ArrayList<>();
      try (TermExtractor extractor = new TermExtractor(text, subject)) {
        while (rows.hasNext()) {
          Row row = rows.next();
          for (Map.Entry<String, String> pair : extractor.termsWithSurfaces(
              row.getString(0), row.getString(1), row.getString(2))) {
            out.add(new Tuple2<>(pair.getKey(), pair.getValue()));
          }
        }
      }
      return out.iterator();
    };
    articles.sparkSession().sparkContext().setJobDescription("terms: written forms");
    return articles.select("title", "text", "language")
        .mapPartitions(pairs, Encoders.tuple(Encoders.STRING(), Encoders.STRING()))
        .toDF("term", "form")
        .groupBy("term", "form").agg(count(lit(1)).as("uses"))
        .withColumn("choice", row_number().over(Window.partitionBy("term")
            .orderBy(col("uses").desc(), col("form").asc())))
        .filter(col("choice").equalTo(1))
        .drop("choice");
  }

  /** {@code rows} (with a {@code term} column) and a {@code form} column: null where the articles never wrote it. */
  public static Dataset<Row> withForms(Dataset<Row> rows, Dataset<Row> forms) {
    return rows.join(forms.select("term", "form"), new String[] {"term"}, "left");
  }

  /** The most frequent written form of each of {@code terms} in {@code articles}; terms never written are absent. */
  public static Map<String, String> mostFrequent(
      Dataset<Row> articles, Collection<String> terms, TextConfig text, SubjectConfig subject) {
    Map<String, String> best = new HashMap<>();
    for (Row row : forms(articles, text, subject).filter(col("term").isin(terms.toArray())).collectAsList()) {
      best.put(row.getString(0), row.getString(1));
    }
    return best;
  }
}
