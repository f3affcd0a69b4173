package org.newsdrift.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsdrift.TestFiles;
import org.newsdrift.clean.TextNormalizer;
import org.newsdrift.config.ConfigLoader;
import org.newsdrift.config.RunConfig;
import org.newsdrift.ingest.FieldMapper;
import org.newsdrift.ingest.MappedRecord;

/**
 * Relevance on the bundled sample against a reference written independently of the alias patterns: plain
 * lower-case substring search for the subject's English names. Prints the measured rates.
 */
class RelevanceOnSampleTest {
    private static final List<String> RUSSIA =
            List.of("russia", "moscow", "kremlin", "putin", "lavrov", "shoigu", "belousov");
    private static final List<String> NORTH_KOREA =
            List.of("north korea", "dprk", "pyongyang", "kim jong un", "kim jong-un", "choe son hui");

    @Test
    void flagsNearlyEveryArticleMentioningBothGroupsAndAlmostNoneMentioningNeither() throws Exception {
        RunConfig config = ConfigLoader.load(TestFiles.defaultConfig());
        FieldMapper mapper = new FieldMapper(config.job().ingest().mappings());
        RelevanceScorer scorer = new RelevanceScorer(
                new AliasMatcher(config.subject()), config.subject().minScore());
        int both = 0;
        int bothFlagged = 0;
        int neither = 0;
        int neitherFlagged = 0;
        int oneGroup = 0;
        int oneGroupFlagged = 0;
        for (JsonNode record : new ObjectMapper().readTree(TestFiles.sample().toFile())) {
            MappedRecord mapped = mapper.map(record);
            if (!mapped.ok()) {
                continue;
            }
            String title = TextNormalizer.normalizeLine(mapped.article().title());
            String text = TextNormalizer.normalize(mapped.article().text());
            String haystack = (title + "\n" + text).toLowerCase(Locale.ROOT);
            boolean russia = RUSSIA.stream().anyMatch(haystack::contains);
            boolean northKorea = NORTH_KOREA.stream().anyMatch(haystack::contains);
            boolean flagged = scorer.score(title, text).relevant();
            if (russia && northKorea) {
                both++;
                bothFlagged += flagged ? 1 : 0;
            } else if (!russia && !northKorea) {
                neither++;
                neitherFlagged += flagged ? 1 : 0;
            } else {
                oneGroup++;
                oneGroupFlagged += flagged ? 1 : 0;
            }
        }
        System.out.printf(
                "relevance on sample: %d/%d articles mentioning both groups flagged; "
                        + "%d/%d mentioning neither flagged; %d/%d mentioning one group only flagged%n",
                bothFlagged, both, neitherFlagged, neither, oneGroupFlagged, oneGroup);
        assertThat(both).as("articles mentioning both groups").isGreaterThan(100);
        // Passing mentions and lists of countries are left out, so fewer than all, but the subject's own stories
        // remain.
        assertThat(bothFlagged).isGreaterThan(both / 4).isLessThan(both);
        assertThat(neitherFlagged).isZero();
        // KCNA datelines name Pyongyang, so almost every sample article mentions one group: none of those is flagged.
        assertThat(oneGroup).as("articles mentioning one group only").isGreaterThan(100);
        assertThat(oneGroupFlagged).isZero();
    }
}
