package org.newsdrift.report;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsdrift.config.SubjectConfig;
import org.newsdrift.report.ReportData.ArticleList;
import org.newsdrift.report.ReportData.Burst;
import org.newsdrift.report.ReportData.CoveragePoint;
import org.newsdrift.report.ReportData.SourceCount;
import org.newsdrift.report.ReportData.Spike;
import org.newsdrift.table.Columns;
import org.newsdrift.table.JobDescription;
import org.newsdrift.table.TableWriter;
import org.newsdrift.table.Tables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes {@code <output>/report/index.html} from the tables: collects only small aggregates (one row per period,
 * topic, term or reason, and a few articles per topic, spike and burst), renders them with {@link ReportPage} and
 * writes the page through the Hadoop file system, so it lands beside the tables on any of them.
 */
public final class ReportStep {
    private static final Logger LOG = LoggerFactory.getLogger(ReportStep.class);
    public static final String FOLDER = "report";
    private static final List<String> GRANULARITY_PREFERENCE = List.of("week", "month", "day");
    private static final int SPIKES = 3;
    private static final int SPIKE_TERMS = 6;
    private static final int SOURCES = 20;
    /** Intermediate of the term rows: what a reader sees of a term (its written form, else the stem). */
    static final String SHOWN = "shown";
    /** Intermediates of the sources table: a source's articles and relevant articles over all periods. */
    private static final String ARTICLES = "articles";

    private static final String RELEVANT = "relevant";

    private final SparkSession spark;
    private final TableWriter tables;
    private final String output;
    private final SubjectConfig subject;
    private final Set<String> subjectTerms = new TreeSet<>();

    private ReportStep(SparkSession spark, String output, SubjectConfig subject) {
        this.spark = spark;
        this.tables = new TableWriter(output);
        this.output = output;
        this.subject = subject;
        // Entity ids stand in every relevant article, so as "top terms" they would say nothing.
        subject.groups().forEach(g -> g.entities().forEach(e -> subjectTerms.add(e.id())));
    }

    /** Writes the report of the tables under {@code output}; returns the page's location. */
    public static String write(SparkSession spark, String output, SubjectConfig subject) {
        long started = System.nanoTime();
        try (JobDescription job = JobDescription.of(spark, "report")) {
            ReportStep step = new ReportStep(spark, output, subject);
            Path file = new Path(step.tables.location(FOLDER) + "/index.html");
            ReportData data = step.collect();
            String html = ReportPage.render(data);
            try {
                FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
                try (OutputStream out = fs.create(file, true)) {
                    out.write(html.getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the report (" + file + ")", e);
            }
            LOG.info(
                    "report: {} periods, {} topics, {} bursts, {} runs; {} ({} s)",
                    data.coverage().size(),
                    data.topics().size(),
                    data.bursts().size(),
                    data.runs().size(),
                    file,
                    String.format("%.1f", (System.nanoTime() - started) / 1e9));
            return file.toString();
        }
    }

    ReportData collect() {
        String granularity = granularity();
        Granularity period = Granularity.of(granularity);
        List<CoveragePoint> coverage = coverage(granularity);
        RunHealth health = RunHealth.collect(spark, tables);
        ArticleLists articles = new ArticleLists(spark, tables);
        TopicView topics = TopicView.collect(spark, tables, health.modelVersion(), granularity, articles);
        List<CoveragePoint> top = topSpikes(coverage);
        Map<String, List<String>> spikeTerms = spikeTerms(granularity, top);
        Map<String, ArticleList> spikeArticles = articles.byPeriod(
                period, top.stream().map(CoveragePoint::period).toList());
        List<Spike> spikes = new ArrayList<>();
        for (CoveragePoint p : top) {
            spikes.add(new Spike(
                    p,
                    spikeTerms.getOrDefault(p.period(), List.of()),
                    topics.themesOf(p.period()),
                    spikeArticles.getOrDefault(p.period(), ArticleList.none())));
        }
        Integer window = BurstView.window(health.configJson());
        if (window == null && health.configJson() != null) {
            LOG.warn(
                    "report: no tfidf.burst_window in the latest run's config_json, so bursts are shown without a baseline");
        }
        List<Burst> bursts = BurstView.collect(relevantTerms(granularity), period, window, articles);
        String description = subject.description() == null
                ? ""
                : " — " + subject.description().replaceAll("\\.+$", "");
        return new ReportData(
                subject.name() + description,
                output,
                granularity,
                coverage,
                sources(granularity),
                spikes,
                health.modelVersion(),
                topics.topics(),
                topics.trend(),
                bursts,
                window,
                health.runs(),
                health.records(),
                health.rejects());
    }

    private String granularity() {
        Set<String> present = new TreeSet<>();
        tables.read(spark, Tables.COVERAGE)
                .select(Columns.GRANULARITY)
                .distinct()
                .collectAsList()
                .forEach(r -> present.add(r.getString(0)));
        return GRANULARITY_PREFERENCE.stream()
                .filter(present::contains)
                .findFirst()
                .orElse(present.isEmpty() ? "week" : present.iterator().next());
    }

    private List<CoveragePoint> coverage(String granularity) {
        return tables
                .read(spark, Tables.COVERAGE)
                .filter(col(Columns.GRANULARITY)
                        .equalTo(granularity)
                        .and(col(Columns.SOURCE).equalTo("*"))
                        .and(col(Columns.LANGUAGE).equalTo("*"))
                        .and(col(Columns.ATTENTION).isNotNull()))
                .orderBy(Columns.PERIOD_START)
                .collectAsList()
                .stream()
                // Attention is over canonical articles (copies removed), so the counts shown beside it are too.
                .map(r -> new CoveragePoint(
                        String.valueOf((Object) r.getAs(Columns.PERIOD_START)),
                        r.<Long>getAs(Columns.N_UNIQUE),
                        r.<Long>getAs(Columns.N_RELEVANT_UNIQUE),
                        r.<Double>getAs(Columns.ATTENTION),
                        r.<Double>getAs(Columns.ATTENTION_LOW),
                        r.<Double>getAs(Columns.ATTENTION_HIGH)))
                .toList();
    }

    private List<SourceCount> sources(String granularity) {
        return tables
                .read(spark, Tables.COVERAGE)
                .filter(col(Columns.GRANULARITY)
                        .equalTo(granularity)
                        .and(col(Columns.SOURCE).notEqual("*"))
                        .and(col(Columns.LANGUAGE).notEqual("*")))
                .groupBy(Columns.SOURCE, Columns.LANGUAGE)
                .agg(
                        sum(Columns.N_UNIQUE).as(ARTICLES),
                        sum(Columns.N_RELEVANT_UNIQUE).as(RELEVANT))
                .orderBy(col(ARTICLES).desc(), col(Columns.SOURCE), col(Columns.LANGUAGE))
                .limit(SOURCES)
                .collectAsList()
                .stream()
                .map(r -> new SourceCount(r.getString(0), r.getString(1), r.getLong(2), r.getLong(3)))
                .toList();
    }

    /** Periods of highest attention by the lower end of the interval: a period of two articles cannot top it. */
    static List<CoveragePoint> topSpikes(List<CoveragePoint> coverage) {
        return coverage.stream()
                .filter(c -> c.relevant() > 0)
                .sorted(Comparator.comparingDouble(CoveragePoint::low)
                        .reversed()
                        .thenComparing(CoveragePoint::period))
                .limit(SPIKES)
                .toList();
    }

    private Map<String, List<String>> spikeTerms(String granularity, List<CoveragePoint> spikes) {
        Map<String, List<String>> terms = new LinkedHashMap<>();
        if (spikes.isEmpty()) {
            return terms;
        }
        Object[] dates =
                spikes.stream().map(s -> java.sql.Date.valueOf(s.period())).toArray();
        relevantTerms(granularity)
                .filter(col(Columns.PERIOD_START).isin(dates))
                .orderBy(Columns.PERIOD_START, Columns.RANK)
                .collectAsList()
                .forEach(r -> {
                    List<String> list = terms.computeIfAbsent(
                            String.valueOf((Object) r.getAs(Columns.PERIOD_START)), k -> new ArrayList<>());
                    if (list.size() < SPIKE_TERMS) {
                        list.add(r.getAs(SHOWN));
                    }
                });
        return terms;
    }

    private Dataset<Row> relevantTerms(String granularity) {
        return tables.read(spark, Tables.TERM_TRENDS)
                .filter(col(Columns.GRANULARITY)
                        .equalTo(granularity)
                        .and(col(Columns.SCOPE).equalTo(lit("relevant")))
                        .and(not(col(Columns.TERM).isin(subjectTerms.toArray()))))
                // What a reader sees: the term's written form; the stem where an older run wrote none.
                .withColumn(SHOWN, coalesce(col(Columns.FORM), col(Columns.TERM)));
    }
}
