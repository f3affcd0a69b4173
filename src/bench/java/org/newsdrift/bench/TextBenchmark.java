package org.newsdrift.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsdrift.clean.dedupe.Shingles;
import org.newsdrift.clean.lang.LanguageDetector;
import org.newsdrift.config.ConfigLoader;
import org.newsdrift.config.RunConfig;
import org.newsdrift.table.TableWriter;
import org.newsdrift.table.Tables;
import org.newsdrift.text.AliasMatcher;
import org.newsdrift.text.RelevanceScorer;
import org.newsdrift.text.TermExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Per-article cost of the text work the nightly job does in its UDFs, on one thread, over the articles of a nightly
 * output: language detection, relevance, the alias step of analysis, the whole analysis (terms), shingling. Spark
 * only reads the articles; the timed loops run on the driver. Run by {@code bench/text}; not a test.
 */
@Command(
        name = "bench/text",
        mixinStandardHelpOptions = true,
        description = "Per-article cost of language detection, relevance, analysis and shingling, on one thread.")
public final class TextBenchmark implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OUTPUT_ROOT", description = "an output of jobs/newsdrift nightly")
    private String root;

    @Option(names = "--run-date", description = "only the articles of this night (default: every night)")
    private String runDate;

    @Option(
            names = "--config",
            defaultValue = "jobs/conf/default.json",
            description = "the job config (${DEFAULT-VALUE})")
    private Path config;

    @Option(
            names = "--rounds",
            defaultValue = "3",
            description = "timed rounds, at least 1; the fastest is reported (${DEFAULT-VALUE})")
    private int rounds;

    private record Article(String title, String text, String language) {}

    public static void main(String[] args) {
        System.exit(new CommandLine(new TextBenchmark()).execute(args));
    }

    @Override
    public Integer call() {
        if (rounds < 1) {
            throw new CommandLine.ParameterException(
                    new CommandLine(this), "--rounds must be at least 1 (was " + rounds + ")");
        }
        RunConfig run = ConfigLoader.load(config);
        List<Article> articles = read();
        long chars = articles.stream()
                .mapToLong(a -> length(a.title) + length(a.text))
                .sum();
        long bytes =
                articles.stream().mapToLong(a -> utf8(a.title) + utf8(a.text)).sum();
        System.out.printf(
                Locale.ROOT,
                "%s%s: %,d article rows (%,d chars, %.1f MB UTF-8); %d rounds, fastest shown%n",
                root,
                runDate == null ? "" : " run_date=" + runDate,
                articles.size(),
                chars,
                bytes / 1e6,
                rounds);
        System.out.println("| work | seconds | articles/s | MB/s | result |");
        System.out.println("|---|---:|---:|---:|---:|");

        LanguageDetector detector = new LanguageDetector();
        time(
                "language detection (lingua; its calls use the common fork-join pool)",
                articles,
                bytes,
                a -> detector.detect(a.text).equals(LanguageDetector.UNDETERMINED) ? 0 : 1,
                "determined");
        AliasMatcher aliases = new AliasMatcher(run.subject());
        RelevanceScorer scorer = new RelevanceScorer(aliases, run.subject().minScore());
        time(
                "relevance (alias mentions per sentence, score, evidence)",
                articles,
                bytes,
                a -> scorer.score(a.title, a.text).relevant() ? 1 : 0,
                "relevant");
        time(
                "alias step of analysis (AliasMatcher.find on title + text, which canonicalize wraps)",
                articles,
                bytes,
                a -> aliases.find(TermExtractor.joined(a.title, a.text)).size(),
                "mentions");
        try (TermExtractor extractor = new TermExtractor(run.job().text(), run.subject())) {
            time(
                    "analysis (alias step and the language's Lucene chain)",
                    articles,
                    bytes,
                    a -> extractor.terms(a.title, a.text, a.language).size(),
                    "terms");
        }
        int size = run.job().nearDuplicates().shingleSize();
        time(
                "shingles (hashed " + size + "-word shingles of the text)",
                articles,
                bytes,
                a -> Shingles.hashes(a.text, size).length,
                "shingles");
        return 0;
    }

    private List<Article> read() {
        SparkConf conf = new SparkConf(true).setAppName("newsdrift text benchmark");
        conf.setIfMissing("spark.master", "local[*]");
        conf.setIfMissing("spark.ui.enabled", "false");
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            Dataset<Row> rows = new TableWriter(root).read(spark, Tables.ARTICLES);
            if (runDate != null) {
                rows = rows.filter(col("run_date").equalTo(lit(runDate).cast("date")));
            }
            List<Article> articles = new ArrayList<>();
            for (Row row : rows.select("title", "text", "language").collectAsList()) {
                articles.add(new Article(row.getString(0), row.getString(1), row.getString(2)));
            }
            return articles;
        } finally {
            spark.stop();
        }
    }

    private void time(String work, List<Article> articles, long bytes, ToLongFunction<Article> task, String counted) {
        double best = Double.MAX_VALUE;
        long result = 0;
        for (int round = 0; round < rounds; round++) {
            long started = System.nanoTime();
            long sum = 0;
            for (Article article : articles) {
                sum += task.applyAsLong(article);
            }
            best = Math.min(best, (System.nanoTime() - started) / 1e9);
            result = sum;
        }
        System.out.printf(
                Locale.ROOT,
                "| %s | %.2f | %,.0f | %.2f | %,d %s |%n",
                work,
                best,
                articles.size() / best,
                bytes / 1e6 / best,
                result,
                counted);
    }

    private static long length(String s) {
        return s == null ? 0 : s.length();
    }

    private static long utf8(String s) {
        return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
    }
}
