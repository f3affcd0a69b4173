package org.newsdrift.job;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.newsdrift.config.ConfigLoader;
import org.newsdrift.config.RunConfig;
import org.newsdrift.ingest.InputFile;
import org.newsdrift.ingest.InputResolver;
import org.newsdrift.report.ReportStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsdrift nightly}: one night's run over the given inputs. */
@Command(
    name = "nightly",
    mixinStandardHelpOptions = true,
    description = {
      "Reads the inputs into tonight's partition of the articles and rejects tables, then recomputes term",
      "weights, coverage, topics and trends over the articles of every night, and writes the run manifest.",
      "Reads only input files that are new or changed since earlier nights (the input_ledger table, by SHA-256);",
      "a changed file's earlier articles are replaced. Re-running the same --run-date reads that night's files",
      "again and replaces its partitions; it never adds duplicate rows.",
      "",
      "Inputs: JSON arrays or JSON Lines whose records fit a field mapping of the config; Markdown with front",
      "matter; HTML; scraped text pages (.txt); WARC; each optionally .gz; and tar, tar.gz or zip archives of them.",
      "Output tables (Parquet): articles, rejects, source_boilerplate, coverage, article_terms, term_trends,",
      "topics, doc_topics, topic_trends, runs; plus _manifests/<run-date>/<run-id>.json and the report,",
      "report/index.html (charts and key tables of coverage, topics, terms and run health)."
    },
    footer = {
      "",
      "Examples:",
      "  newsdrift nightly --config jobs/conf/default.json --input data/sample --output out",
      "  newsdrift nightly --config job.json --input 'hdfs:///news/2024-11-*' --input s3a://bucket/extra.jsonl.gz \\",
      "      --output hdfs:///newsdrift --run-date 2024-11-12"
    })
final class NightlyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--config", required = true, paramLabel = "FILE",
      description = "Job config (JSON), e.g. jobs/conf/default.json; it names the subject file.")
  Path config;

  @Option(names = "--input", required = true, paramLabel = "URI",
      description = "A file, folder (read recursively) or glob on any Hadoop file system (file:, hdfs:, s3a:). Repeatable.")
  List<String> inputs;

  @Option(names = "--output", required = true, paramLabel = "URI",
      description = "Root folder of the output tables, on any Hadoop file system.")
  String output;

  @Option(names = "--run-date", paramLabel = "YYYY-MM-DD",
      description = "The night this run is for; its partitions are replaced on a re-run. Default: today (UTC).")
  LocalDate runDate;

  @Override
  public Integer call() {
    RunConfig runConfig = ConfigLoader.load(config);
    List<InputFile> files = InputResolver.resolve(inputs, HadoopConfs.fromSystemProperties());
    return runNight(spec, runConfig, files, output, runDate, "nightly", false);
  }

  /** Runs one night over {@code files}: only the new or changed ones, or all of them when {@code reprocess}. */
  static int runNight(CommandSpec spec, RunConfig runConfig, List<InputFile> files, String output, LocalDate runDate,
      String command, boolean reprocess) {
    RunContext run = new RunContext(UUID.randomUUID().toString(),
        runDate == null ? LocalDate.now(ZoneOffset.UTC) : runDate, command, Instant.now(), runConfig, files, output);
    SparkSession spark = SparkSessions.start("newsdrift " + command + " " + run.runDate());
    String checkpoints = SparkSessions.checkpointFolder(spark, run);
    try {
      StepLog steps = new StepLog(spark, run);
      RunRecorder recorder = new RunRecorder(spark, run, steps);
      NightlyResult result;
      try {
        result = new NightlyJob(spark, run, reprocess, steps).run();
      } catch (RuntimeException e) {
        recordFailure(recorder, e);
        throw e;
      }
      recorder.succeeded(result);
      // After the run is recorded: the report reads the runs table too. A failure here exits 1; the tables stand.
      String report = ReportStep.write(spark, run.output(), run.config().subject());
      new RunSummary(spark, run).print(spec.commandLine().getOut(), result);
      spec.commandLine().getOut().printf("  report: %s%n", report).flush();
      return 0;
    } finally {
      SparkSessions.deleteCheckpoints(spark, checkpoints);
      spark.stop();
    }
  }

  /** Records a failed run, keeping the run's own error when recording fails too. */
  static void recordFailure(RunRecorder recorder, RuntimeException e) {
    try {
      recorder.failed(e);
    } catch (RuntimeException secondary) {
      e.addSuppressed(secondary);
    }
  }
}
