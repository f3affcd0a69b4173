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
import java.util.function.Predicate;
import org.newsdrift.TestFiles;
import picocli.CommandLine;

/** Inputs, a quick config and an in-process run of {@code newsdrift nightly}, for the tests on other file systems. */
final class JobFixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JobFixtures() {}

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {}

    /** Runs the command line in this JVM, as spark-submit would run it on a driver. */
    static Run nightly(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = NewsDrift.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] command = new String[args.length + 1];
        command[0] = "nightly";
        System.arraycopy(args, 0, command, 1, args.length);
        int code = cli.execute(command);
        return new Run(code, out.toString(), err.toString());
    }

    /** The default config with a small topic model (4 topics, 200 Gibbs sweeps) and the subject by absolute path. */
    static Path smallConfig(Path file) throws IOException {
        return smallConfig(file, 3);
    }

    /** As {@link #smallConfig(Path)}, keeping topic-model terms found in at least {@code ldaMinDf} articles. */
    static Path smallConfig(Path file, int ldaMinDf) throws IOException {
        ObjectNode config = (ObjectNode) JSON.readTree(TestFiles.defaultConfig().toFile());
        config.put("subject_file", TestFiles.subject().toString());
        ((ObjectNode) config.get("lda"))
                .put("k", 4)
                .put("max_iterations", 200)
                .put("min_documents", 10)
                .put("min_df", ldaMinDf);
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), config);
        return file;
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

    static byte[] bytes(JsonNode json) throws IOException {
        return JSON.writeValueAsBytes(json);
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }
}
