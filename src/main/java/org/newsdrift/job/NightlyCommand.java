package org.newsdrift.job;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.newsdrift.config.ConfigLoader;
import org.newsdrift.config.RunConfig;
import org.newsdrift.config.SecretRedactor;
import org.newsdrift.config.TableConfig;
import org.newsdrift.ingest.InputFile;
import org.newsdrift.ingest.InputResolver;
import org.newsdrift.report.ReportStep;
import org.newsdrift.table.TableUpkeep;
import org.newsdrift.table.TableWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsdrift nightly}: one night's run over the given inputs. */
@Command(
        name = "nightly",
        mixinStandardHelpOptions = true,
        header = "Runs one night: reads new or changed inputs and rewrites the tables, the manifest and the report.",
        description = {
            "Reads the inputs into tonight's partition of the articles and rejects tables, then recomputes term "
                    + "weights, coverage, topics and trends over the articles of every night, and writes the run manifest. "
                    + "It reads only input files that are new or changed since earlier nights (the input_ledger table, by "
                    + "SHA-256); a changed file's earlier articles are replaced. Re-running the same --run-date reads that "
                    + "night's files again and replaces its partitions; it never adds duplicate rows.",
            "",
            "Inputs: JSON arrays or JSON Lines whose records fit a field mapping of the config; Markdown with front "
                    + "matter; HTML; scraped text pages (.txt); WARC; each optionally .gz; and tar, tar.gz or zip archives of "
                    + "them.",
            "",
            "Output tables (Parquet, under --output), 14 in all: articles, rejects, source_boilerplate and input_ledger "
                    + "(what was read and what became of it); coverage, article_terms and term_trends (attention and terms); "
                    + "topics, topic_lineage, topic_examples, model_selection, doc_topics and topic_trends (the topic model "
                    + "and what it finds); runs (one row a run). Also _manifests/<run-date>/<run-id>.json and the report, "
                    + "report/index.html."
        },
        footer = {
            "",
            "Examples:",
            "  newsdrift nightly --config jobs/conf/default.json --input data/sample --output out",
            "  newsdrift nightly --config job.json --input 'hdfs:///news/2024-11-*' --input s3a://bucket/extra.jsonl.gz \\",
            "      --output hdfs:///newsdrift --run-date 2024-11-12"
        })
final class NightlyCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(NightlyCommand.class);

    @Spec
    CommandSpec spec;

    @Option(
            names = "--config",
            required = true,
            paramLabel = "FILE",
            description = "Job config (JSON), e.g. jobs/conf/default.json; it names the subject file.")
    Path config;

    @Option(
            names = "--input",
            required = true,
            paramLabel = "URI",
            description =
                    "A file, folder (read recursively) or glob on any Hadoop file system (file:, hdfs:, s3a:). Repeatable.")
    List<String> inputs;

    @Option(
            names = "--output",
            required = true,
            paramLabel = "URI",
            description = "Root folder of the output tables, on any Hadoop file system.")
    String output;

    @Option(
            names = "--run-date",
            paramLabel = "YYYY-MM-DD",
            description = "The night this run is for; its partitions are replaced on a re-run. Default: today (UTC).")
    LocalDate runDate;

    @Override
    public Integer call() {
        RunConfig runConfig = ConfigLoader.load(config);
        List<InputFile> files = InputResolver.resolve(inputs, HadoopConfs.fromSystemProperties());
        return runNight(spec, runConfig, files, output, runDate, "nightly", false);
    }

    /** Runs one night over {@code files}: only the new or changed ones, or all of them when {@code reprocess}. */
    static int runNight(
            CommandSpec spec,
            RunConfig runConfig,
            List<InputFile> files,
            String output,
            LocalDate runDate,
            String command,
            boolean reprocess) {
        OutputLocation.check(output, HadoopConfs.fromSystemProperties());
        RunContext run = RunContext.start(command, runDate, runConfig, files, output);
        try (RunSession session = RunSession.open(run)) {
            SparkSession spark = session.spark();
            RunLifecycle lifecycle = RunLifecycle.start(spark, run);
            NightlyResult result =
                    lifecycle.perform(() -> new NightlyJob(spark, run, reprocess, lifecycle.steps()).run());
            lifecycle.succeeded(result);
            upkeep(spark, run, command);
            // The run is recorded and its tables stand: what follows only tells people about it, so no failure in it
            // may
            // turn a succeeded night into a failed exit code that a scheduler would act on.
            PrintWriter out = spec.commandLine().getOut();
            Optional<String> report = afterSuccess(
                    "report",
                    out,
                    () -> ReportStep.write(spark, run.output(), run.config().subject()));
            afterSuccess("summary", out, () -> {
                new RunSummary(spark, run).print(out, result);
                return true;
            });
            report.ifPresent(page -> out.printf("  report: %s%n", page));
            out.flush();
            return 0;
        }
    }

    /**
     * Compacts the tables after a backfill, and vacuums them after a backfill or on the nights the config names. The
     * run's tables stand already; a failure here is a warning, and the next upkeep does the work.
     */
    static void upkeep(SparkSession spark, RunContext run, String command) {
        TableConfig config = run.config().job().tables();
        boolean backfill = command.equals("backfill");
        if (!backfill && !config.vacuumsOn(run.runDate())) {
            return;
        }
        try {
            TableUpkeep upkeep = new TableUpkeep(spark, new TableWriter(run.output()));
            if (backfill) {
                upkeep.optimize();
            }
            upkeep.vacuum(config.retentionHours());
        } catch (RuntimeException e) {
            LOG.warn(
                    "The run succeeded and its tables are written, but their upkeep (optimize, vacuum) failed: {}",
                    SecretRedactor.redactValue(String.valueOf(e)));
        }
    }

    /** Runs a step that only reports on a succeeded run; its failure is a warning, never the run's exit code. */
    static <T> Optional<T> afterSuccess(String what, PrintWriter out, Supplier<T> step) {
        try {
            return Optional.of(step.get());
        } catch (RuntimeException e) {
            // Masked like every message that may name an input or a setting; the trace says where it broke.
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            LOG.warn(
                    "The run succeeded and its tables are written, but its {} failed: {}",
                    what,
                    SecretRedactor.redactValue(trace.toString()));
            out.printf(
                    "  the run succeeded, but its %s could not be made: %s%n",
                    what, SecretRedactor.redactValue(String.valueOf(e)));
            return Optional.empty();
        }
    }
}
