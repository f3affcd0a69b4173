package org.newsdrift.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsdrift.TestFiles;

class SecretRedactorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SECRET_KEYS = List.of(
            "password",
            "db.password",
            "spark.ssl.keyStorePassword",
            "fs.s3a.secret.key",
            "fs.s3a.access.key",
            "fs.s3a.session.token",
            "fs.azure.account.key.acct.blob.core.windows.net",
            "spark.authenticate.secret",
            "API_KEY",
            "githubToken",
            "google.cloud.auth.credentials",
            "privateKey",
            "client_secret",
            "passwd");
    private static final List<String> PLAIN_KEYS = List.of(
            "min_token_length",
            "tokenizer",
            "spark.master",
            "subject_file",
            "require_keys",
            "spark.sql.shuffle.partitions",
            "keyword",
            "monkey",
            "max_document_bytes");

    @Test
    void keysThatNameACredentialAreSecretWhateverTheirCaseOrSeparators() {
        assertThat(SECRET_KEYS)
                .allSatisfy(key ->
                        assertThat(SecretRedactor.isSecretKey(key)).as(key).isTrue());
    }

    @Test
    void sparksRedactionRegexFindsTheSameKeys() {
        Pattern regex = Pattern.compile(SecretRedactor.KEY_REGEX);

        assertThat(SECRET_KEYS)
                .allSatisfy(key -> assertThat(regex.matcher(key).find()).as(key).isTrue());
        assertThat(PLAIN_KEYS)
                .allSatisfy(key -> assertThat(regex.matcher(key).find()).as(key).isFalse());
    }

    @Test
    void keysThatOnlyContainASecretWordInsideAnotherWordAreNot() {
        assertThat(PLAIN_KEYS)
                .allSatisfy(key ->
                        assertThat(SecretRedactor.isSecretKey(key)).as(key).isFalse());
    }

    @Test
    void secretValuesAreMaskedAtAnyDepthAndEverythingElseIsKeptAsItWas() throws IOException {
        JsonNode config = JSON.readTree(
                "{\"ingest\": {\"min_text_chars\": 40, \"sources\": [{\"name\": \"s3\","
                        + " \"options\": {\"fs.s3a.secret.key\": \"wJalrXUtnFEMI\", \"deeper\": [{\"token\": \"ghp_123\"}]}}]},"
                        + " \"text\": {\"min_token_length\": 3}, \"password\": null, \"auth\": {\"credentials\": {\"user\": \"u\"}}}");

        JsonNode redacted = SecretRedactor.redact(config);

        assertThat(redacted.toString())
                .isEqualTo(
                        "{\"ingest\":{\"min_text_chars\":40,\"sources\":[{\"name\":\"s3\","
                                + "\"options\":{\"fs.s3a.secret.key\":\"[redacted]\",\"deeper\":[{\"token\":\"[redacted]\"}]}}]},"
                                + "\"text\":{\"min_token_length\":3},\"password\":null,\"auth\":{\"credentials\":\"[redacted]\"}}");
        assertThat(config.toString()).as("the input is not changed").contains("wJalrXUtnFEMI");
    }

    @Test
    void credentialsInsideValuesAreMaskedButTheRestOfTheValueIsKept() {
        assertThat(SecretRedactor.redactValue("s3a://AKIAEXAMPLE:wJalrXUtnFEMI@news-bucket/incoming"))
                .isEqualTo("s3a://[redacted]@news-bucket/incoming");
        assertThat(SecretRedactor.redactValue("-Xmx4g -Dfs.s3a.secret.key=wJalrXUtnFEMI -Dspark.ui.enabled=false"))
                .isEqualTo("-Xmx4g -Dfs.s3a.secret.key=[redacted] -Dspark.ui.enabled=false");
        assertThat(SecretRedactor.redactValue("https://api.example/feed?token=abc123&page=2"))
                .isEqualTo("https://api.example/feed?token=[redacted]&page=2");
        assertThat(SecretRedactor.redactValue("hdfs:///news/2024-11-12/kcna.json"))
                .isEqualTo("hdfs:///news/2024-11-12/kcna.json");
    }

    @Test
    void sparkAndHadoopSettingsPassedThroughAreMaskedByKeyAndSorted() {
        Map<String, String> conf = Map.of(
                "spark.master",
                "local[2]",
                "spark.hadoop.fs.s3a.secret.key",
                "wJalrXUtnFEMI",
                "spark.hadoop.fs.s3a.access.key",
                "AKIAEXAMPLE",
                "spark.driver.extraJavaOptions",
                "-Dfs.azure.account.key=abc");

        assertThat(SecretRedactor.redact(conf))
                .containsExactly(
                        Map.entry("spark.driver.extraJavaOptions", "-Dfs.azure.account.key=[redacted]"),
                        Map.entry("spark.hadoop.fs.s3a.access.key", "[redacted]"),
                        Map.entry("spark.hadoop.fs.s3a.secret.key", "[redacted]"),
                        Map.entry("spark.master", "local[2]"));
    }

    @Test
    void theBundledConfigAndSubjectFilesHoldNothingThatLooksLikeACredential() throws IOException {
        try (Stream<Path> files = Stream.concat(
                Files.list(TestFiles.repo().resolve("jobs/conf")),
                Files.list(TestFiles.repo().resolve("jobs/subjects")))) {
            List<Path> json = files.filter(f -> f.toString().endsWith(".json")).toList();
            assertThat(json).isNotEmpty();
            for (Path file : json) {
                JsonNode config = JSON.readTree(file.toFile());
                assertThat(SecretRedactor.redact(config)).as(file.toString()).isEqualTo(config);
            }
        }
    }
}
