package org.newsdrift.clean.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;

/** The saved pages under {@code src/test/resources/pages/} and their hand-written golden outputs. */
final class PageFixtures {
    static final String KOREA_WARNS_RUSSIA = "korea-warns-russia";
    static final String KYIV_INDEPENDENT = "kyivindependent-2024-06-20-south-korea-weapons";
    /** Three paragraphs of one article, for the pages built in the tests. */
    static final String FIRST = "Russia and North Korea signed a treaty on Wednesday that commits each to help "
            + "the other if it is attacked, the two leaders said after talks in Pyongyang.";

    static final String SECOND = "The agreement replaces the treaties of 1961 and 2000 and was signed after "
            + "hours of talks between the two delegations at the Kumsusan guest house.";
    static final String THIRD = "Officials in Seoul said they would study the text closely and consult their "
            + "allies about the consequences for security on the Korean peninsula.";
    /** "Today" for every test: fixtures never depend on the day the tests run. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);

    private PageFixtures() {}

    static String page(String name) {
        return resource(name + ".txt");
    }

    /** The expected body, without the final newline the file ends with. */
    static String expectedText(String name) {
        return resource(name + ".expected.txt").stripTrailing();
    }

    static Properties expected(String name) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(resource(name + ".expected.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String resource(String file) {
        try (InputStream in = PageFixtures.class.getResourceAsStream("/pages/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Cannot read fixture: not on the test class path (pages/" + file + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
