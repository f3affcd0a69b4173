package org.newsdrift.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.newsdrift.config.ConfigLoader;
import org.newsdrift.evaluation.AttentionShift;
import org.newsdrift.evaluation.AttentionShift.Breakdown;
import org.newsdrift.evaluation.AttentionShift.Month;
import org.newsdrift.evaluation.AttentionShift.Reading;
import org.newsdrift.evaluation.AttentionShift.Reason;
import org.newsdrift.table.TableWriter;
import org.newsdrift.table.Tables;
import org.newsdrift.text.AliasMatcher;
import org.newsdrift.text.AliasMatcher.Mention;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Attention per month before and after (issue 20): reads the coverage and articles tables of two nightly outputs
 * over the same input and prints, as Markdown, the monthly relevant shares side by side and why the articles
 * relevant before are not relevant articles after, with the hand labels. Run by {@code bench/attention-compare}.
 */
@Command(
        name = "bench/attention-compare",
        mixinStandardHelpOptions = true,
        description = "Attention per month of two nightly outputs side by side, and what changed it (issue 20).")
public final class AttentionCompare implements Callable<Integer> {
    @Option(names = "--before", required = true, description = "the output of the earlier version")
    private String before;

    @Option(names = "--after", required = true, description = "the output of this version")
    private String after;

    @Option(names = "--before-name", defaultValue = "before")
    private String beforeName;

    @Option(names = "--after-name", defaultValue = "after")
    private String afterName;

    @Option(
            names = "--labels",
            defaultValue = "quality/relevance/labels.tsv",
            description = "hand labels: article_id first, label in the column named label (${DEFAULT-VALUE})")
    private Path labelsFile;

    @Option(names = "--list", description = "also list every article relevant before and not after: id, reason, label")
    private boolean list;

    @Option(
            names = "--config",
            defaultValue = "jobs/conf/default.json",
            description = "the config whose subject tells which text names both sides (${DEFAULT-VALUE})")
    private Path config;

    public static void main(String[] args) {
        System.exit(new CommandLine(new AttentionCompare()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        Map<String, String> labels = readLabels(labelsFile);
        AliasMatcher matcher = new AliasMatcher(ConfigLoader.load(config).subject());
        SparkConf conf = new SparkConf(true).setAppName("newsdrift attention compare");
        conf.setIfMissing("spark.master", "local[*]");
        conf.setIfMissing("spark.ui.enabled", "false");
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            TableWriter beforeTables = new TableWriter(before);
            TableWriter afterTables = new TableWriter(after);
            List<Month> months = months(monthRows(spark, beforeTables), monthRows(spark, afterTables));
            Map<String, Reading> was = readings(spark, beforeTables);
            Map<String, Reading> now = readings(spark, afterTables);

            System.out.println(AttentionShift.monthTable(months, beforeName, afterName));
            System.out.println();
            System.out.printf(
                    Locale.ROOT,
                    "Deduplicated (n_relevant_unique / n_unique, canonical articles), all months: "
                            + "before %s, after %s.%n%n",
                    uniqueShare(spark, beforeTables),
                    uniqueShare(spark, afterTables));
            Breakdown dropped = new Breakdown();
            List<String> listed = new ArrayList<>();
            int added = 0;
            for (Reading b : was.values()) {
                Reading a = now.get(b.id());
                if (b.relevant() && (a == null || !a.relevantArticle())) {
                    Reason reason = AttentionShift.why(b, a, namesBothSides(matcher));
                    dropped.add(reason, labels.get(b.id()));
                    listed.add(b.id() + "\t" + reason + "\t" + labels.getOrDefault(b.id(), "-"));
                }
            }
            for (Reading a : now.values()) {
                Reading b = was.get(a.id());
                if (a.relevantArticle() && (b == null || !b.relevant())) {
                    added++;
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "Relevant before, not a relevant article after: %d (by the first reason that "
                            + "applies, in this order; labels from %s). Relevant articles after that were not relevant before: %d.%n%n",
                    dropped.total(),
                    labelsFile,
                    added);
            System.out.println(dropped.markdown());
            System.out.println();
            printMerges(was, now);
            if (list) {
                System.out.println();
                listed.stream().sorted().forEach(System.out::println);
            }
            return 0;
        } finally {
            spark.stop();
        }
    }

    private static Predicate<String> namesBothSides(AliasMatcher matcher) {
        return text -> {
            Set<String> groups = new HashSet<>();
            for (Mention m : matcher.find(text)) {
                if (m.group().equals(AliasMatcher.PAIR)) {
                    return true;
                }
                groups.add(m.group());
            }
            return groups.size() >= 2;
        };
    }

    /** Near-duplicate clusters split by the change: articles that were near copies before and are canonical now. */
    private static void printMerges(Map<String, Reading> was, Map<String, Reading> now) {
        int undone = 0;
        int undoneRelevant = 0;
        int made = 0;
        for (Reading b : was.values()) {
            Reading a = now.get(b.id());
            if (a == null) {
                continue;
            }
            if ("near".equals(b.duplicateKind()) && a.duplicateKind() == null) {
                undone++;
                undoneRelevant += a.relevantArticle() ? 1 : 0;
            } else if (b.duplicateKind() == null && "near".equals(a.duplicateKind())) {
                made++;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "Near-duplicate merges undone: %d articles were near copies before and are "
                        + "canonical after (%d of them relevant articles after); %d canonical before are near copies after. "
                        + "Merges move the deduplicated attention (n_relevant_unique / n_unique), not the shares above, which count "
                        + "copies.%n",
                undone,
                undoneRelevant,
                made);
    }

    /** month -> {n_articles, n_relevant, n_digests, n_relevant_digests} of the all-sources, all-languages rows. */
    private static Map<String, long[]> monthRows(SparkSession spark, TableWriter tables) {
        Dataset<Row> coverage = tables.read(spark, Tables.COVERAGE)
                .filter(col("granularity")
                        .equalTo("month")
                        .and(col("source").equalTo("*"))
                        .and(col("language").equalTo("*")));
        boolean digests = List.of(coverage.columns()).contains("n_digests");
        Map<String, long[]> rows = new TreeMap<>();
        // An output from before digests were counted apart has no such columns, or reads them as null.
        for (Row r : coverage.selectExpr(
                        "cast(period_start as string)",
                        "n_articles",
                        "n_relevant",
                        digests ? "coalesce(n_digests, 0L)" : "0L",
                        digests ? "coalesce(n_relevant_digests, 0L)" : "0L")
                .collectAsList()) {
            rows.put(r.getString(0).substring(0, 7), new long[] {r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4)
            });
        }
        return rows;
    }

    /** All months' canonical relevant articles over canonical articles, as "12 / 340 (3.5%)". */
    private static String uniqueShare(SparkSession spark, TableWriter tables) {
        Row sums = tables.read(spark, Tables.COVERAGE)
                .filter(col("granularity")
                        .equalTo("month")
                        .and(col("source").equalTo("*"))
                        .and(col("language").equalTo("*")))
                .selectExpr("coalesce(sum(n_relevant_unique), 0L)", "coalesce(sum(n_unique), 0L)")
                .first();
        return AttentionShift.share(sums.getLong(0), sums.getLong(1));
    }

    private static List<Month> months(Map<String, long[]> was, Map<String, long[]> now) {
        TreeMap<String, long[]> all = new TreeMap<>();
        was.keySet().forEach(m -> all.put(m, null));
        now.keySet().forEach(m -> all.put(m, null));
        List<Month> months = new ArrayList<>();
        long[] none = new long[4];
        for (String month : all.keySet()) {
            long[] b = was.getOrDefault(month, none);
            long[] a = now.getOrDefault(month, none);
            months.add(new Month(month, b[0], b[1], a[0], a[1], a[2], a[3]));
        }
        return months;
    }

    /** The latest reading of every article of an output. */
    private static Map<String, Reading> readings(SparkSession spark, TableWriter tables) {
        Dataset<Row> articles = tables.read(spark, Tables.ARTICLES);
        boolean kinds = List.of(articles.columns()).contains("article_kind");
        Map<String, Reading> readings = new HashMap<>();
        for (Row r : articles.withColumn(
                        "reading",
                        row_number()
                                .over(Window.partitionBy("article_id")
                                        .orderBy(
                                                col("run_date").desc(),
                                                col("run_id").desc())))
                .filter(col("reading").equalTo(1))
                .selectExpr(
                        "article_id",
                        "relevant",
                        kinds ? "coalesce(article_kind = 'digest', false)" : "false",
                        "evidence",
                        "duplicate_kind")
                .collectAsList()) {
            readings.put(
                    r.getString(0),
                    new Reading(r.getString(0), r.getBoolean(1), r.getBoolean(2), r.getString(3), r.getString(4)));
        }
        return readings;
    }

    private static Map<String, String> readLabels(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int label = header.indexOf("label");
        if (label < 0) {
            throw new IllegalArgumentException("Cannot read the labels: no column named label (" + file + ")");
        }
        Map<String, String> labels = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            if (cells.length > label) {
                labels.put(cells[0], cells[label]);
            }
        }
        return labels;
    }
}
