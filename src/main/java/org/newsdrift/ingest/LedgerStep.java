package org.newsdrift.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;
import org.newsdrift.table.JobDescription;

/** Computes the SHA-256 of input files in parallel, each streamed from its Hadoop file system. */
public final class LedgerStep {
    private LedgerStep() {}

    /** @return checksum (hex) by URI */
    public static Map<String, String> checksums(SparkSession spark, List<InputFile> files) {
        Map<String, String> out = new HashMap<>();
        if (files.isEmpty()) {
            return out;
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<SerializableConfiguration> conf =
                jsc.broadcast(new SerializableConfiguration(spark.sparkContext().hadoopConfiguration()));
        List<String> uris = files.stream().map(InputFile::uri).toList();
        int slices = Math.max(1, Math.min(uris.size(), jsc.defaultParallelism() * 2));
        try (JobDescription job = JobDescription.of(spark, "ledger: checksums of " + files.size() + " input files")) {
            for (String line : jsc.parallelize(uris, slices)
                    .map(uri -> uri + "\t" + sha256(uri, conf.value()))
                    .collect()) {
                int tab = line.lastIndexOf('\t');
                out.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return out;
    }

    private static String sha256(String uri, SerializableConfiguration conf) {
        Path path = new Path(uri);
        try (InputStream in =
                FileRecordSource.inputFileSystem(path, conf.value()).open(path)) {
            return Sha256.hex(in);
        } catch (IOException | RuntimeException e) {
            // Unreadable now: marked so the file counts as changed and is read, where the reader rejects it with a
            // reason.
            return "unreadable";
        }
    }
}
