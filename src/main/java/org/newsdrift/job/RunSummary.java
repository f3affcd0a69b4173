package org.newsdrift.job;

import static org.apache.spark.sql.functions.col;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsdrift.config.SecretRedactor;
import org.newsdrift.model.TopicModelUpdateResult;
import org.newsdrift.report.TermForms;
import org.newsdrift.table.Columns;
import org.newsdrift.table.TableWriter;
import org.newsdrift.table.Tables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The few lines a person reads after a run: where the tables are, the counts, attention and the topics. */
final class RunSummary {
    private static final Logger LOG = LoggerFactory.getLogger(RunSummary.class);
    private static final int TERMS_SHOWN = 6;
    /** Printed where a table has no value, e.g. the attention of a month whose articles are all copies. */
    static final String NONE = "\u2013";

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
        String files = read == given
                ? given + " files"
                : read + " of " + given + " files (" + (given - read) + " unchanged since an earlier night)";
        out.printf(
                "  read %d records from %s: %d accepted, %d rejected, %d duplicates; %d relevant to %s%n",
                c.recordsRead(),
                files,
                c.accepted(),
                c.rejected(),
                c.duplicates(),
                c.relevant(),
                run.config().subject().name());
        out.printf(
                "  tables: %s/{%s}%n",
                SecretRedactor.redactValue(run.output()),
                Tables.all().stream().map(t -> t.name()).collect(Collectors.joining(",")));
        long dated = tables.read(spark, Tables.ARTICLES)
                .filter(col(Columns.RUN_ID)
                        .equalTo(run.runId())
                        .and(col(Columns.DUPLICATE_OF).isNull())
                        .and(col(Columns.PUBLISHED_DATE).isNotNull()))
                .count();
        for (String warning : RunWarnings.of(c, dated)) {
            LOG.warn("{}", warning);
            out.printf("  warning: %s%n", warning);
        }
        printAttention(
                out,
                tables.read(spark, Tables.COVERAGE)
                        .filter(col(Columns.GRANULARITY)
                                .equalTo("month")
                                .and(col(Columns.SOURCE).equalTo("*"))
                                .and(col(Columns.LANGUAGE).equalTo("*")))
                        .orderBy(Columns.PERIOD_START)
                        .collectAsList());
        printTopics(out, result);
        out.flush();
    }

    /** One line a month: stories (canonical articles), relevant ones, attention with its interval, relevant copies. */
    static void printAttention(PrintWriter out, List<Row> months) {
        if (months.isEmpty()) {
            return;
        }
        out.println(
                "  attention per month: relevant stories / all stories (canonical articles), with the 95% interval;");
        out.println("  then relevant articles counting every copy (the same story in other outlets or files)");
        for (Row m : months) {
            Double attention = m.getAs(Columns.ATTENTION);
            out.printf(
                    "    %s  %4d / %-5d %6s  [%s, %s]  %d with copies%n",
                    m.getAs(Columns.PERIOD_START).toString().substring(0, 7),
                    m.<Long>getAs(Columns.N_RELEVANT_UNIQUE),
                    m.<Long>getAs(Columns.N_UNIQUE),
                    percent(attention),
                    percent(m.getAs(Columns.ATTENTION_LOW)),
                    percent(m.getAs(Columns.ATTENTION_HIGH)),
                    m.<Long>getAs(Columns.N_RELEVANT));
        }
    }

    private void printTopics(PrintWriter out, NightlyResult result) {
        TopicModelUpdateResult t = result.topics();
        if (result.modelVersion() == null) {
            out.printf("  topics: %s%n", t.note());
            return;
        }
        out.printf(
                "  topics (model %s, %s%s, %d articles), by share of articles:%n",
                t.modelVersion(), t.action(), t.reason() == null ? "" : ": " + t.reason(), t.documents());
        if (t.lineage() != null) {
            out.printf("  lineage: %s%n", t.lineage());
        }
        Map<Integer, Long> shares = new HashMap<>();
        for (Row share : tables.read(spark, Tables.DOC_TOPICS)
                .filter(col(Columns.MODEL_VERSION).equalTo(result.modelVersion()))
                .groupBy(Columns.DOMINANT_TOPIC)
                .count()
                .collectAsList()) {
            shares.put(share.getInt(0), share.getLong(1));
        }
        List<Row> topics = tables.read(spark, Tables.TOPICS)
                .filter(col(Columns.MODEL_VERSION).equalTo(result.modelVersion()))
                .collectAsList();
        if (topics.isEmpty()) {
            // A version fitted into another output and copied here has no rows in this output's topics table.
            out.printf("    %d topics carry articles; they are not described in %s%n", shares.size(), Tables.TOPICS);
            return;
        }
        printTopicLines(out, topics, shares, TermForms.read(spark, tables));
    }

    /**
     * Every topic, the most carried first; a topic no article carries says so instead of a count. Terms are shown in
     * their written form ({@code forms}, from term_trends) where one is known, else as the stem.
     */
    static void printTopicLines(
            PrintWriter out, List<Row> topics, Map<Integer, Long> shares, Map<String, String> forms) {
        List<Row> ordered = topics.stream()
                .sorted((a, b) -> {
                    int byShare = Long.compare(
                            shares.getOrDefault(b.<Integer>getAs(Columns.TOPIC_ID), 0L),
                            shares.getOrDefault(a.<Integer>getAs(Columns.TOPIC_ID), 0L));
                    return byShare != 0
                            ? byShare
                            : Integer.compare(a.<Integer>getAs(Columns.TOPIC_ID), b.<Integer>getAs(Columns.TOPIC_ID));
                })
                .toList();
        for (Row topic : ordered) {
            int topicId = topic.getAs(Columns.TOPIC_ID);
            long articles = shares.getOrDefault(topicId, 0L);
            List<Row> terms = topic.getList(topic.fieldIndex(Columns.TERMS));
            Double npmi = topic.getAs(Columns.NPMI);
            out.printf(
                    "    topic %d (%s, NPMI %s) %s: %s%n",
                    topicId,
                    articles == 0 ? "no article" : articles == 1 ? "1 article" : articles + " articles",
                    npmi == null ? NONE : String.format(Locale.ROOT, "%.2f", npmi),
                    topic.<String>getAs(Columns.LABEL),
                    terms.stream()
                            .limit(TERMS_SHOWN)
                            .map(term -> TermForms.shown(forms, term.getString(0)))
                            .collect(Collectors.joining(", ")));
        }
    }

    private static String percent(Double share) {
        return share == null ? NONE : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}
