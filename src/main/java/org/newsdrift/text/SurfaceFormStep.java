package org.newsdrift.text;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.newsdrift.config.SubjectConfig;
import org.newsdrift.config.TextConfig;

/**
 * The most frequent written form of each of a few analysed terms in a set of articles ("sanctions" for the stem
 * "sanction"), so that topic labels read as words. Only the counts of those terms' forms reach the driver.
 */
public final class SurfaceFormStep {
  private SurfaceFormStep() {}

  /** @param articles title, text and language of the articles the terms came from */
  public static Map<String, String> mostFrequent(
      Dataset<Row> articles, Collection<String> terms, TextConfig text, SubjectConfig subject) {
    Set<String> wanted = Set.copyOf(terms);
    MapPartitionsFunction<Row, String> forms = rows -> {
      List<String> out = new ArrayList<>();
      try (TermExtractor extractor = new TermExtractor(text, subject)) {
        while (rows.hasNext()) {
          Row row = rows.next();
          for (Map.Entry<String, String> pair : extractor.termsWithSurfaces(
              row.getString(0), row.getString(1), row.getString(2))) {
            if (wanted.contains(pair.getKey())) {
              out.add(pair.getKey() + "\t" + pair.getValue());
            }
          }
        }
      }
      return out.iterator();
    };
    List<Row> counted = articles.select("title", "text", "language")
        .mapPartitions(forms, Encoders.STRING())
        .groupBy("value").agg(count(lit(1)).as("n"))
        .orderBy(col("n").desc(), col("value").asc())
        .collectAsList();
    Map<String, String> best = new HashMap<>();
    for (Row row : counted) {
      String[] pair = row.getString(0).split("\t", 2);
      best.putIfAbsent(pair[0], pair[1]);
    }
    return best;
  }
}
