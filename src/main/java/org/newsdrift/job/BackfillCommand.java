package org.newsdrift.job;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdrift.config.ConfigException;
import org.newsdrift.config.RunConfig;
import org.newsdrift.ingest.InputFile;
import org.newsdrift.ingest.InputResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsdrift backfill}: re-reads the input files of a date range, whatever the ledger says. */
@Command(
        name = "backfill",
        mixinStandardHelpOptions = true,
        header = "Re-reads the input files of a date range as one run, whatever the input ledger says.",
        description = {
            "Re-reads every input file dated from --from to --to (the first YYYY-MM-DD in its name, else its "
                    + "modification date, UTC) as one run, ignoring the input ledger: their earlier articles are replaced, "
                    + "then every derived table is recomputed as a nightly run does. Use it after a fix to the readers or to "
                    + "load archives that arrived before newsdrift ran."
        },
        footer = {
            "",
            "Example:",
            "  newsdrift backfill --config jobs/conf/default.json --input /crawl --output out --from 2025-12-25 --to 2025-12-28"
        })
final class BackfillCommand implements Callable<Integer> {
    private static final Pattern DAY_IN_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    @Spec
    CommandSpec spec;

    @Mixin
    JobConfigOption config;

    @Option(
            names = "--input",
            required = true,
            paramLabel = "URI",
            description = "Files, folders or globs on any Hadoop file system, as for nightly. Repeatable.")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "URI", description = "Root folder of the output tables.")
    String output;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First day of the range.")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last day of the range.")
    LocalDate to;

    @Option(
            names = "--run-date",
            paramLabel = "YYYY-MM-DD",
            description = "The night the backfill's rows are filed under. Default: --to.")
    LocalDate runDate;

    @Override
    public Integer call() {
        if (to.isBefore(from)) {
            throw new ConfigException("Cannot backfill: --to (" + to + ") is before --from (" + from + ")");
        }
        RunConfig runConfig = config.load();
        List<InputFile> inRange = new ArrayList<>();
        for (InputFile file : InputResolver.resolve(inputs, HadoopConfs.fromSystemProperties())) {
            LocalDate day = dayOf(file);
            if (!day.isBefore(from) && !day.isAfter(to)) {
                inRange.add(file);
            }
        }
        if (inRange.isEmpty()) {
            throw new ConfigException(
                    "Cannot backfill: no input file is dated from " + from + " to " + to + " (" + inputs + ")");
        }
        return NightlyCommand.runNight(
                spec, runConfig, inRange, output, runDate == null ? to : runDate, "backfill", true);
    }

    /** The first ISO date in the file's name, else its modification date (UTC). */
    static LocalDate dayOf(InputFile file) {
        String name = file.uri().substring(file.uri().lastIndexOf('/') + 1);
        Matcher m = DAY_IN_NAME.matcher(name);
        while (m.find()) {
            try {
                return LocalDate.parse(m.group(1));
            } catch (java.time.DateTimeException e) {
                // Not a real day ("2024-13-45"): look further, then fall back to the modification date.
            }
        }
        return Instant.ofEpochMilli(file.modificationTime())
                .atZone(ZoneOffset.UTC)
                .toLocalDate();
    }
}
