package org.newsdrift.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.clustering.LocalLDAModel;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsdrift.table.JobDescription;
import org.newsdrift.table.RowBuilder;

/**
 * Saved topic model versions under {@code <output>/_models/}: one folder per version with the vectorizer, the LDA
 * model, {@code metadata.json} and, for a Gibbs version, {@link InferencerFile#NAME} (what MALLET's inferencer
 * needs to score articles), and {@code current}, a one-row Delta table naming the version nightly runs score with.
 * A version folder is complete before {@code current} names it, and naming it is one Delta commit, so a run that
 * dies while saving leaves the old one current. (Outputs of older builds name it in a {@code CURRENT} file, read
 * until the first new version is made current.)
 *
 * <p>{@code current} answers "which version does the next run score with", and only the job asks it. Readers of the
 * tables (the report, the notebooks) ask "which version were the tables I read written with", and the latest
 * succeeded row of {@code runs} answers that. The two differ only after a run that made a new version current and
 * then failed. Until a run succeeds, readers then show the older version's topics, and {@code topic_trends}, which
 * each run replaces whole, may already hold the newer version's rows only.
 */
public final class ModelStore {
    /** The one-row Delta table under {@code _models} naming the current version. */
    public static final String POINTER = "current";
    /** The pointer table's columns: the current version and when it was made current. */
    private static final String VERSION = "version";

    private static final String MADE_CURRENT_AT = "made_current_at";

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final SparkSession spark;
    private final Path root;

    public ModelStore(SparkSession spark, String output) {
        this.spark = spark;
        this.root = new Path(output, "_models");
    }

    /** A loaded version: its models and metadata, and its inferencer when its metadata names that scorer. */
    public record Saved(
            ModelMetadata metadata,
            CountVectorizerModel vectorizer,
            LocalLDAModel lda,
            Optional<InferencerCounts> inferencer) {}

    /** The version nightly runs score with, if any was saved. */
    public Optional<Saved> current() {
        return currentVersion().map(this::load);
    }

    /** The name of the version nightly runs score with, if any was made current. */
    public Optional<String> currentVersion() {
        Path pointer = new Path(root, POINTER);
        Path legacy = new Path(root, "CURRENT");
        try {
            FileSystem fs = fs();
            if (fs.exists(new Path(pointer, "_delta_log"))) {
                List<Row> rows = spark.read()
                        .format("delta")
                        .load(pointer.toString())
                        .select(VERSION)
                        .collectAsList();
                if (rows.size() != 1) {
                    throw new IllegalStateException("Cannot read the current topic model: " + pointer + " holds "
                            + rows.size() + " rows instead of one");
                }
                return Optional.of(rows.get(0).getString(0));
            }
            if (!fs.exists(legacy)) {
                return Optional.empty();
            }
            try (InputStream in = fs.open(legacy)) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the current topic model (" + pointer + ")", e);
        }
    }

    public Saved load(String version) {
        Path dir = new Path(root, version);
        try (InputStream in = fs().open(new Path(dir, "metadata.json"))) {
            ModelMetadata metadata = JSON.readValue(in, ModelMetadata.class);
            CountVectorizerModel vectorizer = CountVectorizerModel.load(new Path(dir, "vectorizer").toString());
            Optional<InferencerCounts> inferencer = metadata.scoresWithInferencer()
                    ? Optional.of(readInferencer(version, new Path(dir, InferencerFile.NAME), vectorizer.vocabulary()))
                    : Optional.empty();
            return new Saved(metadata, vectorizer, LocalLDAModel.load(new Path(dir, "lda").toString()), inferencer);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load topic model version " + version + " (" + dir + ")", e);
        }
    }

    private InferencerCounts readInferencer(String version, Path file, String[] vocabulary) throws IOException {
        FileSystem fs = fs();
        if (!fs.exists(file)) {
            throw new IllegalStateException("Cannot load topic model version " + version
                    + ": its metadata says it scores "
                    + "with MALLET's inferencer but the inferencer file is missing; refit with retrain (" + file + ")");
        }
        InferencerCounts counts;
        try (InputStream in = fs.open(file)) {
            counts = InferencerFile.read(in, file.toString());
        } catch (IOException e) {
            // Hadoop's own checksum of a local file fails here too, before the file's checksum is read.
            throw new UncheckedIOException(
                    "Cannot load topic model version " + version + ": its inferencer file cannot " + "be read ("
                            + e.getMessage() + "); refit with retrain if it is damaged (" + file + ")",
                    e);
        }
        if (!java.util.Arrays.equals(counts.terms(), vocabulary)) {
            throw new InferencerFile.CorruptInferencerException("Cannot load topic model version " + version + ": the "
                    + "inferencer's " + counts.vocabulary() + " terms are not the vectorizer's " + vocabulary.length
                    + " terms in the same order; refit with retrain (" + file + ")");
        }
        return counts;
    }

    /**
     * Saves a version's models, inferencer (when its metadata names that scorer) and metadata; overwrites a
     * half-saved folder of the same version.
     */
    public void save(
            ModelMetadata metadata,
            CountVectorizerModel vectorizer,
            LocalLDAModel lda,
            Optional<InferencerCounts> inferencer) {
        if (metadata.scoresWithInferencer() != inferencer.isPresent()) {
            throw new IllegalArgumentException(
                    "Cannot save topic model version " + metadata.version() + ": its scorer is " + metadata.scorer()
                            + " but an inferencer was " + (inferencer.isPresent() ? "" : "not ") + "given");
        }
        Path dir = new Path(root, metadata.version());
        try {
            vectorizer.write().overwrite().save(new Path(dir, "vectorizer").toString());
            lda.write().overwrite().save(new Path(dir, "lda").toString());
            if (inferencer.isPresent()) {
                write(new Path(dir, InferencerFile.NAME), InferencerFile.bytes(inferencer.get()));
            }
            write(
                    new Path(dir, "metadata.json"),
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(metadata));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot save topic model version " + metadata.version() + " (" + dir + ")", e);
        }
    }

    /** Makes {@code version} the one nightly runs score with: one commit that overwrites the pointer's row. */
    public void makeCurrent(String version) {
        Path pointer = new Path(root, POINTER);
        StructType schema = new StructType()
                .add(VERSION, DataTypes.StringType, false)
                .add(MADE_CURRENT_AT, DataTypes.TimestampType, false);
        try (JobDescription job = JobDescription.of(spark, "make topic model " + version + " current")) {
            spark.createDataFrame(
                            List.of(RowBuilder.of(schema)
                                    .set(VERSION, version)
                                    .set(MADE_CURRENT_AT, Timestamp.from(Instant.now()))
                                    .build()),
                            schema)
                    .coalesce(1)
                    .write()
                    .format("delta")
                    .mode(SaveMode.Overwrite)
                    .option("partitionOverwriteMode", "static")
                    .save(pointer.toString());
        }
    }

    private void write(Path file, byte[] bytes) throws IOException {
        try (OutputStream out = fs().create(file, true)) {
            out.write(bytes);
        }
    }

    private FileSystem fs() throws IOException {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        return root.getFileSystem(conf);
    }
}
