package org.newsdrift.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdrift.TestFiles;
import org.newsdrift.table.Tables;
import picocli.CommandLine;

/** Command-line behaviour that needs no Spark: help, and bad arguments or configs failing at once with exit 2. */
class NewsDriftCliTest {
    @TempDir
    Path work;

    /** {@code newsdrift nightly} with {@code config}, {@code input} and {@code output}, then {@code more}. */
    private static JobFixtures.Run nightly(Path config, Path input, Path output, String... more) {
        List<String> args = new ArrayList<>(
                List.of("--config", config.toString(), "--input", input.toString(), "--output", output.toString()));
        args.addAll(List.of(more));
        return JobFixtures.nightly(args.toArray(String[]::new));
    }

    private Path input() throws Exception {
        Path input = work.resolve("in.jsonl");
        Files.writeString(input, "{\"maintext\": \"x\"}\n");
        return input;
    }

    private Path configWith(String from, String to) throws Exception {
        String json = Files.readString(TestFiles.defaultConfig())
                .replace("\"../subjects/russia-dprk.json\"", "\"" + TestFiles.subject() + "\"");
        assertThat(json).contains(from);
        Path config = work.resolve("bad.json");
        Files.writeString(config, json.replace(from, to));
        return config;
    }

    private static void assertOneLineUsageError(JobFixtures.Run result, String... mentions) {
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err().strip().lines()).hasSize(1);
        assertThat(result.err())
                .startsWith("newsdrift: ")
                .contains(mentions)
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void helpExplainsTheNightlyOptions() {
        JobFixtures.Run result = JobFixtures.nightly("--help");
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("--config", "--input", "--output", "--run-date", "Examples:");
    }

    @Test
    void unknownConfigKeyIsNamed() throws Exception {
        Path config = configWith("\"vocab_size\": 5000", "\"vocab_sise\": 5000");
        assertOneLineUsageError(nightly(config, input(), work.resolve("out")), "lda.vocab_sise");
    }

    @Test
    void fewerThanTwoTopicsIsRefusedWithTheBadValue() throws Exception {
        Path config = configWith("\"k\": 8", "\"k\": 1");
        assertOneLineUsageError(nightly(config, input(), work.resolve("out")), "lda.k", "(was 1)");
    }

    @Test
    void missingInputPathIsNamed() {
        Path missing = work.resolve("no-such-folder");
        assertOneLineUsageError(nightly(TestFiles.defaultConfig(), missing, work.resolve("out")), missing.toString());
    }

    @Test
    void missingConfigFileIsNamed() throws Exception {
        Path missing = work.resolve("nope.json");
        assertOneLineUsageError(nightly(missing, input(), work.resolve("out")), missing.toString());
    }

    @Test
    void badRunDateIsAUsageError() throws Exception {
        JobFixtures.Run result =
                nightly(TestFiles.defaultConfig(), input(), work.resolve("out"), "--run-date", "2024-13-45");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--run-date");
    }

    @Test
    void anOutputThatNamesAFileIsOneLineAndExitTwoBeforeSparkStarts() throws Exception {
        Path file = Files.writeString(work.resolve("out.txt"), "not a folder");
        Path config = configWith("\"k\": 8", "\"k\": 8");
        assertOneLineUsageError(nightly(config, input(), file), "--output names a file", file.toString());
        assertOneLineUsageError(nightly(config, input(), file.resolve("below")), "Cannot write the output");
        assertThat(file).hasContent("not a folder");
    }

    @Test
    void nightlyHelpListsEveryTableTheJobWrites() {
        String help = JobFixtures.nightly("--help").out().replaceAll("\\s+", " ");
        List<String> tables = Tables.all().stream().map(t -> t.name()).toList();
        assertThat(tables).hasSize(14);
        assertThat(help).contains(tables.size() + " in all");
        for (String table : tables) {
            assertThat(help).as(table).containsPattern("\\b" + table + "\\b");
        }
    }

    @Test
    void everyCommandSummaryInTheTopLevelHelpIsAWholeSentence() {
        CommandLine cli = NewsDrift.commandLine();
        for (String name : List.of("nightly", "backfill", "retrain")) {
            String[] header = cli.getSubcommands()
                    .get(name)
                    .getCommandSpec()
                    .usageMessage()
                    .header();
            assertThat(header).as(name).hasSize(1);
            assertThat(header[0]).as(name).matches("[A-Z].*\\.").doesNotContain("\n");
        }
    }

    @Test
    void sweepAloneAsksForTheDefaultSweepAndWithAListForThoseK() {
        assertThat(parsedSweep("--sweep")).isEqualTo("");
        assertThat(parsedSweep("--sweep", "8,12", "--seed", "7")).isEqualTo("8,12");
        assertThat(parsedSweep("--sweep", "--seed", "7")).isEqualTo("");
        assertThat(parsedSweep("--seed", "7")).isNull();
    }

    private static String parsedSweep(String... options) {
        CommandLine cli = NewsDrift.commandLine();
        List<String> args = new ArrayList<>(List.of("retrain", "--config", "c.json", "--output", "out"));
        args.addAll(List.of(options));
        cli.parseArgs(args.toArray(String[]::new));
        return ((RetrainCommand) cli.getSubcommands().get("retrain").getCommand()).sweep;
    }
}
