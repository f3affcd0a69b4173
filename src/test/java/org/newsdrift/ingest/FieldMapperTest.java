package org.newsdrift.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdrift.TestFiles;
import org.newsdrift.config.ConfigLoader;
import org.newsdrift.config.FieldMapping;

class FieldMapperTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FieldMapper MAPPER = new FieldMapper(
            ConfigLoader.load(TestFiles.defaultConfig()).job().ingest().mappings());

    @Test
    void kcnaRecordMapsOntoArticleFields() throws IOException {
        MappedRecord mapped = MAPPER.map(json("""
        {"topic": "External", "headline": "Russian Delegation Arrives", "link": "http://www.kcna.kp/en/article/q/1.kcmsf",
         "date": 1723075200000, "story_text": "Pyongyang, August 8 (KCNA) -- A delegation arrived.",
         "date_str": "2024-08-08"}
        """));

        assertThat(mapped.ok()).isTrue();
        assertThat(mapped.reason()).isNull();
        assertThat(mapped.article())
                .isEqualTo(new RawArticle(
                        "KCNA",
                        "http://www.kcna.kp/en/article/q/1.kcmsf",
                        "Russian Delegation Arrives",
                        LocalDate.of(2024, 8, 8),
                        "metadata",
                        "en",
                        "Pyongyang, August 8 (KCNA) -- A delegation arrived.",
                        RawArticle.RECORD,
                        null));
    }

    @Test
    void epochMillisAreReadAsTheUtcDay() throws IOException {
        // 2024-08-07T23:59:59.999Z and 2024-08-08T00:00:00Z: the day turns at UTC midnight.
        assertThat(kcna("1723075199999").publishedDate()).isEqualTo(LocalDate.of(2024, 8, 7));
        assertThat(kcna("1723075200000").publishedDate()).isEqualTo(LocalDate.of(2024, 8, 8));
    }

    @Test
    void epochMillisWrittenAsAStringAreRead() throws IOException {
        RawArticle article = kcna("\" 1723075200000 \"");

        assertThat(article.publishedDate()).isEqualTo(LocalDate.of(2024, 8, 8));
        assertThat(article.dateSource()).isEqualTo("metadata");
    }

    @Test
    void unreadableDateIsLeftNullWithDateSourceNone() throws IOException {
        for (String date :
                List.of("\"yesterday\"", "\"2024-08-08\"", "null", "true", "{\"$date\": 1723075200000}", "\"\"")) {
            RawArticle article = kcna(date);

            assertThat(article.publishedDate()).as("date %s", date).isNull();
            assertThat(article.dateSource()).as("date %s", date).isEqualTo("none");
        }
    }

    @Test
    void missingDateIsLeftNullWithDateSourceNone() throws IOException {
        MappedRecord mapped = MAPPER.map(json("""
        {"headline": "H", "link": "http://kcna.kp/2", "story_text": "Some text."}
        """));

        assertThat(mapped.article().publishedDate()).isNull();
        assertThat(mapped.article().dateSource()).isEqualTo("none");
    }

    @Test
    void emptyStoryTextIsRejectedAsMissingText() throws IOException {
        for (String text : List.of("\"\"", "\"  \\n \"", "null", "[]", "{\"p\": \"x\"}")) {
            MappedRecord mapped = MAPPER.map(json(
                    "{\"headline\": \"H\", \"link\": \"http://kcna.kp/3\", \"date\": 1723075200000, \"story_text\": "
                            + text + "}"));

            assertThat(mapped.ok()).as("story_text %s", text).isFalse();
            assertThat(mapped.article()).isNull();
            assertThat(mapped.reason()).isEqualTo(RejectReason.MISSING_TEXT);
            assertThat(mapped.detail()).isEqualTo("mapping 'kcna': 'story_text' is empty");
        }
    }

    @Test
    void recordFittingNoMappingIsRejectedListingItsKeys() throws IOException {
        MappedRecord mapped = MAPPER.map(json("""
        {"title": "T", "body": "text", "published": "2024-06-19"}
        """));

        assertThat(mapped.ok()).isFalse();
        assertThat(mapped.reason()).isEqualTo(RejectReason.UNKNOWN_RECORD_SHAPE);
        assertThat(mapped.detail()).isEqualTo("no configured mapping fits a record with keys [body, published, title]");
    }

    @Test
    void kcnaTextWithoutItsRequiredKeysFitsNoMapping() throws IOException {
        MappedRecord mapped = MAPPER.map(json("""
        {"story_text": "text", "headline": "H", "date": 1723075200000}
        """));

        assertThat(mapped.reason()).isEqualTo(RejectReason.UNKNOWN_RECORD_SHAPE);
        assertThat(mapped.detail()).endsWith("[date, headline, story_text]");
    }

    @Test
    void newsPleaseRecordTakesTheCalendarDayAsWrittenWhateverTheZone() throws IOException {
        MappedRecord mapped = MAPPER.map(json("""
        {"title": "Putin in Pyongyang", "maintext": "Putin arrived.", "url": " https://yna.co.kr/a ",
         "date_publish": "2024-06-19T10:00:00+09:00", "source_domain": "yna.co.kr", "language": "en"}
        """));

        assertThat(mapped.article())
                .isEqualTo(new RawArticle(
                        "yna.co.kr",
                        "https://yna.co.kr/a",
                        "Putin in Pyongyang",
                        LocalDate.of(2024, 6, 19),
                        "metadata",
                        "en",
                        "Putin arrived.",
                        RawArticle.RECORD,
                        null));
    }

    @Test
    void newsPleaseRecordWithoutSourceOrLanguageGetsUnknownAndUnd() throws IOException {
        MappedRecord mapped = MAPPER.map(json("""
        {"maintext": "Text.", "date_publish": "2024-06-19 03:00:00", "source_domain": " ", "language": null}
        """));

        assertThat(mapped.article().source()).isEqualTo("unknown");
        assertThat(mapped.article().language()).isEqualTo("und");
        assertThat(mapped.article().title()).isNull();
        assertThat(mapped.article().url()).isNull();
        assertThat(mapped.article().publishedDate()).isEqualTo(LocalDate.of(2024, 6, 19));
    }

    @Test
    void isoDateThatIsNoCalendarDayIsLeftNull() throws IOException {
        for (String date : List.of("\"2024-13-45T00:00:00Z\"", "\"19 June 2024\"", "20240619", "\"\"")) {
            MappedRecord mapped = MAPPER.map(
                    json("{\"maintext\": \"Text.\", \"source_domain\": \"x\", \"date_publish\": " + date + "}"));

            assertThat(mapped.article().publishedDate())
                    .as("date_publish %s", date)
                    .isNull();
            assertThat(mapped.article().dateSource()).isEqualTo("none");
        }
    }

    @Test
    void textGivenAsAnArrayOfStringsIsJoinedWithNewlines() throws IOException {
        MappedRecord mapped = MAPPER.map(json("""
        {"maintext": ["First paragraph.", "Second paragraph."], "source_domain": "x"}
        """));

        assertThat(mapped.article().text()).isEqualTo("First paragraph.\nSecond paragraph.");
    }

    @Test
    void epochSecondsAreReadWhenTheMappingSaysSo() throws IOException {
        FieldMapper mapper = new FieldMapper(List.of(
                new FieldMapping("tass", "body", null, null, "ts", "epoch_seconds", null, "TASS", null, "ru", null)));

        RawArticle article =
                mapper.map(json("{\"body\": \"Текст.\", \"ts\": 1723075200}")).article();

        assertThat(article.publishedDate()).isEqualTo(LocalDate.of(2024, 8, 8));
        assertThat(article.source()).isEqualTo("TASS");
        assertThat(article.language()).isEqualTo("ru");
    }

    @Test
    void firstFittingMappingWins() throws IOException {
        FieldMapper mapper = new FieldMapper(List.of(
                new FieldMapping("first", "body", null, null, null, null, null, "One", null, null, List.of("x")),
                new FieldMapping("second", "body", null, null, null, null, null, "Two", null, null, null)));

        assertThat(mapper.map(json("{\"body\": \"t\", \"x\": 1}")).article().source())
                .isEqualTo("One");
        assertThat(mapper.map(json("{\"body\": \"t\"}")).article().source()).isEqualTo("Two");
    }

    private static RawArticle kcna(String dateJson) throws IOException {
        MappedRecord mapped = MAPPER.map(json("{\"headline\": \"H\", \"link\": \"http://kcna.kp/1\", \"date\": "
                + dateJson + ", \"story_text\": \"Text.\"}"));
        assertThat(mapped.ok()).isTrue();
        return mapped.article();
    }

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }
}
