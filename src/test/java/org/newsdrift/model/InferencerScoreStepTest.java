package org.newsdrift.model;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdrift.SparkTestSession;
import org.newsdrift.config.LdaConfig;

/**
 * Scoring with a Gibbs version's saved MALLET inferencer: the same weights on every run and partitioning, the
 * articles' themes found, and the inferencer saved, loaded and refused when missing or corrupt.
 */
class InferencerScoreStepTest {
    private static final LdaConfig GIBBS =
            new LdaConfig(3, 60, 1L, "gibbs", 0.5, 3, 1.0, 100, 5, 10, null, null, null, null, null);

    private static SparkSession spark;
    private static Dataset<Row> docs;
    private static TopicFit fit;

    @BeforeAll
    static void fitGibbs() {
        spark = SparkTestSession.get();
        docs = TopicCorpus.of(spark, 30, List.of(TopicCorpus.MILITARY, TopicCorpus.FARMING, TopicCorpus.TRADE))
                .cache();
        fit = TopicModelStep.fit(docs, GIBBS, 3, 1L);
    }

    private static final java.util.Comparator<Double> WITHIN_1E12 =
            (a, b) -> Math.abs(a - b) <= 1e-12 ? 0 : Double.compare(a, b);

    private static Map<String, List<Double>> weights(Dataset<Row> scored) {
        Map<String, List<Double>> out = new TreeMap<>();
        scored.collectAsList().forEach(r -> out.put(r.getAs("article_id"), r.getList(r.fieldIndex("topic_weights"))));
        return out;
    }

    private static Dataset<Row> score(Dataset<Row> input) {
        return InferencerScoreStep.score(fit.vectorizer(), fit.inferencer(), 1L, input);
    }

    @Test
    void scoringTwiceAndOnOneOrTwoPartitionsGivesIdenticalWeights() {
        // Articles mixing all three themes, whose sampled weights vary with the random stream.
        List<String> all = new java.util.ArrayList<>(TopicCorpus.MILITARY);
        all.addAll(TopicCorpus.FARMING);
        all.addAll(TopicCorpus.TRADE);
        Dataset<Row> mixed = TopicCorpus.of(spark, 40, List.of(all));
        Map<String, List<Double>> first = weights(score(mixed.repartition(1)));
        Map<String, List<Double>> again = weights(score(mixed.repartition(1)));
        Map<String, List<Double>> twoPartitions =
                weights(score(mixed.repartition(2).orderBy(col("article_id").desc())));
        assertThat(first).hasSize(40);
        assertThat(again).isEqualTo(first);
        assertThat(twoPartitions).isEqualTo(first);
        // Another model seed samples other streams: the equality above is not that of a constant output.
        Map<String, List<Double>> otherSeed =
                weights(InferencerScoreStep.score(fit.vectorizer(), fit.inferencer(), 2L, mixed));
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void articlesOfOneThemeShareTheirDominantTopicAndThemesDiffer() {
        Map<Integer, Integer> dominantOfTheme = new TreeMap<>();
        for (Row row : score(docs).collectAsList()) {
            int theme = Integer.parseInt(row.<String>getAs("article_id").substring(1)) % 3;
            int dominant = row.getAs("dominant_index");
            assertThat(dominantOfTheme.computeIfAbsent(theme, t -> dominant)).isEqualTo(dominant);
            assertThat(row.<Double>getAs("dominant_weight")).isGreaterThan(0.8);
            assertThat(row.<Long>getAs("n_known")).isEqualTo(15L);
        }
        assertThat(dominantOfTheme.values()).doesNotHaveDuplicates();
    }

    @Test
    void aGibbsVersionIsSavedWithItsInferencerAndScoredWithIt(@TempDir Path output) {
        ModelStore store = new ModelStore(spark, output.toString());
        store.save(
                metadata("lda-gibbs", ModelMetadata.SCORER_INFERENCER),
                fit.vectorizer(),
                fit.lda(),
                Optional.of(fit.inferencer()));
        store.makeCurrent("lda-gibbs");
        ModelStore.Saved saved = store.current().orElseThrow();
        assertThat(saved.inferencer()).contains(fit.inferencer());
        assertThat(weights(TopicModelStep.score(saved, docs))).isEqualTo(weights(score(docs)));
    }

    @Test
    void theCurrentVersionIsOneCommitAndAnOlderBuildsPointerFileIsReadUntilThen(@TempDir Path output) throws Exception {
        ModelStore store = new ModelStore(spark, output.toString());
        assertThat(store.currentVersion()).isEmpty();
        Files.createDirectories(output.resolve("_models"));
        Files.writeString(output.resolve("_models/CURRENT"), "lda-older\n");
        assertThat(store.currentVersion()).contains("lda-older");

        store.makeCurrent("lda-a");
        store.makeCurrent("lda-b");
        assertThat(store.currentVersion()).contains("lda-b");
        assertThat(io.delta.tables.DeltaTable.forPath(
                                spark,
                                output.resolve("_models/" + ModelStore.POINTER).toString())
                        .history()
                        .count())
                .isEqualTo(2);
    }

    @Test
    void aVersionWithoutTheInferencerScorerKeepsSparksScoring(@TempDir Path output) {
        ModelStore store = new ModelStore(spark, output.toString());
        // null: a version saved before scorers existed.
        store.save(metadata("lda-old", null), fit.vectorizer(), fit.lda(), Optional.empty());
        ModelStore.Saved saved = store.load("lda-old");
        assertThat(saved.inferencer()).isEmpty();
        // Spark's variational inference runs on the system's BLAS when there is one (OpenBLAS is not bit-for-bit
        // repeatable), so Spark's scores are compared to 1e-12.
        Map<String, List<Double>> scored = weights(TopicModelStep.score(saved, docs));
        Map<String, List<Double>> bySpark = weights(TopicModelStep.score(fit.vectorizer(), fit.lda(), docs));
        assertThat(scored.keySet()).isEqualTo(bySpark.keySet());
        scored.forEach(
                (id, w) -> assertThat(w).usingElementComparator(WITHIN_1E12).isEqualTo(bySpark.get(id)));
    }

    @Test
    void aMissingOrCorruptInferencerFileIsAClearError(@TempDir Path output) throws Exception {
        ModelStore store = new ModelStore(spark, output.toString());
        store.save(
                metadata("lda-broken", ModelMetadata.SCORER_INFERENCER),
                fit.vectorizer(),
                fit.lda(),
                Optional.of(fit.inferencer()));
        Path file = output.resolve("_models/lda-broken/" + InferencerFile.NAME);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 3] ^= 0x10;
        Files.write(file, bytes);
        // On a local file system Hadoop's checksum file finds the change first; HDFS or S3 keep none beside it.
        assertThatThrownBy(() -> store.load("lda-broken"))
                .hasMessageContaining("Cannot load topic model version lda-broken: its inferencer file cannot be read")
                .hasMessageContaining("inferencer.bin");
        Files.delete(file.resolveSibling("." + InferencerFile.NAME + ".crc"));
        assertThatThrownBy(() -> store.load("lda-broken"))
                .isInstanceOf(InferencerFile.CorruptInferencerException.class)
                .hasMessageContaining("checksum does not match")
                .hasMessageContaining("inferencer.bin");
        Files.delete(file);
        assertThatThrownBy(() -> store.load("lda-broken"))
                .hasMessageContaining("Cannot load topic model version lda-broken")
                .hasMessageContaining("inferencer file is missing");
    }

    private static ModelMetadata metadata(String version, String scorer) {
        return new ModelMetadata(
                version,
                null,
                "run",
                "2024-11-12",
                "requested",
                "analyzer",
                GIBBS.toString(),
                3,
                1L,
                fit.vocabularyHash(),
                fit.vectorizer().vocabulary().length,
                fit.trainingDocuments(),
                0,
                0,
                0,
                0,
                0,
                List.of(0, 1, 2),
                List.of("a", "b", "c"),
                3,
                scorer,
                null);
    }
}
