package org.newsdrift.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.newsdrift.table.TableWriter;
import org.newsdrift.table.Tables;

/**
 * Writes the run manifest: a {@code runs} row, then {@code _manifests/<run_date>/<run_id>.json} beside the tables.
 * Both come last, so a manifest with status succeeded means every table of the run was written.
 */
final class RunRecorder {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SparkSession spark;
  private final RunContext run;
  private final TableWriter tables;

  RunRecorder(SparkSession spark, RunContext run) {
    this.spark = spark;
    this.run = run;
    this.tables = new TableWriter(run.output());
  }

  void succeeded(NightlyResult result) {
    record("succeeded", result.counts(), result.topics(), result.topics().note());
  }

  void failed(Throwable error) {
    record("failed", null, null, error.getClass().getSimpleName() + ": " + error.getMessage());
  }

  private void record(String status, RunCounts counts, TopicModels.Outcome topics, String message) {
    String modelVersion = topics == null ? null : topics.modelVersion();
    Instant finished = Instant.now();
    String configJson = compact(run.config().configJson());
    Row row = RowFactory.create(run.runId(), Date.valueOf(run.runDate()), run.command(),
        Timestamp.from(run.startedAt()), Timestamp.from(finished), status, run.inputs().size(),
        counts == null ? null : counts.recordsRead(), counts == null ? null : counts.accepted(),
        counts == null ? null : counts.rejected(), counts == null ? null : counts.duplicates(),
        counts == null ? null : counts.relevant(), modelVersion, topics == null ? null : topics.action(),
        topics == null ? null : topics.reason(), topics == null ? null : topics.oovRate(),
        topics == null ? null : topics.perplexityRatio(), configJson, message);
    tables.append(Tables.RUNS, spark.createDataFrame(List.of(row), Tables.spec(Tables.RUNS).schema()));

    ObjectNode manifest = JSON.createObjectNode()
        .put("run_id", run.runId())
        .put("run_date", run.runDate().toString())
        .put("command", run.command())
        .put("started_at", run.startedAt().toString())
        .put("finished_at", finished.toString())
        .put("status", status)
        .put("output", run.output())
        .put("model_version", modelVersion)
        .put("model_action", topics == null ? null : topics.action())
        .put("model_reason", topics == null ? null : topics.reason())
        .put("message", message);
    manifest.putArray("inputs").addAll(run.inputs().stream()
        .map(f -> JSON.createObjectNode().put("uri", f.uri()).put("size", f.size())
            .put("modification_time", Instant.ofEpochMilli(f.modificationTime()).toString()))
        .toList());
    if (counts != null) {
      manifest.putObject("counts")
          .put("records_read", counts.recordsRead())
          .put("accepted", counts.accepted())
          .put("rejected", counts.rejected())
          .put("duplicates", counts.duplicates())
          .put("relevant", counts.relevant());
    }
    manifest.put("tables", JSON.valueToTree(Tables.all().stream().map(t -> tables.location(t.name())).toList()));
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

  private static String compact(String json) {
    try {
      return JSON.readTree(json).toString();
    } catch (IOException e) {
      return json;
    }
  }
}
