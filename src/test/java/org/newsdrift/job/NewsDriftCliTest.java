package org.newsdrift.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = NewsDrift.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
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

    private static void assertOneLineUsageError(Result result, String... mentions) {
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
        Result result = run("nightly", "--help");
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("--config", "--input", "--output", "--run-date", "Examples:");
    }

    @Test
    void unknownConfigKeyIsNamed() throws Exception {
        Path config = configWith("\"vocab_size\": 5000", "\"vocab_sise\": 5000");
        assertOneLineUsageError(
                run(
                        "nightly",
                        "--config",
                        config.toString(),
                        "--input",
                        input().toString(),
                        "--output",
                        work.resolve("out").toString()),
                "lda.vocab_sise");
    }

    @Test
    void fewerThanTwoTopicsIsRefusedWithTheBadValue() throws Exception {
        Path config = configWith("\"k\": 8", "\"k\": 1");
        assertOneLineUsageError(
                run(
                        "nightly",
                        "--config",
                        config.toString(),
                        "--input",
                        input().toString(),
                        "--output",
                        work.resolve("out").toString()),
                "lda.k",
                "(was 1)");
    }

    @Test
    void missingInputPathIsNamed() {
        Path missing = work.resolve("no-such-folder");
        assertOneLineUsageError(
                run(
                        "nightly",
                        "--config",
                        TestFiles.defaultConfig().toString(),
                        "--input",
                        missing.toString(),
                        "--output",
                        work.resolve("out").toString()),
                missing.toString());
    }

    @Test
    void missingConfigFileIsNamed() throws Exception {
        Path missing = work.resolve("nope.json");
        assertOneLineUsageError(
                run(
                        "nightly",
                        "--config",
                        missing.toString(),
                        "--input",
                        input().toString(),
                        "--output",
                        work.resolve("out").toString()),
                missing.toString());
    }

    @Test
    void badRunDateIsAUsageError() throws Exception {
        Result result = run(
                "nightly",
                "--config",
                TestFiles.defaultConfig().toString(),
                "--input",
                input().toString(),
                "--output",
                work.resolve("out").toString(),
                "--run-date",
                "2024-13-45");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--run-date");
    }

    @Test
    void anOutputThatNamesAFileIsOneLineAndExitTwoBeforeSparkStarts() throws Exception {
        Path file = Files.writeString(work.resolve("out.txt"), "not a folder");
        Path config = configWith("\"k\": 8", "\"k\": 8");
        assertOneLineUsageError(
                run(
                        "nightly",
                        "--config",
                        config.toString(),
                        "--input",
                        input().toString(),
                        "--output",
                        file.toString()),
                "--output names a file",
                file.toString());
        assertOneLineUsageError(
                run(
                        "nightly",
                        "--config",
                        config.toString(),
                        "--input",
                        input().toString(),
                        "--output",
                        file.resolve("below").toString()),
                "Cannot write the output");
        assertThat(file).hasContent("not a folder");
    }

    @Test
    void nightlyHelpListsEveryTableTheJobWrites() {
        String help = run("nightly", "--help").out().replaceAll("\\s+", " ");
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
        List<String> args = new java.util.ArrayList<>(List.of("retrain", "--config", "c.json", "--output", "out"));
        args.addAll(List.of(options));
        cli.parseArgs(args.toArray(String[]::new));
        return ((RetrainCommand) cli.getSubcommands().get("retrain").getCommand()).sweep;
    }
}
