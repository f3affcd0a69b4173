package org.newsdrift.clean.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The article pages bundled under src/test/resources/html/, with their expected values. */
final class Fixtures {
    /** A fixed "now" for tests, after every bundled page's publication. */
    static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    private Fixtures() {}

    static String html(String name) {
        return resource(name + ".html");
    }

    static JsonNode expected(String name) {
        try {
            return new JsonMapper().readTree(resource(name + ".expected.json"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read fixture: invalid JSON (" + name + ")", e);
        }
    }

    static String expectedBody(JsonNode expected) {
        List<String> paragraphs = new ArrayList<>();
        expected.path("body_paragraphs").forEach(p -> paragraphs.add(p.asText()));
        return String.join("\n", paragraphs);
    }

    private static String resource(String file) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/html/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Cannot read fixture: not on the test class path (/html/" + file + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read fixture: unreadable (/html/" + file + ")", e);
        }
    }
}
