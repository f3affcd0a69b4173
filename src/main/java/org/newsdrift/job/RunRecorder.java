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
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.newsdrift.config.SecretRedactor;
import org.newsdrift.model.TopicModelUpdateResult;
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
    record("succeeded", result.counts(), result.topics(), result.topics().note(), Set.copyOf(result.read()));
  }

  void failed(Throwable error) {
    record("failed", null, null, error.getClass().getSimpleName() + ": " + error.getMessage(), null);
  }

  /** Records the run; {@code read} holds the input URIs it read, or is null when that is not known (a failure). */
  private void record(String status, RunCounts counts, TopicModelUpdateResult topics, String rawMessage,
      Set<String> read) {
    String modelVersion = topics == null ? null : topics.modelVersion();
    Instant finished = Instant.now();
    JsonNode config = redactedConfig();
    String configJson = config.toString();
    String message = SecretRedactor.redactValue(rawMessage);
    List<StepLog.Step> done = steps.steps();
    List<Row> stepRows = done.stream().map(s -> RowFactory.create(s.name(), s.seconds(), s.rows())).toList();
    Row row = RowFactory.create(run.runId(), Date.valueOf(run.runDate()), run.command(),
        Timestamp.from(run.startedAt()), Timestamp.from(finished), status, run.inputs().size(),
        counts == null ? null : counts.recordsRead(), counts == null ? null : counts.accepted(),
        counts == null ? null : counts.rejected(), counts == null ? null : counts.duplicates(),
        counts == null ? null : counts.relevant(), modelVersion, topics == null ? null : topics.action().toString(),
        topics == null ? null : topics.reason(), topics == null ? null : topics.oovRate(),
        topics == null ? null : topics.perplexityRatio(), stepRows, configJson, message);
    tables.append(Tables.RUNS, spark.createDataFrame(List.of(row), Tables.spec(Tables.RUNS).schema()));

    ObjectNode manifest = JSON.createObjectNode()
        .put("run_id", run.runId())
        .put("run_date", run.runDate().toString())
        .put("command", run.command())
        .put("started_at", run.startedAt().toString())
        .put("finished_at", finished.toString())
        .put("status", status)
        .put("output", SecretRedactor.redactValue(run.output()))
        .put("model_version", modelVersion)
        .put("model_action", topics == null ? null : topics.action().toString())
        .put("model_reason", topics == null ? null : topics.reason())
        .put("message", message);
    manifest.putArray("steps").addAll(done.stream()
        .map(s -> JSON.createObjectNode().put("step", s.name()).put("seconds", s.seconds()).put("rows", s.rows()))
        .toList());
    manifest.putArray("inputs").addAll(run.inputs().stream()
        .map(f -> JSON.createObjectNode().put("uri", SecretRedactor.redactValue(f.uri())).put("size", f.size())
            .put("modification_time", Instant.ofEpochMilli(f.modificationTime()).toString())
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
    manifest.set("tables", JSON.valueToTree(Tables.all().stream()
        .map(t -> SecretRedactor.redactValue(tables.location(t.name()))).toList()));
    manifest.set("config", config);
    manifest.set("spark_conf", JSON.valueToTree(SecretRedactor.redact(sparkConf())));
    Path file = new Path(run.output() + "/_manifests/" + run.runDate() + "/" + run.runId() + ".json");
    try {
      FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (OutputStream out = fs.create(file, true)) {
        out.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest).getBytes(StandardCharsets.UTF_8));
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
