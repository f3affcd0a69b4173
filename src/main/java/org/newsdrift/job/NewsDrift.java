package org.newsdrift.job;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.newsdrift.config.ConfigException;
import org.newsdrift.config.SecretRedactor;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The entry point: {@code newsdrift <command>}; see {@code --help}. */
@Command(
        name = "newsdrift",
        mixinStandardHelpOptions = true,
        versionProvider = NewsDrift.Version.class,
        description = {
            "Turns archives of scraped news into reporting tables (Parquet): coverage and attention per period and "
                    + "source, distinctive terms and their trends, and LDA topics of the coverage of one subject (bundled: "
                    + "Russia-North Korea ties).",
            "",
            "Exit codes: 0 done, 1 the run failed, 2 bad arguments, config, input or output location."
        },
        subcommands = {NightlyCommand.class, BackfillCommand.class, RetrainCommand.class, CommandLine.HelpCommand.class
        })
public final class NewsDrift {
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        // Under spark-submit a non-zero exit must reach the caller; zero returns normally so Spark can shut down.
        if (code != 0) {
            System.exit(code);
        }
    }

    /** The configured command line; tests call {@code execute} on it to run the job in-process. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new NewsDrift());
        cli.setExecutionExceptionHandler((error, command, parseResult) -> {
            PrintWriter err = command.getErr();
            Throwable cause = error;
            while (!(cause instanceof ConfigException) && cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            if (cause instanceof ConfigException) {
                err.println("newsdrift: " + SecretRedactor.redactValue(cause.getMessage()));
                err.flush();
                return EXIT_USAGE;
            }
            // Messages name inputs and settings, and a URI can carry a key: print them masked, like the manifest.
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            err.println("newsdrift: the run failed: " + SecretRedactor.redactValue(String.valueOf(error)));
            err.print(SecretRedactor.redactValue(trace.toString()));
            err.flush();
            return EXIT_FAILED;
        });
        return cli;
    }

    /** Reads the version from the jar manifest, when there is one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = NewsDrift.class.getPackage().getImplementationVersion();
            return new String[] {"newsdrift " + (version == null ? "(development build)" : version)};
        }
    }
}
