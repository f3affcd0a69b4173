package org.newsdrift.ingest.archive;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A Markdown document split into its front-matter fields (strings as written, in file order) and its body.
 *
 * @param body everything after the closing {@code ---} line, with line endings as {@code \n}
 */
public record FrontMatterDocument(Map<String, String> fields, String body) {

    public FrontMatterDocument {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The field's value; empty when the key is absent. A key with nothing after it has the value {@code ""}. */
    public Optional<String> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }
}
