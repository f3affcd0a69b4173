package org.newsdrift.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newsdrift.config.ConfigLoader;
import org.newsdrift.config.LdaConfig;
import org.newsdrift.config.RunConfig;
import org.newsdrift.model.TopicModelStep;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Compares newsdrift's topic model with MALLET and with a naive Spark MLlib pipeline on the relevant canonical
 * articles of nightly output roots: the same k and seeds, one evaluator (document co-occurrence of each topic's
 * top-10 terms over newsdrift's training token streams), and each fit's wall time. Run by {@code bench/topics};
 * not a test.
 */
@Command(
        name = "bench/topics",
        mixinStandardHelpOptions = true,
        description = "Topic quality and time: newsdrift's LDA, MALLET and a naive MLlib pipeline.")
public final class TopicBenchmark implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "OUTPUT_ROOT", description = "outputs of jobs/newsdrift nightly")
    private List<String> roots;

    @Option(
            names = "--config",
            defaultValue = "jobs/conf/default.json",
            description = "the job config (${DEFAULT-VALUE})")
    private Path config;

    @Option(names = "--k", split = ",", description = "numbers of topics (default: the config's lda.k)")
    private List<Integer> ks;

    @Option(names = "--seeds", defaultValue = "3", description = "seeds per model: lda.seed, lda.seed + 1, ...")
    private int seeds;

    @Option(names = "--mallet-iterations", defaultValue = "1000")
    private int malletIterations;

    @Option(
            names = "--mallet-threads",
            split = ",",
            defaultValue = "2",
            description = "MALLET's thread counts, one contender each (${DEFAULT-VALUE})")
    private List<Integer> malletThreads;

    @Option(
            names = "--variant",
            description =
                    "also fit newsdrift with these lda keys changed, e.g. "
                            + "subsampling_rate=1.0 (null: key absent); a name before a colon labels it: online:optimizer=online,...")
    private List<String> variants = new ArrayList<>();

    @Option(names = "--only-ours", description = "fit newsdrift's model and its variants only")
    private boolean onlyOurs;

    @Option(names = "--no-naive", description = "leave out the naive MLlib pipeline")
    private boolean noNaive;

    @Option(
            names = "--all-articles",
            description = "model every canonical article of the outputs, not only the relevant ones")
    private boolean allArticles;

    @Option(
            names = "--scales",
            split = ",",
            description =
                    "after the seeds, fit newsdrift's config and the "
                            + "last MALLET contender once (first seed) on the corpus repeated this many times each, e.g. 1,2,4,8")
    private List<Integer> scales = new ArrayList<>();

    @Option(names = "--report", description = "append the Markdown table to this file")
    private Path report;

    @Option(
            names = "--warmup",
            defaultValue = "1",
            description = "unrecorded fits of every contender (first seed) "
                    + "before the first data set's measured ones, so that no contender's times include the JVM's warm-up "
                    + "(class loading, JIT): ${DEFAULT-VALUE}")
    private int warmups;

    @Option(names = "--details", description = "append every run's figures and top terms to this file")
    private Path details;

    public static void main(String[] args) {
        System.exit(new CommandLine(new TopicBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        RunConfig run = ConfigLoader.load(config);
        LdaConfig lda = run.job().lda();
        List<Integer> topicCounts = ks == null ? List.of(lda.k()) : ks;
        BenchReport table = new BenchReport();
        table.note(String.format(
                Locale.ROOT,
                "config %s (lda.optimizer %s); seeds %d..%d; MALLET %d iterations, "
                        + "threads %s; %s articles; %d unrecorded warm-up fits of each",
                config,
                lda.optimizer(),
                lda.seed(),
                lda.seed() + seeds - 1,
                malletIterations,
                malletThreads,
                allArticles ? "all canonical" : "relevant canonical",
                warmups));
        SparkSession spark = session();
        try {
            for (String root : roots) {
                benchmark(spark, run, root, topicCounts, table, root.equals(roots.get(0)) ? warmups : 0);
            }
        } finally {
            spark.stop();
        }
        String markdown = table.markdown();
        System.out.println(markdown);
        if (report != null) {
            Files.writeString(
                    report,
                    markdown + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
        return 0;
    }

    private void benchmark(
            SparkSession spark,
            RunConfig run,
            String root,
            List<Integer> topicCounts,
            BenchReport table,
            int warmupFits)
            throws IOException {
        String dataset = Path.of(root).getFileName().toString() + (allArticles ? " (all)" : "");
        LdaConfig lda = run.job().lda();
        Contenders contenders = contenders(run);
        Dataset<Row> docs = BenchCorpus.canonical(spark, root, run, !allArticles, 1);
        for (int i = 0; i < warmupFits; i++) {
            compare(
                    dataset + " (warm-up)",
                    docs,
                    run,
                    contenders(run),
                    topicCounts.get(0),
                    lda.seed(),
                    onlyOurs ? List.of() : malletThreads,
                    !onlyOurs && !noNaive,
                    new BenchReport());
        }
        for (int k : topicCounts) {
            for (long seed = lda.seed(); seed < lda.seed() + seeds; seed++) {
                compare(
                        dataset,
                        docs,
                        run,
                        contenders,
                        k,
                        seed,
                        onlyOurs ? List.of() : malletThreads,
                        !onlyOurs && !noNaive,
                        table);
            }
        }
        docs.unpersist();
        table.note(String.format(Locale.ROOT, "%s: %s", dataset, contenders.streamSummary()));
        for (int scale : scales) {
            Contenders scaled = contenders(run);
            Dataset<Row> copies = BenchCorpus.canonical(spark, root, run, !allArticles, scale);
            String name = dataset + " ×" + scale;
            List<Integer> threads = onlyOurs ? List.of() : List.of(malletThreads.get(malletThreads.size() - 1));
            compare(name, copies, run, scaled, topicCounts.get(0), lda.seed(), threads, false, table);
            copies.unpersist();
            table.note(String.format(Locale.ROOT, "%s: %s", name, scaled.streamSummary()));
        }
    }

    /** One seed of newsdrift and its variants, MALLET with each of {@code threads}, and the naive pipeline. */
    private void compare(
            String dataset,
            Dataset<Row> docs,
            RunConfig run,
            Contenders contenders,
            int k,
            long seed,
            List<Integer> threads,
            boolean naive,
            BenchReport table)
            throws IOException {
        LdaConfig lda = run.job().lda();
        Dataset<Row> reference = TopicModelStep.training(docs).select("terms").persist(StorageLevel.MEMORY_AND_DISK());
        List<BenchReport.Run> runs = new ArrayList<>();
        runs.add(contenders.ours(dataset, Contenders.OURS, docs, reference, lda, k, seed));
        for (String variant : variants) {
            int colon = variant.indexOf(':');
            boolean named = colon > 0 && colon < variant.indexOf('=');
            String label = "newsdrift, " + (named ? variant.substring(0, colon) : variant);
            runs.add(contenders.ours(
                    dataset,
                    label,
                    docs,
                    reference,
                    LdaVariant.of(lda, variant.substring(named ? colon + 1 : 0)),
                    k,
                    seed));
        }
        for (int count : threads) {
            runs.add(contenders.mallet(dataset, count, reference, k, seed));
        }
        if (naive) {
            Dataset<Row> naiveTraining =
                    NaivePipeline.withRaw(TopicModelStep.training(docs)).persist(StorageLevel.MEMORY_AND_DISK());
            runs.addAll(contenders.naive(dataset, naiveTraining, reference, k, seed));
            naiveTraining.unpersist();
        }
        runs.forEach(table::add);
        reference.unpersist();
        log(runs);
    }

    private Contenders contenders(RunConfig run) {
        return new Contenders(run, threads -> new MalletRunner(threads, malletIterations));
    }

    private void log(List<BenchReport.Run> runs) throws IOException {
        StringBuilder out = new StringBuilder();
        for (BenchReport.Run r : runs) {
            out.append(String.format(
                    Locale.ROOT,
                    "%s\tk=%d\tseed=%d\t%s\tnpmi=%.4f\tumass=%.3f\tdiversity=%.3f\t%.1fs%n",
                    r.dataset(),
                    r.k(),
                    r.seed(),
                    r.contender(),
                    r.scores().npmi(),
                    r.scores().umass(),
                    r.scores().diversity(),
                    r.seconds()));
            if (details != null) {
                r.scores()
                        .topTerms()
                        .forEach(terms -> out.append("    ")
                                .append(String.join(" ", terms))
                                .append('\n'));
            }
        }
        System.err.print(out);
        if (details != null) {
            Files.writeString(
                    details, out, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private static SparkSession session() {
        SparkConf conf = new SparkConf(true).setAppName("newsdrift topic benchmark");
        conf.setIfMissing("spark.master", "local[*]");
        conf.setIfMissing(
                "spark.sql.shuffle.partitions",
                String.valueOf(Math.max(4, 2 * Runtime.getRuntime().availableProcessors())));
        conf.setIfMissing("spark.sql.session.timeZone", "UTC");
        conf.setIfMissing("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
        conf.setIfMissing("spark.ui.enabled", "false");
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
