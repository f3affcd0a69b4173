package org.newsdrift.job;

import static org.apache.spark.sql.functions.col;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsdrift.config.SecretRedactor;
import org.newsdrift.table.TableWriter;
import org.newsdrift.table.Tables;

/** The few lines a person reads after a run: where the tables are, the counts, attention and the top topics. */
final class RunSummary {
  private static final int TOP_TOPICS = 5;
  private static final int TERMS_SHOWN = 6;

  private final SparkSession spark;
  private final RunContext run;
  private final TableWriter tables;

  RunSummary(SparkSession spark, RunContext run) {
    this.spark = spark;
    this.run = run;
    this.tables = new TableWriter(run.output());
  }

  void print(PrintWriter out, NightlyResult result) {
    RunCounts c = result.counts();
    out.printf("newsdrift nightly %s (run %s) succeeded%n", run.runDate(), run.runId());
    int given = run.inputs().size();
    int read = result.read().size();
    String files = read == given ? given + " files"
        : read + " of " + given + " files (" + (given - read) + " unchanged since an earlier night)";
    out.printf("  read %d records from %s: %d accepted, %d rejected, %d duplicates; %d relevant to %s%n",
        c.recordsRead(), files, c.accepted(), c.rejected(), c.duplicates(), c.relevant(),
        run.config().subject().name());
    out.printf("  tables: %s/{%s}%n", SecretRedactor.redactValue(run.output()),
        Tables.all().stream().map(t -> t.name()).collect(Collectors.joining(",")));

    List<Row> months = tables.read(spark, Tables.COVERAGE)
        .filter(col("granularity").equalTo("month").and(col("source").equalTo("*")).and(col("language").equalTo("*")))
        .orderBy("period_start").collectAsList();
    if (!months.isEmpty()) {
      out.println("  attention per month (relevant / all canonical articles, 95% interval; copies of relevant ones):");
      for (Row m : months) {
        out.printf("    %s  %4d / %-5d %5.1f%%  [%4.1f%%, %4.1f%%]  %d%n", m.getAs("period_start").toString().substring(0, 7),
            m.<Long>getAs("n_relevant_unique"), m.<Long>getAs("n_unique"), 100 * m.<Double>getAs("attention"),
            100 * m.<Double>getAs("attention_low"), 100 * m.<Double>getAs("attention_high"),
            m.<Long>getAs("n_relevant"));
      }
    }
    if (result.modelVersion() == null) {
      out.printf("  topics: %s%n", result.topics().note());
    } else {
      TopicModels.Outcome t = result.topics();
      out.printf("  topics (model %s, %s%s, %d articles), by share of articles:%n", t.modelVersion(), t.action(),
          t.reason() == null ? "" : ": " + t.reason(), t.documents());
      List<Row> shares = tables.read(spark, Tables.DOC_TOPICS)
          .filter(col("model_version").equalTo(result.modelVersion()))
          .groupBy("dominant_topic").count().orderBy(col("count").desc(), col("dominant_topic")).limit(TOP_TOPICS)
          .collectAsList();
      List<Row> topics = tables.read(spark, Tables.TOPICS)
          .filter(col("model_version").equalTo(result.modelVersion())).collectAsList();
      for (Row share : shares) {
        int topicId = share.getInt(0);
        Row topic = topics.stream().filter(r -> r.<Integer>getAs("topic_id") == topicId).findFirst().orElse(null);
        if (topic == null) {
          // A version fitted into another output and copied here has no rows in this output's topics table.
          out.printf("    topic %d (%d articles): not described in %s%n", topicId, share.getLong(1), Tables.TOPICS);
          continue;
        }
        List<Row> terms = topic.getList(topic.fieldIndex("terms"));
        out.printf("    topic %d (%d articles, NPMI %.2f) %s: %s%n", topicId, share.getLong(1),
            topic.<Double>getAs("npmi"), topic.<String>getAs("label"),
            terms.stream().limit(TERMS_SHOWN).map(term -> term.getString(0)).collect(Collectors.joining(", ")));
      }
    }
    out.flush();
  }
}
