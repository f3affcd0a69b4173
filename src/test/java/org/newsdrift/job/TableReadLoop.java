package org.newsdrift.job;

import static org.apache.spark.sql.functions.bit_xor;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.xxhash64;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.newsdrift.table.DeltaSettings;
import org.newsdrift.table.TableSpec;
import org.newsdrift.table.Tables;

/**
 * Readers of the output tables in a process of their own, as analysts' notebooks would be while a night runs: each
 * of THREADS threads reads every table in turn until a stop file appears, and writes one line per read,
 * {@code table TAB fingerprint} or {@code table TAB FAILED message}. A fingerprint is the rows' count and the XOR of their hashes, the same for the
 * same rows read from any version that holds them.
 *
 * <p>Arguments: OUTPUT_ROOT STOP_FILE RESULT_FILE THREADS. Hadoop settings (S3A) come as {@code spark.hadoop.*} system
 * properties.
 */
public final class TableReadLoop {
    private TableReadLoop() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        String root = args[0];
        Path stop = Path.of(args[1]);
        SparkSession spark = SparkSession.builder()
                .appName("table read loop")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .master("local[2]")
                .config("spark.sql.shuffle.partitions", "1")
                .config("spark.sql.extensions", DeltaSettings.EXTENSION)
                .config("spark.sql.catalog.spark_catalog", DeltaSettings.CATALOG)
                .getOrCreate();
        int threads = Integer.parseInt(args[3]);
        List<TableSpec> tables = Tables.all();
        try (PrintWriter out =
                new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8), true)) {
            List<Thread> readers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * tables.size() / threads;
                Thread reader = new Thread(
                        () -> {
                            for (int i = offset; !Files.exists(stop); i++) {
                                String table = tables.get(i % tables.size()).name();
                                String result;
                                try {
                                    result = fingerprint(
                                            spark.read().format("delta").load(root + "/" + table));
                                } catch (RuntimeException e) {
                                    result = "FAILED "
                                            + String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
                                }
                                synchronized (out) {
                                    out.println(table + "\t" + result);
                                }
                            }
                        },
                        "reader-" + t);
                reader.start();
                readers.add(reader);
            }
            for (Thread reader : readers) {
                reader.join();
            }
        }
        spark.stop();
    }

    /** The count and the XOR of the row hashes of {@code rows}. */
    static String fingerprint(Dataset<Row> rows) {
        Column[] all = Arrays.stream(rows.columns()).map(functions::col).toArray(Column[]::new);
        Row r = rows.agg(count(lit(1)), bit_xor(xxhash64(all))).first();
        return r.getLong(0) + ":" + (r.isNullAt(1) ? 0 : r.getLong(1));
    }
}
