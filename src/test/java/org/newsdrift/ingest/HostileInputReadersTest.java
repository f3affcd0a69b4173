package org.newsdrift.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdrift.TestFiles;
import org.newsdrift.config.ConfigLoader;

/**
 * Issue 9 at the readers, without Spark: every file of the hostile corpus, read alone, ends promptly in exactly the
 * expected outcomes, one per record, each reject with a reason and a detail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputReadersTest {
    private static final FieldMapper MAPPER = new FieldMapper(
            ConfigLoader.load(TestFiles.defaultConfig()).job().ingest().mappings());

    private HostileCorpus corpus;

    @BeforeAll
    void writeTheCorpus(@TempDir Path dir) throws IOException {
        // Nothing here parses HTML, so no page can reach the port; the job test listens on a real one.
        corpus = HostileCorpus.write(dir, 9, "readers");
    }

    /** Each file as the job lists it: its name in the corpus, and its URI. */
    Stream<Arguments> files() {
        return InputResolver.resolve(List.of(corpus.root().toString()), new Configuration(false)).stream()
                .map(f -> Arguments.of(corpus.relative(f.uri()), f.uri()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void everyRecordOfTheFileEndsAsExpected(String file, String uri) {
        List<IngestOutcome> outcomes = new ArrayList<>();
        FileRecordSource.read(uri, new Configuration(false), MAPPER, HostileCorpus.MAX_BYTES)
                .forEachRemaining(outcomes::add);

        Map<String, String> actual = new LinkedHashMap<>();
        outcomes.forEach(o -> actual.put(o.locator(), o.article() != null ? HostileCorpus.ACCEPTED : o.reason()));
        assertThat(actual)
                .containsExactlyEntriesOf(corpus.expectedAtTheReaders().get(file));
        assertThat(outcomes)
                .hasSize(actual.size())
                .allSatisfy(o ->
                        assertThat(o.article() != null || !o.detail().isBlank()).isTrue());
    }

    @Test
    void everyFileOfTheCorpusHasItsExpectedOutcomes() {
        assertThat(files().map(arguments -> (String) arguments.get()[0]))
                .containsExactlyInAnyOrderElementsOf(corpus.expected().keySet());
    }
}
