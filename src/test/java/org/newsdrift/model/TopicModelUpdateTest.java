package org.newsdrift.model;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdrift.SparkTestSession;
import org.newsdrift.TestFiles;
import org.newsdrift.config.ConfigLoader;
import org.newsdrift.config.RunConfig;
import org.newsdrift.table.Columns;
import org.newsdrift.table.TableWriter;
import org.newsdrift.table.Tables;

/** The topic model update on a small corpus of three themes: a first night fits, an unchanged night keeps it. */
class TopicModelUpdateTest {
    private static final LocalDate NIGHT = LocalDate.of(2024, 11, 12);
    private static SparkSession spark;
    private static RunConfig config;
    private static Dataset<Row> corpus;
    private static Dataset<Row> texts;
    private static Path fitted;
    private static TopicModelUpdateResult first;

    /** Fits once for the class: a first night into {@code fitted}, the output the other nights start from. */
    @BeforeAll
    static void startSparkAndFit(@TempDir Path configDir, @TempDir Path output) throws IOException {
        spark = SparkTestSession.get();
        config = smallConfig(configDir);
        corpus = TopicCorpus.of(spark, 20, List.of(TopicCorpus.MILITARY, TopicCorpus.FARMING, TopicCorpus.TRADE))
                .withColumn(Columns.RELEVANT, lit(true))
                .withColumn(Columns.RUN_DATE, lit(Date.valueOf(NIGHT)));
        texts = corpus.select(
                col(Columns.ARTICLE_ID),
                lit("Report").as(Columns.TITLE),
                org.apache
                        .spark
                        .sql
                        .functions
                        .concat_ws(" ", col(Columns.TERMS))
                        .as(Columns.TEXT),
                lit("en").as(Columns.LANGUAGE));
        fitted = output;
        first = update(fitted.toString(), corpus).execute();
    }

    /** The default config with three topics, few sweeps and a low minimum of training articles. */
    private static RunConfig smallConfig(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Path defaults = TestFiles.defaultConfig();
        ObjectNode root = (ObjectNode) json.readTree(defaults.toFile());
        root.put(
                "subject_file",
                defaults.getParent().resolve(root.get("subject_file").asText()).toString());
        ObjectNode lda = (ObjectNode) root.get("lda");
        lda.put("k", 3).put("max_iterations", 100).put("min_documents", 10);
        Path file = dir.resolve("small.json");
        Files.writeString(file, json.writeValueAsString(root));
        return ConfigLoader.load(file);
    }

    private static TopicModelUpdate update(String output, Dataset<Row> articles) {
        return new TopicModelUpdate(spark, config, new TableWriter(output), new ModelStore(spark, output))
                .run("run-1", NIGHT, "analyzer-1")
                .articles(articles, texts);
    }

    @Test
    void aFirstRunFitsAndPublishesAVersion() {
        TopicModelUpdateResult result = first;
        Path output = fitted;

        assertThat(result.hasModel()).isTrue();
        assertThat(result.action()).isEqualTo(ModelAction.FITTED);
        assertThat(result.action()).hasToString("fitted");
        assertThat(result.reason()).isEqualTo("no_model");
        assertThat(result.documents()).isEqualTo(60);
        assertThat(result.lineage()).isNotNull();
        assertThat(new ModelStore(spark, output.toString()).currentVersion()).contains(result.modelVersion());
        TableWriter tables = new TableWriter(output.toString());
        assertThat(tables.read(spark, Tables.TOPICS)
                        .filter(col(Columns.MODEL_VERSION).equalTo(result.modelVersion()))
                        .count())
                .isEqualTo(3);
        assertThat(tables.read(spark, Tables.TOPIC_LINEAGE).count()).isEqualTo(3);
        assertThat(tables.read(spark, Tables.DOC_TOPICS).count()).isEqualTo(60);
    }

    @Test
    void anUnchangedCorpusKeepsTheModel() {
        TopicModelUpdateResult second = update(fitted.toString(), corpus).execute();

        assertThat(second.action()).isEqualTo(ModelAction.SCORED);
        assertThat(second.modelVersion()).isEqualTo(first.modelVersion());
        assertThat(second.reason()).isNull();
        assertThat(second.oovRate()).isEqualTo(0.0);
        assertThat(second.lineage()).isNull();
        assertThat(second.documents()).isEqualTo(60);
    }

    @Test
    void aRequestedColdFitOfTheSameArticlesAndSeedIsTheSameVersionAgain() {
        TopicModelUpdateResult again = update(fitted.toString(), corpus)
                .onDemand(config.job().lda().seed())
                .coldStart()
                .execute();

        assertThat(again.action()).isEqualTo(ModelAction.FITTED);
        assertThat(again.reason()).isEqualTo("requested");
        assertThat(again.modelVersion()).isEqualTo(first.modelVersion());
        assertThat(again.lineage()).isEqualTo("the same version again: topics unchanged");
    }

    @Test
    void anEmptyCorpusHasNoModelAndSaysWhy(@TempDir Path output) {
        TopicModelUpdateResult result =
                update(output.toString(), corpus.limit(0)).execute();

        assertThat(result.hasModel()).isFalse();
        assertThat(result.action()).isEqualTo(ModelAction.NONE);
        assertThat(result.documents()).isZero();
        assertThat(result.reason()).isEqualTo("no_model");
        assertThat(result.note()).startsWith("no topic model: fewer than lda.min_documents (10)");
        assertThat(result).isEqualTo(TopicModelUpdateResult.notFitted(null, "no_model", result.note()));
    }

    @Test
    void emptyHasNoModelAndNothingToSay() {
        assertThat(TopicModelUpdateResult.EMPTY.hasModel()).isFalse();
        assertThat(TopicModelUpdateResult.EMPTY.action()).hasToString("none");
        assertThat(TopicModelUpdateResult.EMPTY.reason()).isNull();
        assertThat(TopicModelUpdateResult.EMPTY.note()).isNull();
    }

    @Test
    void theJobDescriptionIsRestoredAfterwards(@TempDir Path output) {
        spark.sparkContext().setJobDescription("before the update");
        try {
            update(output.toString(), corpus.limit(0)).execute();
            assertThat(spark.sparkContext().getLocalProperty("spark.job.description"))
                    .isEqualTo("before the update");
        } finally {
            spark.sparkContext().setJobDescription(null);
        }
    }

    @Test
    void anUpdateWithoutArticlesIsRefused(@TempDir Path output) {
        TopicModelUpdate update = new TopicModelUpdate(
                        spark, config, new TableWriter(output.toString()), new ModelStore(spark, output.toString()))
                .run("run-1", NIGHT, "analyzer-1");
        assertThatThrownBy(update::execute)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot update the topic model: articles(...) was not set");
    }

    @Test
    void aSweepOutsideOnDemandIsRefused(@TempDir Path output) {
        TopicModelUpdate update = update(output.toString(), corpus).sweep(List.of(2, 3));
        assertThatThrownBy(update::execute)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Cannot update the topic model: a sweep is on demand only");
    }
}
