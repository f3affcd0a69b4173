package org.newsdrift.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.newsdrift.TestFiles;
import picocli.CommandLine;

/** Inputs, quick configs and in-process runs of the command line, for the job's end-to-end tests. */
final class JobFixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JobFixtures() {}

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {}

    /** Runs {@code newsdrift nightly} in this JVM, as spark-submit would run it on a driver. */
    static Run nightly(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "nightly";
        System.arraycopy(args, 0, command, 1, args.length);
        return run(command);
    }

    /** Runs the command line (a command and its options) in this JVM, keeping what it printed. */
    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = NewsDrift.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The default config with a small topic model (4 topics, 200 Gibbs sweeps) and the subject by absolute path. */
    static Path smallConfig(Path file) throws IOException {
        return smallConfig(file, 3);
    }

    /** As {@link #smallConfig(Path)}, keeping topic-model terms found in at least {@code ldaMinDf} articles. */
    static Path smallConfig(Path file, int ldaMinDf) throws IOException {
        return config(file, smallTopicModel(ldaMinDf));
    }

    /** The edit of {@link #smallConfig(Path, int)}, for a config that changes more. */
    static Consumer<ObjectNode> smallTopicModel(int ldaMinDf) {
        return config -> lda(config)
                .put("k", 4)
                .put("max_iterations", 200)
                .put("min_documents", 10)
                .put("min_df", ldaMinDf);
    }

    /**
     * The default config without a topic model (it wants more relevant articles than any test has): the topic tables
     * are created empty, and a night takes minutes less.
     */
    static Path configWithoutTopics(Path file) throws IOException {
        return config(file, config -> lda(config).put("min_documents", 1_000_000));
    }

    /** Writes the default config, with the subject by absolute path and changed by {@code edit}, to {@code file}. */
    static Path config(Path file, Consumer<ObjectNode> edit) throws IOException {
        ObjectNode config = (ObjectNode) JSON.readTree(TestFiles.defaultConfig().toFile());
        config.put("subject_file", TestFiles.subject().toString());
        edit.accept(config);
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), config);
        return file;
    }

    /** The {@code lda} section of a config, to change. */
    static ObjectNode lda(ObjectNode config) {
        return (ObjectNode) config.get("lda");
    }

    /** Records of the bundled KCNA sample, in its own shape, that pass {@code keep}. */
    static ArrayNode kcnaRecords(Predicate<JsonNode> keep) throws IOException {
        ArrayNode records = JSON.createArrayNode();
        for (JsonNode record : JSON.readTree(TestFiles.sample().toFile())) {
            if (keep.test(record)) {
                records.add(record);
            }
        }
        return records;
    }

    /**
     * The first {@code n} long KCNA stories with distinct texts and links: each of them is an accepted, canonical
     * article (they share no more than 2% of their word 5-grams, far from the near-duplicate threshold).
     */
    static ArrayNode distinctKcnaStories(int n) throws IOException {
        Set<String> texts = new HashSet<>();
        Set<String> links = new HashSet<>();
        return kcnaRecords(record -> {
            String text = record.path("story_text").asText();
            return texts.size() < n
                    && text.length() >= 1500
                    && !texts.contains(text)
                    && links.add(record.path("link").asText())
                    && texts.add(text);
        });
    }

    /**
     * A news-please record of the Putin-Kim treaty: relevant to the subject, long enough to be accepted, and the
     * record the tests copy to make duplicates, broken lines and short bodies of.
     */
    static ObjectNode treatyRecord() {
        String body = "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a comprehensive "
                + "strategic partnership treaty in Pyongyang. The treaty obliges each side to help the other if attacked.";
        return object().put("title", "Putin and Kim sign a treaty")
                .put("maintext", body)
                .put("date_publish", "2024-06-19 08:00:00")
                .put("url", "https://example.org/treaty")
                .put("source_domain", "example.org")
                .put("language", "en");
    }

    static byte[] bytes(JsonNode json) throws IOException {
        return JSON.writeValueAsBytes(json);
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }
}
