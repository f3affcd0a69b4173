package org.newsdrift.job;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsdrift.SparkTestSession;
import org.newsdrift.table.TableSpec;
import org.newsdrift.table.Tables;

/**
 * Runs {@code newsdrift nightly} in-process against a real HDFS on loopback (MiniDFSCluster, one datanode):
 * the input is read from, and every table and the manifest written to, {@code hdfs://127.0.0.1:<port>/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HdfsNightlyTest {
    private static final String RUN_DATE = "2024-11-12";

    private MiniDFSCluster cluster;
    private FileSystem hdfs;
    private String root;
    private int records;
    private JobFixtures.Run run;
    private SparkSession spark;

    @BeforeAll
    void runTheJobFromHdfsToHdfs(@TempDir Path work) throws Exception {
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, work.resolve("hdfs").toString());
        cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
        cluster.waitActive();
        root = "hdfs://127.0.0.1:" + cluster.getNameNodePort();
        hdfs = FileSystem.get(URI.create(root), conf);
        spark = SparkTestSession.get();

        var october = JobFixtures.kcnaRecords(r -> r.path("date_str").asText().startsWith("2024-10"));
        records = october.size();
        Path local = Files.write(work.resolve("kcna-october.json"), JobFixtures.bytes(october));
        hdfs.copyFromLocalFile(
                new org.apache.hadoop.fs.Path(local.toUri()),
                new org.apache.hadoop.fs.Path(root + "/news/incoming/" + RUN_DATE + "/kcna-october.json"));

        run = JobFixtures.nightly(
                "--config",
                JobFixtures.smallConfig(work.resolve("job.json")).toString(),
                "--input",
                root + "/news/incoming",
                "--output",
                root + "/newsdrift",
                "--run-date",
                RUN_DATE);
    }

    @AfterAll
    void stopHdfs() {
        if (cluster != null) {
            cluster.shutdown();
        }
    }

    @Test
    void theRunSucceedsAndAccountsForEveryRecordItReadFromHdfs() {
        assertThat(run.code()).as(run.err()).isZero();
        Row runRow = read("runs").first();
        assertThat(read("runs").count()).isEqualTo(1);
        assertThat(runRow.<String>getAs("status")).isEqualTo("succeeded");
        long accepted = runRow.getAs("accepted");
        long rejected = runRow.getAs("rejected");
        assertThat(runRow.<Long>getAs("records_read"))
                .isEqualTo(records)
                .isEqualTo(accepted + rejected + runRow.<Long>getAs("duplicates"));
        assertThat(accepted).isPositive();
        assertThat(read("articles").filter(col("duplicate_of").isNull()).count())
                .isEqualTo(accepted);
        assertThat(read("rejects").count()).isEqualTo(rejected);
    }

    @Test
    void everyTableAndTheManifestAreOnHdfs() throws Exception {
        for (TableSpec spec : Tables.all()) {
            assertThat(hdfs.exists(new org.apache.hadoop.fs.Path(root + "/newsdrift/" + spec.name())))
                    .as(spec.name())
                    .isTrue();
        }
        FileStatus[] manifests =
                hdfs.listStatus(new org.apache.hadoop.fs.Path(root + "/newsdrift/_manifests/" + RUN_DATE));
        assertThat(manifests).hasSize(1);
        assertThat(manifests[0].getPath().getName()).endsWith(".json");
        assertThat(read("topics").count()).isEqualTo(4);
    }

    @Test
    void articlesNameTheHdfsFileTheyCameFrom() {
        assertThat(read("articles").select("input_file").distinct().collectAsList())
                .extracting(r -> r.getString(0))
                .containsExactly(root + "/news/incoming/" + RUN_DATE + "/kcna-october.json");
        assertThat(run.out()).contains(root + "/newsdrift");
    }

    private Dataset<Row> read(String table) {
        return spark.read().format("delta").load(root + "/newsdrift/" + table);
    }
}
