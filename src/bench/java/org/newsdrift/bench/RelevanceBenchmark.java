package org.newsdrift.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.newsdrift.config.ConfigLoader;
import org.newsdrift.config.SubjectConfig;
import org.newsdrift.table.TableWriter;
import org.newsdrift.table.Tables;
import org.newsdrift.text.AliasMatcher;
import org.newsdrift.text.RelevanceResult;
import org.newsdrift.text.RelevanceScorer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Precision and recall of the job's relevance flag against the hand-labelled articles of
 * {@code quality/relevance/labels.tsv} (issue 20): per language and overall, for articles and digests apart, with
 * every false positive and false negative listed by id and the labeller's reason. Spark only reads the articles
 * table of a nightly output; labelled articles missing from it are an error, since the figures would then describe
 * a different set. Run by {@code bench/relevance}; not a test.
 */
@Command(
        name = "bench/relevance",
        mixinStandardHelpOptions = true,
        description = "Precision and recall of the job's relevance flag on the labelled articles (issue 20).")
public final class RelevanceBenchmark implements Callable<Integer> {
    private static final List<String> COLUMNS =
            List.of("article_id", "corpus", "language", "url", "title", "kind", "label", "reason");
    private static final int TITLE_CHARS = 70;

    @Parameters(index = "0", paramLabel = "OUTPUT_ROOT", description = "an output of jobs/newsdrift nightly")
    private String root;

    @Option(
            names = "--labels",
            defaultValue = "quality/relevance/labels.tsv",
            description = "the labelled articles (${DEFAULT-VALUE})")
    private Path labelsFile;

    @Option(
            names = "--threshold",
            description =
                    "count an article as flagged when relevance_score >= this (default: the job's relevant column)")
    private Double threshold;

    @Option(
            names = "--min",
            description = "exit 1 unless precision and recall of articles reach this in every "
                    + "language that has both flagged and relevant labelled articles, and overall (e.g. 0.90)")
    private Double min;

    @Option(names = "--allow-missing", description = "measure on the labelled articles found when some are absent")
    private boolean allowMissing;

    @Option(
            names = "--sweep",
            description = "score the labelled articles' titles and texts again with this build's "
                    + "relevance scorer and the subject of --config, and print precision and recall of articles for each min_score "
                    + "from 0.50 to 0.90 (how the default was chosen)")
    private boolean sweep;

    @Option(
            names = "--config",
            defaultValue = "jobs/conf/default.json",
            description = "the job config whose subject --sweep scores with (${DEFAULT-VALUE})")
    private Path config;

    record Label(
            String id, String corpus, String language, String title, boolean digest, boolean relevant, String reason) {}

    /** Counts of one group: tp, fp, fn, tn. */
    static final class Counts {
        int tp;
        int fp;
        int fn;
        int tn;

        void add(boolean labelled, boolean flagged) {
            if (labelled && flagged) {
                tp++;
            } else if (flagged) {
                fp++;
            } else if (labelled) {
                fn++;
            } else {
                tn++;
            }
        }

        Double precision() {
            return tp + fp == 0 ? null : tp / (double) (tp + fp);
        }

        Double recall() {
            return tp + fn == 0 ? null : tp / (double) (tp + fn);
        }

        int total() {
            return tp + fp + fn + tn;
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new RelevanceBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        List<Label> labels = readLabels(labelsFile);
        if (sweep) {
            return sweep(labels);
        }
        Map<String, Boolean> flags = readFlags(labels);
        List<Label> missing =
                labels.stream().filter(l -> !flags.containsKey(l.id())).toList();
        System.out.printf(
                Locale.ROOT,
                "%s against %s: %d labelled (%d relevant), %d found in the articles table%s%n",
                labelsFile,
                root,
                labels.size(),
                labels.stream().filter(Label::relevant).count(),
                labels.size() - missing.size(),
                threshold == null ? ", flag = relevant column" : ", flag = relevance_score >= " + threshold);
        if (!missing.isEmpty()) {
            System.out.printf(
                    Locale.ROOT,
                    "%d labelled articles are not in this output, e.g. %s%n",
                    missing.size(),
                    missing.stream().limit(5).map(Label::id).toList());
            if (!allowMissing) {
                System.out.println(
                        "not measured: run on the four corpora (bench/relevance --run) or pass --allow-missing");
                return 2;
            }
        }
        List<Label> found =
                labels.stream().filter(l -> flags.containsKey(l.id())).toList();

        System.out.println();
        System.out.println("Articles (kind = article):");
        Map<String, Counts> articles = table(found, l -> !l.digest(), flags);
        System.out.println();
        System.out.println("Digests and round-ups (kind = digest), apart:");
        table(found, Label::digest, flags);
        System.out.println();
        System.out.println("Everything labelled (articles and digests together):");
        table(found, l -> true, flags);

        System.out.println();
        errors("False positives (flagged, labelled not_relevant)", found, l -> !l.relevant(), flags);
        errors("False negatives (not flagged, labelled relevant)", found, Label::relevant, flags);

        if (min == null) {
            return 0;
        }
        List<String> failed = new ArrayList<>();
        articles.forEach((language, counts) -> {
            Double p = counts.precision();
            Double r = counts.recall();
            if (p != null && r != null && (p < min || r < min)) {
                failed.add(language);
            }
        });
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "check: precision and recall of articles >= %.2f per language and overall: %s%n",
                min,
                failed.isEmpty() ? "met" : "NOT met for " + failed);
        return failed.isEmpty() ? 0 : 1;
    }

    static List<Label> readLabels(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !List.of(lines.get(0).split("\t", -1)).equals(COLUMNS)) {
            throw new IllegalArgumentException(file + ": the header must be " + String.join(" ", COLUMNS));
        }
        List<Label> labels = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] f = lines.get(i).split("\t", -1);
            if (f.length != COLUMNS.size()) {
                throw new IllegalArgumentException(
                        file + ":" + (i + 1) + ": " + f.length + " fields, not " + COLUMNS.size());
            }
            if (!seen.add(f[0])) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": article " + f[0] + " labelled twice");
            }
            boolean digest = switch (f[5]) {
                case "article" -> false;
                case "digest" -> true;
                default -> throw new IllegalArgumentException(file + ":" + (i + 1) + ": kind " + f[5]);
            };
            boolean relevant = switch (f[6]) {
                case "relevant" -> true;
                case "not_relevant" -> false;
                default -> throw new IllegalArgumentException(file + ":" + (i + 1) + ": label " + f[6]);
            };
            labels.add(new Label(f[0], f[1], f[2], f[4], digest, relevant, f[7]));
        }
        return labels;
    }

    /** The job's flag for each labelled article found: the latest reading of it in the articles table. */
    private Map<String, Boolean> readFlags(List<Label> labels) {
        Map<String, Boolean> flags = new HashMap<>();
        for (Row row : latestReadings(labels, "relevant", "relevance_score")) {
            boolean flagged = threshold == null
                    ? !row.isNullAt(1) && row.getBoolean(1)
                    : !row.isNullAt(2) && row.getDouble(2) >= threshold;
            flags.put(row.getString(0), flagged);
        }
        return flags;
    }

    /** The article id and {@code columns} of the latest reading of each labelled article in the articles table. */
    private List<Row> latestReadings(List<Label> labels, String... columns) {
        SparkConf conf = new SparkConf(true).setAppName("newsdrift relevance benchmark");
        conf.setIfMissing("spark.master", "local[*]");
        conf.setIfMissing("spark.ui.enabled", "false");
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            return new TableWriter(root)
                    .read(spark, Tables.ARTICLES)
                    .filter(col("article_id")
                            .isin(labels.stream().map(Label::id).toArray()))
                    .withColumn(
                            "reading",
                            row_number()
                                    .over(Window.partitionBy("article_id")
                                            .orderBy(
                                                    col("run_date").desc(),
                                                    col("run_id").desc())))
                    .filter(col("reading").equalTo(1))
                    .selectExpr(concat("article_id", columns))
                    .collectAsList();
        } finally {
            spark.stop();
        }
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** Scores the labelled articles again and prints precision and recall of articles per min_score. */
    private int sweep(List<Label> labels) {
        SubjectConfig subject = ConfigLoader.load(config).subject();
        RelevanceScorer scorer = new RelevanceScorer(new AliasMatcher(subject), Double.MIN_VALUE);
        Map<String, RelevanceResult> results = new HashMap<>();
        for (Row row : latestReadings(labels, "title", "text")) {
            results.put(row.getString(0), scorer.score(row.getString(1), row.getString(2)));
        }
        List<Label> found = labels.stream()
                .filter(l -> results.containsKey(l.id()) && !l.digest())
                .toList();
        System.out.printf(
                Locale.ROOT,
                "%d labelled articles (digests left out) scored again with the subject of %s "
                        + "(its min_score now: %.2f)%n%n",
                found.size(),
                config,
                subject.minScore());
        System.out.println("| min_score | language | TP | FP | FN | precision | recall |");
        System.out.println("|---:|---|---:|---:|---:|---:|---:|");
        for (int step = 10; step <= 18; step++) {
            double min = step * 0.05;
            Map<String, Boolean> flags = new HashMap<>();
            results.forEach((id, r) -> flags.put(id, r.relevant() && r.score() >= min - 1e-9));
            Map<String, Counts> byLanguage = new TreeMap<>();
            for (Label label : found) {
                byLanguage
                        .computeIfAbsent(label.language(), k -> new Counts())
                        .add(label.relevant(), flags.get(label.id()));
                byLanguage.computeIfAbsent("all", k -> new Counts()).add(label.relevant(), flags.get(label.id()));
            }
            byLanguage.forEach((language, c) -> {
                if (c.tp + c.fp + c.fn > 0) {
                    System.out.printf(
                            Locale.ROOT,
                            "| %.2f | %s | %d | %d | %d | %s | %s |%n",
                            min,
                            language,
                            c.tp,
                            c.fp,
                            c.fn,
                            ratio(c.precision(), c.tp, c.tp + c.fp),
                            ratio(c.recall(), c.tp, c.tp + c.fn));
                }
            });
            if (threshold != null && Math.abs(threshold - min) < 1e-9) {
                System.out.println();
                errors("False positives at " + min, found, l -> !l.relevant(), flags);
                errors("False negatives at " + min, found, Label::relevant, flags);
                System.out.println();
            }
        }
        return 0;
    }

    /** Prints one table of counts per language and overall; returns them (overall under "all"). */
    static Map<String, Counts> table(List<Label> labels, Predicate<Label> which, Map<String, Boolean> flags) {
        Map<String, Counts> byLanguage = new TreeMap<>();
        Counts all = new Counts();
        for (Label label : labels) {
            if (!which.test(label)) {
                continue;
            }
            boolean flagged = flags.get(label.id());
            byLanguage.computeIfAbsent(label.language(), k -> new Counts()).add(label.relevant(), flagged);
            all.add(label.relevant(), flagged);
        }
        Map<String, Counts> out = new LinkedHashMap<>(byLanguage);
        out.put("all", all);
        System.out.println("| language | labelled | relevant | flagged | TP | FP | FN | TN | precision | recall |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        out.forEach((language, c) -> System.out.printf(
                Locale.ROOT,
                "| %s | %d | %d | %d | %d | %d | %d | %d | %s | %s |%n",
                language,
                c.total(),
                c.tp + c.fn,
                c.tp + c.fp,
                c.tp,
                c.fp,
                c.fn,
                c.tn,
                ratio(c.precision(), c.tp, c.tp + c.fp),
                ratio(c.recall(), c.tp, c.tp + c.fn)));
        return out;
    }

    private static void errors(
            String heading, List<Label> labels, Predicate<Label> labelled, Map<String, Boolean> flags) {
        List<Label> wrong = labels.stream()
                .filter(l -> labelled.test(l) && flags.get(l.id()) != l.relevant())
                .sorted((a, b) -> (a.language() + a.corpus() + a.id()).compareTo(b.language() + b.corpus() + b.id()))
                .toList();
        System.out.printf(Locale.ROOT, "%s: %d%n", heading, wrong.size());
        for (Label l : wrong) {
            String title =
                    l.title().length() <= TITLE_CHARS ? l.title() : l.title().substring(0, TITLE_CHARS - 1) + "…";
            System.out.printf(
                    Locale.ROOT,
                    "  %s %s %s %s | %s | %s%n",
                    l.id(),
                    l.language(),
                    l.corpus(),
                    l.digest() ? "digest" : "article",
                    title,
                    l.reason());
        }
    }

    private static String ratio(Double value, int numerator, int denominator) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.3f (%d/%d)", value, numerator, denominator);
    }
}
