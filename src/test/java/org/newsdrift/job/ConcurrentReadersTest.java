package org.newsdrift.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.delta.tables.DeltaTable;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsdrift.SparkTestSession;
import org.newsdrift.TestFiles;
import org.newsdrift.table.Tables;

/**
 * Readers in another process read every table in a loop while nights write them, on local disk and through S3A
 * (s3proxy): the second night of an output that holds the first. The first night runs once, unread, and its output is
 * copied to each target (Delta's log names its files relative to the table). Every read must succeed and return the
 * rows of one committed version of its table, never a missing table or a mix of two versions.
 *
 * <p>For a longer measurement: {@code -Dnewsdrift.readers.reruns=N} re-runs the second night N times locally and
 * N - 1 times through S3A (default 0), {@code -Dnewsdrift.readers.threads=T} reads with T threads (1), and
 * {@code -Dnewsdrift.readers.record-step=1} reads the whole sample instead of every 4th record.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentReadersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUCKET = "newsdrift-tables";

    /** Re-runs of the second night while the readers read (more reads for a longer measurement). */
    private static final int RERUNS = Integer.getInteger("newsdrift.readers.reruns", 0);
    /** Every how many records of the sample the nights read ({@code -Dnewsdrift.readers.record-step}, 4 by default). */
    private static final int RECORD_STEP = Integer.getInteger("newsdrift.readers.record-step", 4);
    /** Reader threads in the reader process. */
    private static final int THREADS = Integer.getInteger("newsdrift.readers.threads", 1);

    @AutoClose
    private S3TestBucket bucket;

    private final Map<String, List<String[]>> reads = new LinkedHashMap<>();
    private SparkSession spark;

    @BeforeAll
    void readWhileNightsWrite(@TempDir Path work) throws Exception {
        bucket = S3TestBucket.start(work.resolve("s3"), BUCKET);
        Path config = JobFixtures.configWithoutTopics(work.resolve("job.json"));
        Path first = Files.createDirectories(work.resolve("input-1"));
        Path both = Files.createDirectories(work.resolve("input-2"));
        writeSampleHalves(first, both);
        spark = SparkTestSession.get();
        Path firstNight = work.resolve("first-night");
        night(config, first, firstNight.toString(), "2024-09-01");

        reads.put("local", nightsWhileReading(work, "local", work.resolve("out").toString(), config, firstNight, both));
        reads.put("s3a", nightsWhileReading(work, "s3a", bucket.uri("out"), config, firstNight, both));
    }

    @Test
    void everyReadDuringTheNightsSucceedsOnLocalDiskAndThroughS3() {
        for (var target : reads.entrySet()) {
            List<String> failed = target.getValue().stream()
                    .filter(r -> r[1].startsWith("FAILED"))
                    .map(r -> r[0] + ": " + r[1])
                    .toList();
            System.out.printf(
                    "concurrent readers, %s: %d reads, %d failed%n",
                    target.getKey(), target.getValue().size(), failed.size());
            Map<String, Long> perTable = target.getValue().stream()
                    .collect(java.util.stream.Collectors.groupingBy(r -> r[0], java.util.stream.Collectors.counting()));
            assertThat(perTable)
                    .as(target.getKey() + " reads per table")
                    .hasSize(Tables.all().size())
                    .allSatisfy((table, n) -> assertThat(n).as(table).isGreaterThanOrEqualTo(2));
            assertThat(failed).as(target.getKey() + " failed reads").isEmpty();
        }
    }

    @Test
    void everyReadReturnsOneCommittedVersionOfItsTable() {
        for (var target : reads.entrySet()) {
            String root = target.getKey().equals("local") ? localRootPath.toString() : bucket.uri("out");
            Map<String, Set<String>> seen = new HashMap<>();
            for (String[] read : target.getValue()) {
                if (!read[1].startsWith("FAILED")) {
                    seen.computeIfAbsent(read[0], t -> new HashSet<>()).add(read[1]);
                }
            }
            List<String> partial = new ArrayList<>();
            seen.forEach((table, fingerprints) ->
                    uncommitted(root + "/" + table, fingerprints).forEach(f -> partial.add(table + " " + f)));
            long changed = seen.values().stream()
                    .filter(fingerprints -> fingerprints.size() > 1)
                    .count();
            System.out.printf(
                    "concurrent readers, %s: %d tables seen in more than one version, %d partial reads%n",
                    target.getKey(), changed, partial.size());
            assertThat(changed).as("tables a reader saw change while it read").isGreaterThan(3);
            assertThat(partial)
                    .as(target.getKey() + " reads matching no committed version")
                    .isEmpty();
        }
    }

    private Path localRootPath;

    /**
     * Of {@code fingerprints}, those that no version of the table has: versions are read from the latest back, until
     * every fingerprint is found or version 0 is read.
     */
    private Set<String> uncommitted(String table, Set<String> fingerprints) {
        Set<String> left = new HashSet<>(fingerprints);
        long latest = DeltaTable.forPath(spark, table).history(1).first().getLong(0);
        for (long v = latest; v >= 0 && !left.isEmpty(); v--) {
            left.remove(TableReadLoop.fingerprint(
                    spark.read().format("delta").option("versionAsOf", v).load(table)));
        }
        return left;
    }

    /**
     * Copies the first night's output to {@code output}, then starts the reader and runs the second night (and its
     * re-runs), then stops the reader; returns its reads, each {table, result}.
     */
    private List<String[]> nightsWhileReading(
            Path work, String name, String output, Path config, Path firstNight, Path both) throws Exception {
        if (name.equals("local")) {
            localRootPath = Path.of(output);
        }
        Map<String, String> settings = name.equals("s3a") ? bucket.s3aSettings() : Map.of();
        SparkTestSession.SubmitSettings applied = SparkTestSession.submitSettings(settings);
        try {
            copyOutput(firstNight, output);
            Path stop = work.resolve(name + ".stop");
            Path results = work.resolve(name + ".reads");
            Process reader = startReader(output, stop, results, settings, work.resolve(name + ".reader.log"));
            try {
                waitForReads(results, reader);
                night(config, both, output, "2024-10-01");
                // Through S3A, where each night is slower, one re-run fewer.
                for (int i = 0; i < (name.equals("local") ? RERUNS : RERUNS - 1); i++) {
                    night(config, both, output, "2024-10-01");
                }
            } finally {
                Files.writeString(stop, "");
                if (!reader.waitFor(120, TimeUnit.SECONDS)) {
                    reader.destroyForcibly();
                }
            }
            assertThat(reader.exitValue())
                    .as("the reader's exit code (" + work.resolve(name + ".reader.log") + ")")
                    .isZero();
            return Files.readAllLines(results).stream()
                    .filter(l -> l.contains("\t"))
                    .map(l -> l.split("\t", 2))
                    .toList();
        } finally {
            applied.close();
        }
    }

    /** Copies a finished output to {@code output}, on the file system its URI names (settings as applied now). */
    private void copyOutput(Path from, String output) throws Exception {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        org.apache.hadoop.fs.Path to = new org.apache.hadoop.fs.Path(output);
        FileSystem local = FileSystem.getLocal(hadoop);
        assertThat(FileUtil.copy(
                        local,
                        new org.apache.hadoop.fs.Path(from.toUri()),
                        to.getFileSystem(hadoop),
                        to,
                        false,
                        hadoop))
                .as("copied " + from + " to " + output)
                .isTrue();
    }

    private static void night(Path config, Path input, String output, String runDate) {
        JobFixtures.Run run = JobFixtures.nightly(
                "--config", config.toString(), "--input", input.toString(), "--output", output, "--run-date", runDate);
        assertThat(run.code()).as(run.err()).isZero();
    }

    private static Process startReader(String output, Path stop, Path results, Map<String, String> settings, Path log)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!arg.startsWith("-Xmx") && !arg.startsWith("-agentlib") && !arg.startsWith("-javaagent")) {
                command.add(arg);
            }
        }
        command.add("-Xmx1g");
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add(TableReadLoop.class.getName());
        command.add(output);
        command.add(stop.toString());
        command.add(results.toString());
        command.add(String.valueOf(THREADS));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /** Waits until the reader has read every table once, so that the nights start with it reading. */
    private static void waitForReads(Path results, Process reader) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline && reader.isAlive()) {
            if (Files.exists(results)
                    && Files.readAllLines(results).size() >= Tables.all().size()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the reader read nothing within 180 s (alive: " + reader.isAlive() + ")");
    }

    /**
     * Records of the bundled sample (every {@link #RECORD_STEP}th, to keep the nights short) in two dumps: the first
     * night reads the first, the second night both.
     */
    private static void writeSampleHalves(Path first, Path both) throws Exception {
        ArrayNode early = JSON.createArrayNode();
        ArrayNode late = JSON.createArrayNode();
        int i = 0;
        for (JsonNode record : JSON.readTree(TestFiles.sample().toFile())) {
            if (i++ % RECORD_STEP == 0) {
                (record.path("date_str").asText().compareTo("2024-09-01") < 0 ? early : late).add(record);
            }
        }
        JSON.writeValue(first.resolve("kcna-early.json").toFile(), early);
        JSON.writeValue(both.resolve("kcna-early.json").toFile(), early);
        JSON.writeValue(both.resolve("kcna-late.json").toFile(), late);
    }
}
