package org.newsdrift.job;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsdrift.config.RunConfig;
import org.newsdrift.model.TopicModelUpdate;
import org.newsdrift.model.TopicModelUpdateResult;
import org.newsdrift.table.TableWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsdrift retrain}: fits a new topic model version over the articles already in the tables. */
@Command(
        name = "retrain",
        mixinStandardHelpOptions = true,
        header = "Fits a new topic model version on the articles already in the tables.",
        description = {
            "Fits a new topic model version on the relevant canonical articles of every night so far, aligns its "
                    + "topics to the current version's (matched topics keep their ids; see the topic_lineage table), saves it "
                    + "under <output>/_models/ and makes it current, then rescores doc_topics, topic_examples and "
                    + "topic_trends. With --sweep, it fits every k given (or, with no list, those suited to the number of "
                    + "training articles) with topic_updates.sweep_seeds seeds, writes the model_selection table and keeps the "
                    + "setting the README's rule chooses. With lda.optimizer gibbs, a single fit starts from the current "
                    + "version's topics (warm start) unless --cold is given or topic_updates.warm_start is false. It reads no "
                    + "input; nightly runs fit a version themselves when there is none or the articles drifted."
        },
        footer = {
            "",
            "Examples:",
            "  newsdrift retrain --config jobs/conf/default.json --output out",
            "  newsdrift retrain --config jobs/conf/default.json --output out --sweep 8,12,16,24 --seed 7",
            "  newsdrift retrain --config jobs/conf/default.json --output out --sweep",
            "  newsdrift retrain --config jobs/conf/default.json --output out --cold"
        })
final class RetrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    JobConfigOption config;

    @Option(
            names = "--output",
            required = true,
            paramLabel = "URI",
            description = "Root folder of the output tables written by nightly runs.")
    String output;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: lda.seed of the config).")
    Long seed;

    @Option(
            names = "--sweep",
            arity = "0..1",
            fallbackValue = "",
            paramLabel = "K1,K2,...",
            description = "Numbers of topics to compare; the chosen one becomes the new version. Without a list, the k "
                    + "suited to the number of training articles (README, choosing k).")
    String sweep;

    @Option(
            names = "--cold",
            description = "With lda.optimizer gibbs: start from random topics, not from the current "
                    + "version's (a sweep always starts cold).")
    boolean cold;

    @Option(
            names = "--run-date",
            paramLabel = "YYYY-MM-DD",
            description = "The date recorded for this run. Default: today (UTC).")
    LocalDate runDate;

    @Override
    public Integer call() {
        RunConfig runConfig = config.load();
        Optional<List<Integer>> ks = SweepArgument.parse(sweep);
        OutputLocation.check(output, HadoopConfs.fromSystemProperties());
        RunContext run = RunContext.start("retrain", runDate, runConfig, List.of(), output);
        try (RunSession session = RunSession.open(run)) {
            SparkSession spark = session.spark();
            RunLifecycle lifecycle = RunLifecycle.start(spark, run);
            TopicModelUpdateResult outcome = lifecycle.perform(() -> retrain(spark, run, lifecycle.steps(), ks));
            lifecycle.succeeded(new NightlyResult(null, outcome, List.of()));
            spec.commandLine()
                    .getOut()
                    .printf(
                            "newsdrift retrain: model %s (%s)%s%s%n",
                            outcome.modelVersion(),
                            outcome.action(),
                            outcome.note() == null ? "" : ": " + outcome.note(),
                            outcome.lineage() == null ? "" : "; " + outcome.lineage());
            spec.commandLine().getOut().flush();
            return outcome.modelVersion() == null ? NewsDrift.EXIT_FAILED : 0;
        }
    }

    /** Reads the corpus, then fits and publishes the new version over it. */
    private TopicModelUpdateResult retrain(
            SparkSession spark, RunContext run, StepLog steps, Optional<List<Integer>> ks) {
        TableWriter tables = new TableWriter(output);
        ArticleCorpus articles = new ArticleCorpus(spark, run, tables);
        steps.start("corpus");
        Dataset<Row> corpus = articles.canonicalWithTerms();
        try {
            steps.end(corpus.count());
            steps.start(ks.isEmpty() ? "topics" : "topics sweep " + (ks.get().isEmpty() ? "for the corpus" : ks.get()));
            TopicModelUpdateResult outcome = retrainTopics(spark, run, tables, corpus, articles, ks);
            steps.end(null);
            return outcome;
        } finally {
            corpus.unpersist();
        }
    }

    /** The topics block: fits the new version, and the topic tables readers find. */
    private TopicModelUpdateResult retrainTopics(
            SparkSession spark,
            RunContext run,
            TableWriter tables,
            Dataset<Row> corpus,
            ArticleCorpus articles,
            Optional<List<Integer>> ks) {
        TopicModelUpdate update = TopicTables.update(spark, run, tables, corpus, articles.relevantTexts())
                .onDemand(seed == null ? run.config().job().lda().seed() : seed);
        ks.ifPresent(update::sweep);
        TopicModelUpdateResult outcome = (cold ? update.coldStart() : update).execute();
        TopicTables.ensureExist(spark, tables);
        return outcome;
    }
}
