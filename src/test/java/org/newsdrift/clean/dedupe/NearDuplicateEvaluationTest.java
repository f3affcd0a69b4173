package org.newsdrift.clean.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdrift.SparkTestSession;
import org.newsdrift.config.NearDuplicateConfig;

/**
 * Pair-level recall and precision of {@link NearDuplicateStep} on a test set built from the KCNA archive: distinct
 * articles, four kinds of wire copy for some of them, distinct articles about the same events and pairs of
 * different articles quoting the same statement.
 */
class NearDuplicateEvaluationTest {
    private static final Path ARCHIVE = Path.of(System.getProperty("newsdrift.repo", "."))
            .resolve("../shared/corpus/kcna/headlines_2024-11-11.json");
    private static final StructType SCHEMA = new StructType()
            .add("article_id", DataTypes.StringType, false)
            .add("text", DataTypes.StringType)
            .add("published_date", DataTypes.DateType)
            .add("input_file", DataTypes.StringType)
            .add("locator", DataTypes.StringType);

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkTestSession.get();
    }

    private static Row row(String id, String text, String day) {
        return RowFactory.create(id, text, day == null ? null : Date.valueOf(day), "file:/test.json", id);
    }

    @Test
    void copiesOfAKcnaSampleAreFoundWithoutMergingDistinctArticles() throws IOException {
        Assumptions.assumeTrue(
                Files.isRegularFile(ARCHIVE),
                "KCNA archive absent, evaluation skipped (expected at "
                        + ARCHIVE.toAbsolutePath().normalize() + ")");
        long building = System.nanoTime();
        NearDuplicateTestSet set = NearDuplicateTestSet.build(readArchive(), new Random(20241111L));
        System.out.printf("near-duplicates: test set built in %.1f s%n", (System.nanoTime() - building) / 1e9);
        List<Row> rows = set.articles().stream()
                .map(a -> row(a.id(), a.text(), a.date().toString()))
                .toList();

        long start = System.nanoTime();
        NearDuplicateResult result =
                NearDuplicateStep.run(spark.createDataFrame(rows, SCHEMA), NearDuplicateConfig.DEFAULTS);
        Map<String, String> cluster = result.assignments().collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(0), r -> r.isNullAt(1) ? r.getString(0) : r.getString(1)));
        double seconds = (System.nanoTime() - start) / 1e9;

        Set<List<String>> truePairs = pairs(set.family());
        Set<List<String>> foundPairs = pairs(cluster);
        Set<List<String>> hits = new HashSet<>(foundPairs);
        hits.retainAll(truePairs);
        double recall = (double) hits.size() / truePairs.size();
        double precision = foundPairs.isEmpty() ? 1.0 : (double) hits.size() / foundPairs.size();
        System.out.printf(
                "near-duplicates: %d articles (%d families of copies, %d same-event pairs, %d quote pairs)%n",
                rows.size(),
                set.families(),
                set.sameEventPairs().size(),
                set.quotePairs().size());
        System.out.printf(
                "near-duplicates: %d true pairs, %d found, recall %.4f, precision %.4f, "
                        + "%d LSH pairs, %d verified, %d rounds, %.1f s%n",
                truePairs.size(),
                foundPairs.size(),
                recall,
                precision,
                result.lshPairs(),
                result.verifiedPairs(),
                result.rounds(),
                seconds);
        set.similarityByKind()
                .forEach((kind, stats) -> System.out.printf(
                        "near-duplicates: %-10s %s, recall %.4f%n", kind, stats, kindRecall(set, kind, cluster)));
        System.out.printf(
                "near-duplicates: same-event pairs %s, quote pairs %s%n",
                set.similarityOf(set.sameEventPairs()), set.similarityOf(set.quotePairs()));

        assertThat(recall).isGreaterThanOrEqualTo(0.95);
        assertThat(precision).isGreaterThanOrEqualTo(0.98);
        assertThat(set.sameEventPairs()).noneMatch(p -> cluster.get(p.get(0)).equals(cluster.get(p.get(1))));
        assertThat(set.quotePairs()).noneMatch(p -> cluster.get(p.get(0)).equals(cluster.get(p.get(1))));
    }

    @Test
    void theCanonicalIsEarliestThenLongestThenSmallestIdAndLoneArticlesPointNowhere() {
        String story = "Pyongyang, November 8 (KCNA) -- A delegation of the Ministry of Natural Resources of Russia"
                + " led by its minister arrived here on Friday to attend the session of the intergovernmental commission"
                + " for cooperation in trade, economy, science and technology between the two countries.";
        List<Row> rows = List.of(
                row("c", story + " It was met at the airport.", "2024-11-09"),
                row("b", story, "2024-11-08"),
                row("a", story.replace("on Friday", "on Friday morning"), "2024-11-08"),
                row("z", story + " More follows.", null),
                row("lone", "A different story about the rice harvest in South Hwanghae Province this autumn.", null),
                row("empty", "", "2024-11-08"));
        Map<String, Row> byId = NearDuplicateStep.run(spark.createDataFrame(rows, SCHEMA), NearDuplicateConfig.DEFAULTS)
                .assignments()
                .collectAsList()
                .stream()
                .collect(Collectors.toMap(r -> r.getString(0), r -> r));

        assertThat(byId.get("a").isNullAt(1)).isTrue();
        assertThat(byId.get("a").getInt(2)).isEqualTo(4);
        for (String copy : List.of("b", "c", "z")) {
            assertThat(byId.get(copy).getString(1)).isEqualTo("a");
        }
        assertThat(byId.get("lone").isNullAt(1)).isTrue();
        assertThat(byId.get("lone").getInt(2)).isEqualTo(1);
        assertThat(byId.get("empty").getInt(2)).isEqualTo(1);

        NearDuplicateResult distributed =
                NearDuplicateStep.run(spark.createDataFrame(rows, SCHEMA), NearDuplicateConfig.DEFAULTS, 0);
        assertThat(distributed.rounds()).as("label propagation ran").isPositive();
        assertThat(distributed.assignments().collectAsList())
                .as("the same clusters as the union-find on the driver")
                .containsExactlyInAnyOrderElementsOf(byId.values());
    }

    @Test
    void formulaicNoticesOfOtherEventsAndPostsSharingOnlyTheirSignOffStayApart() {
        String arrival = "Harbourtown, May 2 (Wire) -- A delegation of the association of river ports headed by its"
                + " chairman arrived here by ship on Thursday to attend the annual meeting of the port cities. -0-";
        String departure = "Harbourtown, May 6 (Wire) -- A delegation of the association of river ports headed by its"
                + " chairman left here by ship on Sunday after attending the annual meeting of the port cities. -0-";
        String signOff = "\nFollow us for more news from the city every day: subscribe to our channel now";
        String[] posts = {
            "The mayor opened a new bridge over the canal.",
            "Snow is expected in the evening.",
            "The zoo welcomed two young tigers from a reserve abroad; visitors can see them in the new enclosure from"
                    + " the first of June, the keepers said.",
            "Fares on the city buses rise next month.",
            "A new library opened in the northern district.",
            "The marathon closes the embankment on Sunday."
        };
        List<Row> rows = new ArrayList<>(List.of(
                sourced("arrival", arrival, "2024-05-02", "wire"),
                sourced("departure", departure, "2024-05-06", "wire")));
        for (int i = 0; i < posts.length; i++) {
            rows.add(sourced("post-" + i, posts[i] + signOff, "2024-05-0" + (i + 1), "channel"));
        }
        rows.add(sourced("repost", "Breaking: " + posts[2], "2024-05-03", "other channel"));
        StructType schema = SCHEMA.add("source", DataTypes.StringType);
        Map<String, String> cluster = NearDuplicateStep.run(
                        spark.createDataFrame(rows, schema), NearDuplicateConfig.DEFAULTS)
                .assignments()
                .collectAsList()
                .stream()
                .collect(Collectors.toMap(r -> r.getString(0), r -> r.isNullAt(1) ? r.getString(0) : r.getString(1)));

        assertThat(cluster.get("departure")).isEqualTo("departure");
        assertThat(cluster.get("repost")).isEqualTo("post-2");
        assertThat(cluster.entrySet())
                .filteredOn(e -> e.getKey().startsWith("post-"))
                .allMatch(e -> e.getKey().equals(e.getValue()));
    }

    private static Row sourced(String id, String text, String day, String source) {
        return RowFactory.create(id, text, Date.valueOf(day), "file:/test.json", id, source);
    }

    @Test
    void storedBandKeysAreUsedUnderTheSameSettingsAndComputedAgainUnderOthers() {
        String story = "Pyongyang, November 8 (KCNA) -- A delegation of the Ministry of Natural Resources of Russia"
                + " led by its minister arrived here on Friday to attend the session of the intergovernmental commission"
                + " for cooperation in trade, economy, science and technology between the two countries.";
        String copy = story + " It was met at the airport.";
        NearDuplicateConfig config = NearDuplicateConfig.DEFAULTS;
        Map<String, Row> computed =
                assignments(List.of(row("a", story, "2024-11-08"), row("b", copy, "2024-11-09")), config);
        assertThat(computed.get("b").<String>getAs("near_duplicate_of")).isEqualTo("a");
        List<Long> keysOfA = computed.get("a").getList(computed.get("a").fieldIndex("lsh_keys"));
        assertThat(keysOfA).hasSize(config.hashTables() / config.rowsPerBand());
        assertThat(computed.get("a").<String>getAs("lsh_settings")).isEqualTo(NearDuplicateStep.keySettings(config));

        // Keys that match nothing, stored for the copy: used as they are, so the pair is never a candidate.
        long[] unrelated = new long[keysOfA.size()];
        for (int i = 0; i < unrelated.length; i++) {
            unrelated[i] = -1 - i;
        }
        String settings = NearDuplicateStep.keySettings(config);
        Map<String, Row> stored = assignments(
                List.of(
                        storedRow(
                                "a",
                                story,
                                "2024-11-08",
                                keysOfA.stream().mapToLong(Long::longValue).toArray(),
                                settings),
                        storedRow("b", copy, "2024-11-09", unrelated, settings)),
                config);
        assertThat(stored.get("b").isNullAt(stored.get("b").fieldIndex("near_duplicate_of")))
                .isTrue();
        assertThat(stored.get("a").getList(stored.get("a").fieldIndex("lsh_keys")))
                .isEqualTo(keysOfA);

        // The same keys stored under other settings are computed again, and the copy is found.
        Map<String, Row> recomputed = assignments(
                List.of(
                        storedRow(
                                "a",
                                story,
                                "2024-11-08",
                                keysOfA.stream().mapToLong(Long::longValue).toArray(),
                                settings),
                        storedRow("b", copy, "2024-11-09", unrelated, "shingle_size=3 v0")),
                config);
        assertThat(recomputed.get("b").<String>getAs("near_duplicate_of")).isEqualTo("a");
        assertThat(recomputed.get("b").getList(recomputed.get("b").fieldIndex("lsh_keys")))
                .isEqualTo(computed.get("b").getList(computed.get("b").fieldIndex("lsh_keys")));
    }

    private static Row storedRow(String id, String text, String day, long[] keys, String settings) {
        return RowFactory.create(id, text, Date.valueOf(day), "file:/test.json", id, keys, settings);
    }

    private static Map<String, Row> assignments(List<Row> rows, NearDuplicateConfig config) {
        StructType schema = rows.get(0).size() == SCHEMA.size()
                ? SCHEMA
                : SCHEMA.add("lsh_keys", DataTypes.createArrayType(DataTypes.LongType))
                        .add("lsh_settings", DataTypes.StringType);
        return NearDuplicateStep.run(spark.createDataFrame(rows, schema), config).assignments().collectAsList().stream()
                .collect(Collectors.toMap(r -> r.<String>getAs("article_id"), r -> r));
    }

    @Test
    void articlesWithoutWordsAreEachAlone() {
        List<Row> rows = List.of(row("x", "", "2024-11-08"), row("y", " -- ", null), row("w", null, null));
        NearDuplicateResult result =
                NearDuplicateStep.run(spark.createDataFrame(rows, SCHEMA), NearDuplicateConfig.DEFAULTS);

        assertThat(result.assignments().collectAsList())
                .extracting(r -> r.getString(0), r -> r.get(1), r -> r.getInt(2))
                .containsExactlyInAnyOrder(tuple("x", null, 1), tuple("y", null, 1), tuple("w", null, 1));
        assertThat(result.lshPairs()).isZero();
    }

    private static double kindRecall(NearDuplicateTestSet set, String kind, Map<String, String> cluster) {
        List<List<String>> pairs = set.copyPairs(kind);
        return pairs.stream()
                        .filter(p -> cluster.get(p.get(0)).equals(cluster.get(p.get(1))))
                        .count()
                / (double) pairs.size();
    }

    /** Every unordered pair of ids that share a label. */
    private static Set<List<String>> pairs(Map<String, String> label) {
        Map<String, List<String>> groups = new HashMap<>();
        label.forEach(
                (id, l) -> groups.computeIfAbsent(l, k -> new ArrayList<>()).add(id));
        Set<List<String>> pairs = new HashSet<>();
        for (List<String> members : groups.values()) {
            Collections.sort(members);
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    pairs.add(List.of(members.get(i), members.get(j)));
                }
            }
        }
        return pairs;
    }

    private static List<NearDuplicateTestSet.Source> readArchive() throws IOException {
        JsonNode records = new ObjectMapper().readTree(ARCHIVE.toFile());
        Map<String, NearDuplicateTestSet.Source> byText = new LinkedHashMap<>();
        for (JsonNode record : records) {
            String text = record.path("story_text").asText("");
            LocalDate date = Instant.ofEpochMilli(record.path("date").asLong())
                    .atZone(ZoneOffset.UTC)
                    .toLocalDate();
            byText.putIfAbsent(
                    text,
                    new NearDuplicateTestSet.Source(record.path("headline").asText(""), text, date));
        }
        return List.copyOf(byText.values());
    }
}
