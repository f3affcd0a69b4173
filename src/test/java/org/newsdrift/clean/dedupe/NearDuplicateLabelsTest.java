package org.newsdrift.clean.dedupe;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdrift.SparkTestSession;
import org.newsdrift.TestFiles;
import org.newsdrift.clean.CleanStep;
import org.newsdrift.clean.DedupeStep;
import org.newsdrift.clean.TemplateStep;
import org.newsdrift.config.ConfigLoader;
import org.newsdrift.config.JobConfig;
import org.newsdrift.ingest.IngestStep;
import org.newsdrift.ingest.InputResolver;

/**
 * Precision of the near-duplicate decision on the hand-labelled pairs of quality/near-duplicates/labels.tsv: each
 * corpus is read, cleaned and exactly deduplicated as a night does it, {@link NearDuplicateStep} clusters its
 * canonical articles, and a labelled pair counts as merged when both articles end in one cluster. Skipped, saying
 * so, where ../shared/corpus is absent.
 */
class NearDuplicateLabelsTest {
    private static final Path CORPUS =
            TestFiles.repo().resolve("../shared/corpus").normalize();
    private static final Path LABELS = TestFiles.repo().resolve("quality/near-duplicates/labels.tsv");
    private static SparkSession spark;

    record Label(String corpus, String a, String b, boolean sameStory, String reason) {}

    @BeforeAll
    static void startSpark() {
        assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS + ": near-duplicate labels not evaluated");
        spark = SparkTestSession.get();
    }

    @Test
    void nearPairsTheStepMergesAreMostlyLabelledTheSameStory() throws IOException {
        Map<String, List<Label>> byCorpus = new LinkedHashMap<>();
        for (Label label : labels()) {
            byCorpus.computeIfAbsent(label.corpus(), c -> new ArrayList<>()).add(label);
        }
        JobConfig config = ConfigLoader.load(TestFiles.defaultConfig()).job();
        int merged = 0;
        int mergedSame = 0;
        int same = 0;
        int missing = 0;
        for (Map.Entry<String, List<Label>> entry : byCorpus.entrySet()) {
            Path folder = CORPUS.resolve(entry.getKey());
            assumeTrue(Files.isDirectory(folder), "no corpus at " + folder + ": near-duplicate labels not evaluated");
            Map<String, String> cluster = clusters(folder, entry.getValue(), config);
            int corpusMerged = 0;
            int corpusMergedSame = 0;
            int corpusSame = 0;
            for (Label label : entry.getValue()) {
                if (!cluster.containsKey(label.a()) || !cluster.containsKey(label.b())) {
                    missing++;
                    System.out.printf(
                            "near-duplicate labels: %s pair %s %s not among the canonical articles%n",
                            label.corpus(), label.a(), label.b());
                    continue;
                }
                boolean together = cluster.get(label.a()).equals(cluster.get(label.b()));
                corpusSame += label.sameStory() ? 1 : 0;
                corpusMerged += together ? 1 : 0;
                corpusMergedSame += together && label.sameStory() ? 1 : 0;
                if (together != label.sameStory()) {
                    System.out.printf(
                            "near-duplicate labels: %s %s %s %s (%s)%n",
                            label.corpus(),
                            together ? "merged, labelled different:" : "kept apart, labelled same:",
                            label.a(),
                            label.b(),
                            label.reason());
                }
            }
            System.out.printf(
                    "near-duplicate labels: %s: %d pairs (%d same story), %d merged of which %d same story%n",
                    entry.getKey(), entry.getValue().size(), corpusSame, corpusMerged, corpusMergedSame);
            merged += corpusMerged;
            mergedSame += corpusMergedSame;
            same += corpusSame;
        }
        double precision = merged == 0 ? 1.0 : (double) mergedSame / merged;
        System.out.printf(
                "near-duplicate labels: precision %.3f (%d of %d merged pairs are the same story), "
                        + "same-story pairs merged %d of %d, %d pairs not found%n",
                precision, mergedSame, merged, mergedSame, same, missing);

        assertThat(missing)
                .as("labelled articles the cleaning no longer yields")
                .isZero();
        assertThat(precision).isGreaterThanOrEqualTo(0.95);
    }

    /** Each labelled article's cluster: the id of its near-duplicate canonical, or its own. */
    private static Map<String, String> clusters(Path folder, List<Label> labels, JobConfig config) {
        // As a night cleans: templates learned per source and input file before the texts are finished.
        Dataset<Row> extracted = CleanStep.extract(IngestStep.run(
                spark,
                InputResolver.resolve(List.of(folder.toString()), new org.apache.hadoop.conf.Configuration()),
                config.ingest()));
        Dataset<Row> accepted = CleanStep.finish(
                        TemplateStep.run(
                                        extracted,
                                        config.ingest().templateMinPages(),
                                        config.ingest().templateSamplePages())
                                .rows(),
                        config.ingest())
                .filter(col("reject_reason").isNull());
        Dataset<Row> canonical = DedupeStep.run(accepted)
                .filter(col("duplicate_of").isNull())
                .select("article_id", "source", "text", "published_date");
        Set<String> ids = new HashSet<>();
        labels.forEach(l -> ids.addAll(List.of(l.a(), l.b())));
        Map<String, String> cluster = new HashMap<>();
        for (Row row : NearDuplicateStep.run(canonical, config.nearDuplicates())
                .assignments()
                .filter(col("article_id").isin(ids.toArray()))
                .select("article_id", "near_duplicate_of")
                .collectAsList()) {
            cluster.put(row.getString(0), row.isNullAt(1) ? row.getString(0) : row.getString(1));
        }
        return cluster;
    }

    private static List<Label> labels() throws IOException {
        List<String> lines = Files.readAllLines(LABELS);
        List<String> header = List.of(lines.get(0).split("\t"));
        List<Label> labels = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            String label = f[header.indexOf("label")];
            assertThat(label).as("label of " + line).isIn("same_story", "different_story");
            labels.add(new Label(
                    f[header.indexOf("corpus")],
                    f[header.indexOf("article_id_a")],
                    f[header.indexOf("article_id_b")],
                    label.equals("same_story"),
                    f[header.indexOf("reason")]));
        }
        return labels;
    }
}
