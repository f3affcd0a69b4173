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
@Command(name = "bench/topics", mixinStandardHelpOptions = true,
    description = "Topic quality and time: newsdrift's LDA, MALLET and a naive MLlib pipeline.")
public final class TopicBenchmark implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "OUTPUT_ROOT", description = "outputs of jobs/newsdrift nightly")
  private List<String> roots;

  @Option(names = "--config", defaultValue = "jobs/conf/default.json",
      description = "the job config (${DEFAULT-VALUE})")
  private Path config;

  @Option(names = "--k", split = ",", description = "numbers of topics (default: the config's lda.k)")
  private List<Integer> ks;

  @Option(names = "--seeds", defaultValue = "3", description = "seeds per model: lda.seed, lda.seed + 1, ...")
  private int seeds;

  @Option(names = "--mallet-iterations", defaultValue = "1000")
  private int malletIterations;

  @Option(names = "--mallet-threads", defaultValue = "2")
  private int malletThreads;

  @Option(names = "--variant",
      description = "also fit newsdrift with these lda keys changed, e.g. subsampling_rate=1.0 (null: key absent)")
  private List<String> variants = new ArrayList<>();

  @Option(names = "--only-ours", description = "fit newsdrift's model and its variants only")
  private boolean onlyOurs;

  @Option(names = "--report", description = "append the Markdown table to this file")
  private Path report;

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
    table.note(String.format(Locale.ROOT, "config %s; seeds %d..%d; MALLET %d iterations, %d threads", config,
        lda.seed(), lda.seed() + seeds - 1, malletIterations, malletThreads));
    SparkSession spark = session();
    try {
      for (String root : roots) {
        benchmark(spark, run, root, topicCounts, table);
      }
    } finally {
      spark.stop();
    }
    String markdown = table.markdown();
    System.out.println(markdown);
    if (report != null) {
      Files.writeString(report, markdown + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    }
    return 0;
  }

  private void benchmark(SparkSession spark, RunConfig run, String root, List<Integer> topicCounts,
      BenchReport table) throws IOException {
    String dataset = Path.of(root).getFileName().toString();
    LdaConfig lda = run.job().lda();
    Dataset<Row> docs = BenchCorpus.relevant(spark, root, run);
    Dataset<Row> reference = TopicModelStep.training(docs).select("terms")
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> naiveTraining = NaivePipeline.withRaw(TopicModelStep.training(docs))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Contenders contenders = new Contenders(run, new MalletRunner(malletThreads, malletIterations));
    try {
      long relevant = docs.count();
      long training = reference.count();
      naiveTraining.count();
      for (int k : topicCounts) {
        for (long seed = lda.seed(); seed < lda.seed() + seeds; seed++) {
          List<BenchReport.Run> runs = new ArrayList<>();
          runs.add(contenders.ours(dataset, Contenders.OURS, docs, reference, lda, k, seed));
          for (String variant : variants) {
            runs.add(contenders.ours(dataset, "newsdrift, " + variant, docs, reference,
                LdaVariant.of(lda, variant), k, seed));
          }
          if (!onlyOurs) {
            runs.add(contenders.mallet(dataset, docs, reference, k, seed));
            runs.addAll(contenders.naive(dataset, naiveTraining, reference, k, seed));
          }
          runs.forEach(table::add);
          log(runs);
        }
      }
      table.note(String.format(Locale.ROOT, "%s: %d relevant canonical articles, %d in training; %s", dataset,
          relevant, training, contenders.streamSummary()));
    } finally {
      docs.unpersist();
      reference.unpersist();
      naiveTraining.unpersist();
    }
  }

  private void log(List<BenchReport.Run> runs) throws IOException {
    StringBuilder out = new StringBuilder();
    for (BenchReport.Run r : runs) {
      out.append(String.format(Locale.ROOT, "%s\tk=%d\tseed=%d\t%s\tnpmi=%.4f\tumass=%.3f\tdiversity=%.3f\t%.1fs%n",
          r.dataset(), r.k(), r.seed(), r.contender(), r.scores().npmi(), r.scores().umass(), r.scores().diversity(),
          r.seconds()));
      if (details != null) {
        r.scores().topTerms().forEach(terms -> out.append("    ").append(String.join(" ", terms)).append('\n'));
      }
    }
    System.err.print(out);
    if (details != null) {
      Files.writeString(details, out, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
  }

  private static SparkSession session() {
    SparkConf conf = new SparkConf(true).setAppName("newsdrift topic benchmark");
    conf.setIfMissing("spark.master", "local[*]");
    conf.setIfMissing("spark.sql.shuffle.partitions", String.valueOf(Math.max(4, 2 * Runtime.getRuntime()
        .availableProcessors())));
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    conf.setIfMissing("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
    conf.setIfMissing("spark.ui.enabled", "false");
    return SparkSession.builder().config(conf).getOrCreate();
  }
}
