package org.newsdrift.job;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsdrift.SparkTestSession;

/**
 * Runs {@code newsdrift nightly} in-process on input read through S3A from an S3 API on loopback (s3proxy,
 * filesystem backend), uploaded through that API; the S3A settings and keys exist only in this test's Hadoop
 * settings ({@code spark.hadoop.*} while the job runs), never in a config file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3NightlyTest {
    private static final String BUCKET = "newsdrift-news";
    private static final String RUN_DATE = "2024-11-12";
    private static final int KCNA_STORIES = 12;

    @AutoClose
    private S3TestBucket bucket;

    private Path output;
    private JobFixtures.Run run;
    private SparkSession spark;

    @BeforeAll
    void uploadInputsAndRunTheJobOnThem(@TempDir Path work) throws Exception {
        bucket = S3TestBucket.start(work.resolve("s3"), BUCKET);
        bucket.put("incoming/kcna.json", JobFixtures.bytes(JobFixtures.distinctKcnaStories(KCNA_STORIES)));
        bucket.put("incoming/2024/11/12/extra.jsonl.gz", gzip(extraLines()));
        // Markers and hidden objects in an input folder are not input.
        bucket.put("incoming/_SUCCESS", new byte[0]);
        bucket.put("incoming/.partial.jsonl", "{\"broken".getBytes(StandardCharsets.UTF_8));
        output = work.resolve("out");
        spark = SparkTestSession.get();
        try (SparkTestSession.SubmitSettings s3a = SparkTestSession.submitSettings(bucket.s3aSettings())) {
            // Four relevant articles: a term must be in at most two (lda.max_df_share 0.5), so lda.min_df is 1; they
            // are fewer than lda.min_documents, so the night fits no topic model and says so.
            run = JobFixtures.nightly(
                    "--config",
                    JobFixtures.smallConfig(work.resolve("job.json"), 1).toString(),
                    "--input",
                    bucket.uri("incoming"),
                    "--output",
                    output.toString(),
                    "--run-date",
                    RUN_DATE);
        }
    }

    @Test
    void everyRecordReadThroughS3IsAcceptedRejectedOrADuplicate() {
        assertThat(run.code()).as(run.err()).isZero();
        Row runRow = read("runs").first();
        assertThat(runRow.<String>getAs("status")).isEqualTo("succeeded");
        assertThat(runRow.<Long>getAs("records_read")).isEqualTo(KCNA_STORIES + 4);
        assertThat(runRow.<Long>getAs("accepted")).isEqualTo(KCNA_STORIES + 1);
        assertThat(runRow.<Long>getAs("rejected")).isEqualTo(2);
        assertThat(runRow.<Long>getAs("duplicates")).isEqualTo(1);
        assertThat(read("articles").filter(col("duplicate_of").isNull()).count())
                .isEqualTo(KCNA_STORIES + 1);
        assertThat(runRow.<String>getAs("model_version")).isNull();
        assertThat(runRow.<String>getAs("message")).contains("no topic model");
    }

    @Test
    void articlesAndRejectsNameTheObjectsTheyCameFrom() {
        assertThat(read("articles").select("input_file").distinct().collectAsList())
                .extracting(r -> r.getString(0))
                .containsExactlyInAnyOrder(
                        bucket.uri("incoming/kcna.json"), bucket.uri("incoming/2024/11/12/extra.jsonl.gz"));
        assertThat(read("rejects").collectAsList())
                .extracting(r -> r.<String>getAs("reason"))
                .containsExactlyInAnyOrder("malformed_json", "text_too_short");
        assertThat(run.out()).contains("records from 2 files");
    }

    private Dataset<Row> read(String table) {
        return spark.read().format("delta").load(output.resolve(table).toString());
    }

    /** A good news-please record, a cut-off line, a too-short body and a copy of the first from another outlet. */
    private static List<String> extraLines() {
        var good = JobFixtures.treatyRecord();
        return List.of(
                good.toString(),
                "{\"title\": \"cut off",
                good.deepCopy()
                        .put("maintext", "Too short.")
                        .put("url", "https://example.org/short")
                        .toString(),
                good.deepCopy()
                        .put("url", "https://copy.example/treaty")
                        .put("source_domain", "copy.example")
                        .toString());
    }

    private static byte[] gzip(List<String> lines) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
