package org.newsdrift.table;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The output tables, declared once in {@code tables.json} beside this class. */
public final class Tables {
    public static final String ARTICLES = "articles";
    public static final String REJECTS = "rejects";
    public static final String SOURCE_BOILERPLATE = "source_boilerplate";
    public static final String COVERAGE = "coverage";
    public static final String ARTICLE_TERMS = "article_terms";
    public static final String TERM_TRENDS = "term_trends";
    public static final String TOPICS = "topics";
    public static final String DOC_TOPICS = "doc_topics";
    public static final String TOPIC_TRENDS = "topic_trends";
    public static final String TOPIC_LINEAGE = "topic_lineage";
    public static final String TOPIC_EXAMPLES = "topic_examples";
    public static final String MODEL_SELECTION = "model_selection";
    public static final String INPUT_LEDGER = "input_ledger";
    public static final String RUNS = "runs";

    private static final Map<String, TableSpec> SPECS = load();

    private Tables() {}

    public static TableSpec spec(String name) {
        TableSpec spec = SPECS.get(name);
        if (spec == null) {
            throw new IllegalArgumentException("Cannot find table: no table named '" + name + "' in tables.json");
        }
        return spec;
    }

    public static List<TableSpec> all() {
        return List.copyOf(SPECS.values());
    }

    private record Declared(String description, List<String> partitionedBy, List<TableSpec.Column> columns) {}

    private static Map<String, TableSpec> load() {
        ObjectMapper mapper = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        try (InputStream in = Tables.class.getResourceAsStream("tables.json")) {
            if (in == null) {
                throw new IllegalStateException("Cannot load table declarations: tables.json is missing from the jar");
            }
            Map<String, Declared> declared =
                    mapper.readValue(in, new TypeReference<LinkedHashMap<String, Declared>>() {});
            Map<String, TableSpec> specs = new LinkedHashMap<>();
            declared.forEach(
                    (name, d) -> specs.put(name, new TableSpec(name, d.description(), d.partitionedBy(), d.columns())));
            return specs;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load table declarations from tables.json", e);
        }
    }
}
