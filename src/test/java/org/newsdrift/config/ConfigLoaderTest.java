package org.newsdrift.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdrift.TestFiles;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void realConfigLoadsWithTheSubjectItNames() throws IOException {
        RunConfig run = ConfigLoader.load(TestFiles.defaultConfig());
        // The expectations are read from the same file with a plain tree reader, so each snake_case key is checked to
        // land in its record component.
        JsonNode tree = new ObjectMapper().readTree(TestFiles.defaultConfig().toFile());

        JobConfig job = run.job();
        assertThat(job.subjectFile()).isEqualTo("../subjects/russia-dprk.json");
        assertThat(job.granularities()).containsExactlyElementsOf(strings(tree.get("granularities")));
        assertThat(job.ingest().minTextChars())
                .isEqualTo(tree.at("/ingest/min_text_chars").asInt())
                .isPositive();
        assertThat(job.ingest().mappings())
                .extracting(FieldMapping::name)
                .containsExactlyElementsOf(strings(tree.at("/ingest/mappings").findValues("name")))
                .contains("kcna", "news-please");
        assertThat(job.text().minTokenLength())
                .isEqualTo(tree.at("/text/min_token_length").asInt());
        assertThat(job.text().extraStopWords())
                .containsExactlyElementsOf(strings(tree.at("/text/extra_stop_words")))
                .contains("said", "kcna");
        assertThat(job.tfidf())
                .isEqualTo(new TfIdfConfig(
                        tree.at("/tfidf/vocab_size").asInt(),
                        tree.at("/tfidf/min_df").asInt(),
                        tree.at("/tfidf/top_terms_per_article").asInt(),
                        tree.at("/tfidf/max_trend_rank").asInt(),
                        tree.at("/tfidf/burst_window").asInt(),
                        tree.at("/tfidf/burst_min_doc_freq").asInt()));
        JsonNode lda = tree.get("lda");
        assertThat(job.lda())
                .isEqualTo(new LdaConfig(
                        lda.get("k").asInt(),
                        lda.get("max_iterations").asInt(),
                        lda.get("seed").asLong(),
                        lda.get("optimizer").asText(),
                        lda.get("subsampling_rate").asDouble(),
                        lda.get("min_df").asInt(),
                        lda.get("max_df_share").asDouble(),
                        lda.get("vocab_size").asInt(),
                        lda.get("top_terms").asInt(),
                        lda.get("min_documents").asInt(),
                        optionalDouble(lda, "doc_concentration"),
                        optionalDouble(lda, "topic_concentration"),
                        optionalDouble(lda, "learning_offset"),
                        optionalDouble(lda, "learning_decay"),
                        lda.hasNonNull("tokens_per_partition")
                                ? lda.get("tokens_per_partition").asLong()
                                : null));

        SubjectConfig subject = run.subject();
        assertThat(subject.name()).isEqualTo("russia-dprk");
        assertThat(subject.groups())
                .extracting(SubjectConfig.AliasGroup::name)
                .containsExactly("russia", "north_korea");
        assertThat(subject.groups().get(1).entities())
                .extracting(SubjectConfig.Entity::id)
                .containsExactly("north_korea", "pyongyang", "kim_jong_un", "choe_son_hui", "kim_yo_jong");
        assertThat(run.configJson()).isEqualTo(Files.readString(TestFiles.defaultConfig(), StandardCharsets.UTF_8));
    }

    @Test
    void realMappingsKeepTheirKeysAndDefaults() {
        List<FieldMapping> mappings =
                ConfigLoader.load(TestFiles.defaultConfig()).job().ingest().mappings();

        assertThat(mapping(mappings, "kcna"))
                .isEqualTo(new FieldMapping(
                        "kcna",
                        "story_text",
                        "headline",
                        "link",
                        "date",
                        "epoch_millis",
                        null,
                        "KCNA",
                        null,
                        "en",
                        List.of("headline", "link")));
        assertThat(mapping(mappings, "news-please"))
                .isEqualTo(new FieldMapping(
                        "news-please",
                        "maintext",
                        "title",
                        "url",
                        "date_publish",
                        "iso",
                        "source_domain",
                        null,
                        "language",
                        "und",
                        List.of()));
    }

    @Test
    void subjectGivenAsAnAbsolutePathIsReadFromThere() throws IOException {
        Path config = writeRun(replaceOnce(
                defaultConfig(),
                "\"../subjects/russia-dprk.json\"",
                quoted(TestFiles.subject().toAbsolutePath().toString())));
        Files.delete(dir.resolve("subjects/russia-dprk.json"));

        assertThat(ConfigLoader.load(config).subject().name()).isEqualTo("russia-dprk");
    }

    @Test
    void unknownKeyIsNamedWithItsFullPath() throws IOException {
        Path config = writeRun(replaceOnce(defaultConfig(), "\"k\": 8,", "\"k\": 8, \"kk\": 3,"));

        assertThatThrownBy(() -> ConfigLoader.load(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown key 'lda.kk'")
                .hasMessageContaining(config.toString())
                .hasMessageContaining("max_iterations");
    }

    @Test
    void unknownKeyInsideAMappingIsNamedWithTheMappingsIndex() throws IOException {
        int newsPlease = ConfigLoader.load(TestFiles.defaultConfig()).job().ingest().mappings().stream()
                .map(FieldMapping::name)
                .toList()
                .indexOf("news-please");
        Path config = writeRun(replaceOnce(defaultConfig(), "\"text\": \"maintext\",", "\"txt\": \"maintext\","));

        assertThatThrownBy(() -> ConfigLoader.load(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown key 'ingest.mappings[" + newsPlease + "].txt'");
    }

    @Test
    void unknownTopLevelKeyIsNamed() throws IOException {
        Path config = writeRun(
                replaceOnce(defaultConfig(), "\"granularities\":", "\"granularity\": [\"day\"], \"granularities\":"));

        assertThatThrownBy(() -> ConfigLoader.load(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown key 'granularity'");
    }

    @Test
    void ldaKOfOneIsRefusedNamingTheKeyAndTheValue() throws IOException {
        Path config = writeRun(replaceOnce(defaultConfig(), "\"k\": 8,", "\"k\": 1,"));

        assertThatThrownBy(() -> ConfigLoader.load(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("lda.k must be at least 2")
                .hasMessageContaining("(was 1)")
                .hasMessageContaining(config.toString());
    }

    @Test
    void textWhereANumberBelongsIsRefusedNamingTheKey() throws IOException {
        Path config = writeRun(replaceOnce(defaultConfig(), "\"k\": 8,", "\"k\": \"eight\","));

        assertThatThrownBy(() -> ConfigLoader.load(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("value at 'lda.k'")
                .hasMessageContaining("\"eight\"");
    }

    @Test
    void nullWhereANumberBelongsIsRefusedNamingTheKey() throws IOException {
        Path config = writeRun(replaceOnce(defaultConfig(), "\"min_text_chars\": 40,", "\"min_text_chars\": null,"));

        assertThatThrownBy(() -> ConfigLoader.load(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("value at 'ingest.min_text_chars'");
    }

    @Test
    void configThatIsNotAJsonObjectIsRefusedNamingTheFile() throws IOException {
        for (String notAnObject : List.of("null", "[]", "\"default\"", "")) {
            Path config = writeRun(notAnObject);

            assertThatThrownBy(() -> ConfigLoader.load(config))
                    .as("config %s", notAnObject)
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining(config.toString());
        }
    }

    @Test
    void missingSubjectFileIsNamed() throws IOException {
        Path config = writeRun(replaceOnce(defaultConfig(), "russia-dprk.json", "nowhere.json"));

        assertThatThrownBy(() -> ConfigLoader.load(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Cannot load subject: no such file")
                .hasMessageContaining(dir.resolve("subjects/nowhere.json").toString());
    }

    @Test
    void missingConfigFileIsNamed() {
        Path config = dir.resolve("conf/absent.json");

        assertThatThrownBy(() -> ConfigLoader.load(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Cannot load config: no such file")
                .hasMessageContaining("absent.json");
    }

    @Test
    void malformedJsonIsRefusedAsNotValidJson() throws IOException {
        Path config = writeRun(replaceOnce(defaultConfig(), "\"lda\": {", "\"lda\": {,"));

        assertThatThrownBy(() -> ConfigLoader.load(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("not valid JSON")
                .hasMessageContaining(config.toString())
                .hasMessageNotContaining("\n");
    }

    @Test
    void truncatedJsonIsRefusedAsNotValidJson() throws IOException {
        String json = defaultConfig();
        Path config = writeRun(json.substring(0, json.indexOf("\"tfidf\"")));

        assertThatThrownBy(() -> ConfigLoader.load(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void malformedSubjectIsRefusedNamingTheSubjectFile() throws IOException {
        Path config = writeRun(defaultConfig(), "{\"name\": \"x\", \"groups\": [");

        assertThatThrownBy(() -> ConfigLoader.load(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("not valid JSON")
                .hasMessageContaining(dir.resolve("subjects/russia-dprk.json").toString());
    }

    @Test
    void unknownDateFormatIsRefusedNamingTheMappingAndTheValue() throws IOException {
        Path config = writeRun(replaceOnce(defaultConfig(), "\"epoch_millis\"", "\"epoch_micros\""));

        assertThatThrownBy(() -> ConfigLoader.load(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("field mapping 'kcna'")
                .hasMessageContaining("date_format must be one of [epoch_millis, epoch_seconds, iso]")
                .hasMessageContaining("(was 'epoch_micros')");
    }

    @Test
    void unknownGranularityIsRefusedNamingTheValue() throws IOException {
        Path config = writeRun(replaceOnce(defaultConfig(), "\"month\"]", "\"year\"]"));

        assertThatThrownBy(() -> ConfigLoader.load(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("granularities may hold [day, week, month]")
                .hasMessageContaining("(was 'year')");
    }

    @Test
    void subjectWithOneGroupIsRefused() throws IOException {
        Path config = writeRun(defaultConfig(), """
        {"name": "solo", "groups": [{"name": "russia", "entities": [{"id": "russia", "forms": ["Russia"]}]}]}
        """);

        assertThatThrownBy(() -> ConfigLoader.load(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("subject 'solo'")
                .hasMessageContaining("at least two alias groups (has 1)");
    }

    @Test
    void duplicateEntityIdsAreRefusedNamingTheId() throws IOException {
        Path config = writeRun(defaultConfig(), """
        {"name": "twice", "groups": [
          {"name": "a", "entities": [{"id": "russia", "forms": ["Russia"]}]},
          {"name": "b", "entities": [{"id": "russia", "forms": ["Rossiya"]}]}]}
        """);

        assertThatThrownBy(() -> ConfigLoader.load(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("entity id 'russia' is used twice");
    }

    @Test
    void entityIdWithCapitalsIsRefusedNamingTheId() throws IOException {
        Path config = writeRun(defaultConfig(), """
        {"name": "caps", "groups": [
          {"name": "a", "entities": [{"id": "Russia", "forms": ["Russia"]}]},
          {"name": "b", "entities": [{"id": "dprk", "forms": ["DPRK"]}]}]}
        """);

        assertThatThrownBy(() -> ConfigLoader.load(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("(was 'Russia')");
    }

    private Path writeRun(String config) throws IOException {
        return writeRun(config, Files.readString(TestFiles.subject(), StandardCharsets.UTF_8));
    }

    /** Lays out {@code conf/job.json} and {@code subjects/russia-dprk.json} as the real config expects. */
    private Path writeRun(String config, String subject) throws IOException {
        Path conf = Files.createDirectories(dir.resolve("conf")).resolve("job.json");
        Files.writeString(conf, config, StandardCharsets.UTF_8);
        Files.writeString(
                Files.createDirectories(dir.resolve("subjects")).resolve("russia-dprk.json"),
                subject,
                StandardCharsets.UTF_8);
        return conf;
    }

    private static String defaultConfig() throws IOException {
        return Files.readString(TestFiles.defaultConfig(), StandardCharsets.UTF_8);
    }

    private static String replaceOnce(String text, String target, String replacement) {
        assertThat(text.indexOf(target))
                .as("'%s' occurs once in the config", target)
                .isNotNegative()
                .isEqualTo(text.lastIndexOf(target));
        return text.replace(target, replacement);
    }

    private static FieldMapping mapping(List<FieldMapping> mappings, String name) {
        return mappings.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static List<String> strings(List<JsonNode> nodes) {
        return nodes.stream().map(JsonNode::asText).toList();
    }

    private static Double optionalDouble(JsonNode section, String key) {
        return section.hasNonNull(key) ? section.get(key).asDouble() : null;
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
