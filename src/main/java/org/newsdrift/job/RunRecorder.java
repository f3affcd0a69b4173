package org.newsdrift.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructType;
import org.newsdrift.config.SecretRedactor;
import org.newsdrift.model.TopicModelUpdateResult;
import org.newsdrift.table.Columns;
import org.newsdrift.table.RowBuilder;
import org.newsdrift.table.TableWriter;
import org.newsdrift.table.Tables;
import scala.Tuple2;

/**
 * Writes the run manifest: a {@code runs} row, then {@code _manifests/<run_date>/<run_id>.json} beside the tables.
 * Both come last, so a manifest with status succeeded means every table of the run was written. Neither holds a
 * credential: the config, the Spark and Hadoop settings, URIs and messages pass through {@link SecretRedactor}.
 */
final class RunRecorder {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The fields of one element of the {@code steps} column. */
    private static final String STEP = "step";

    private static final String SECONDS = "seconds";
    private static final String ROWS = "rows";
    private static final StructType STEP_SCHEMA = (StructType)
            ((ArrayType) Tables.spec(Tables.RUNS).schema().apply(Columns.STEPS).dataType()).elementType();

    private final SparkSession spark;
    private final RunContext run;
    private final TableWriter tables;
    private final StepLog steps;

    RunRecorder(SparkSession spark, RunContext run, StepLog steps) {
        this.spark = spark;
        this.run = run;
        this.steps = steps;
        this.tables = new TableWriter(run.output());
    }

    void succeeded(NightlyResult result) {
        record(
                RunStatus.SUCCEEDED,
                result.counts(),
                result.topics(),
                result.topics().note(),
                Set.copyOf(result.read()));
    }

    void failed(Throwable error) {
        record(RunStatus.FAILED, null, null, error.getClass().getSimpleName() + ": " + error.getMessage(), null);
    }

    /** Records the run; {@code read} holds the input URIs it read, or is null when that is not known (a failure). */
    private void record(
            RunStatus status, RunCounts counts, TopicModelUpdateResult topics, String rawMessage, Set<String> read) {
        String modelVersion = topics == null ? null : topics.modelVersion();
        Instant finished = Instant.now();
        JsonNode config = redactedConfig();
        String configJson = config.toString();
        String message = SecretRedactor.redactValue(rawMessage);
        List<StepLog.Step> done = steps.steps();
        List<Row> stepRows = done.stream()
                .map(s -> RowBuilder.of(STEP_SCHEMA)
                        .set(STEP, s.name())
                        .set(SECONDS, s.seconds())
                        .set(ROWS, s.rows())
                        .build())
                .toList();
        Row row = RowBuilder.of(Tables.RUNS)
                .set(Columns.RUN_ID, run.runId())
                .set(Columns.RUN_DATE, Date.valueOf(run.runDate()))
                .set(Columns.COMMAND, run.command())
                .set(Columns.STARTED_AT, Timestamp.from(run.startedAt()))
                .set(Columns.FINISHED_AT, Timestamp.from(finished))
                .set(Columns.STATUS, status.value())
                .set(Columns.INPUT_FILES, run.inputs().size())
                .set(Columns.RECORDS_READ, counts == null ? null : counts.recordsRead())
                .set(Columns.ACCEPTED, counts == null ? null : counts.accepted())
                .set(Columns.REJECTED, counts == null ? null : counts.rejected())
                .set(Columns.DUPLICATES, counts == null ? null : counts.duplicates())
                .set(Columns.RELEVANT, counts == null ? null : counts.relevant())
                .set(Columns.MODEL_VERSION, modelVersion)
                .set(
                        Columns.MODEL_ACTION,
                        topics == null ? null : topics.action().toString())
                .set(Columns.MODEL_REASON, topics == null ? null : topics.reason())
                .set(Columns.OOV_RATE, topics == null ? null : topics.oovRate())
                .set(Columns.PERPLEXITY_RATIO, topics == null ? null : topics.perplexityRatio())
                .set(Columns.STEPS, stepRows)
                .set(Columns.CONFIG_JSON, configJson)
                .set(Columns.MESSAGE, message)
                .build();
        tables.append(
                Tables.RUNS,
                spark.createDataFrame(List.of(row), Tables.spec(Tables.RUNS).schema()));

        ObjectNode manifest = JSON.createObjectNode()
                .put("run_id", run.runId())
                .put("run_date", run.runDate().toString())
                .put("command", run.command())
                .put("started_at", run.startedAt().toString())
                .put("finished_at", finished.toString())
                .put("status", status.value())
                .put("output", SecretRedactor.redactValue(run.output()))
                .put("model_version", modelVersion)
                .put("model_action", topics == null ? null : topics.action().toString())
                .put("model_reason", topics == null ? null : topics.reason())
                .put("message", message);
        manifest.putArray("steps")
                .addAll(done.stream()
                        .map(s -> JSON.createObjectNode()
                                .put(STEP, s.name())
                                .put(SECONDS, s.seconds())
                                .put(ROWS, s.rows()))
                        .toList());
        manifest.putArray("inputs")
                .addAll(run.inputs().stream()
                        .map(f -> JSON.createObjectNode()
                                .put("uri", SecretRedactor.redactValue(f.uri()))
                                .put("size", f.size())
                                .put(
                                        "modification_time",
                                        Instant.ofEpochMilli(f.modificationTime())
                                                .toString())
                                .put("read", read == null ? null : read.contains(f.uri())))
                        .toList());
        if (counts != null) {
            manifest.putObject("counts")
                    .put("records_read", counts.recordsRead())
                    .put("accepted", counts.accepted())
                    .put("rejected", counts.rejected())
                    .put("duplicates", counts.duplicates())
                    .put("relevant", counts.relevant());
        }
        manifest.set(
                "tables",
                JSON.valueToTree(Tables.all().stream()
                        .map(t -> SecretRedactor.redactValue(tables.location(t.name())))
                        .toList()));
        manifest.set("config", config);
        manifest.set("spark_conf", JSON.valueToTree(SecretRedactor.redact(sparkConf())));
        Path file = new Path(run.output() + "/_manifests/" + run.runDate() + "/" + run.runId() + ".json");
        try {
            FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
            try (OutputStream out = fs.create(file, true)) {
                out.write(JSON.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(manifest)
                        .getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write run manifest (" + file + ")", e);
        }
    }

    /** The job config as loaded, compact, with every secret-looking value masked. */
    private JsonNode redactedConfig() {
        String json = run.config().configJson();
        try {
            return SecretRedactor.redact(JSON.readTree(json));
        } catch (IOException e) {
            // Unreachable for a config that loaded; kept total so recording a run never fails on it.
            return JsonNodeFactory.instance.textNode(SecretRedactor.redactValue(json));
        }
    }

    /** The Spark settings of the session, {@code spark.hadoop.*} passed through to Hadoop included. */
    private Map<String, String> sparkConf() {
        Map<String, String> conf = new HashMap<>();
        for (Tuple2<String, String> setting : spark.sparkContext().getConf().getAll()) {
            conf.put(setting._1(), setting._2());
        }
        return conf;
    }
}
