package org.newsdrift.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FrontMatterParserTest {
    /** The shape of a Naver crawl entry, tab-indented author lines included. */
    static final String NAVER_DOCUMENT = "---\n"
            + "id: 001_0015812889\n"
            + "title: \"강남구, 청렴도 평가서 3년 연속 &#x27;우수등급&#x27;\"\n"
            + "category: \n"
            + "publisher: 연합뉴스\n"
            + "author: \n"
            + "\t\t\n"
            + "\t\t\t정준영(prince@yna.co.kr)\n"
            + "\t\t\t김철수(kim@yna.co.kr)\n"
            + "\t\t\n"
            + "\t\n"
            + "published_at: 2025-12-24 00:00\n"
            + "crawled_at: 2025-12-25 14:27:28\n"
            + "url: https://n.news.naver.com/mnews/article/001/0015812889\n"
            + "oid: 001\n"
            + "aid: 0015812889\n"
            + "content_hash: 4d1f49f148badc1744244ad7a8aa898359e3837e20a4e3c9906b0c63af8c984a\n"
            + "---\n"
            + "\n"
            + "# 강남구\n"
            + "\n"
            + "---\n"
            + "\n"
            + "(서울&#x3D;연합뉴스) 본문.\n";

    @Test
    void everyFieldIsReadAsTheStringWrittenAndTheBodyStartsAfterTheClosingLine() {
        FrontMatterDocument document = FrontMatterParser.parse(NAVER_DOCUMENT);

        assertThat(document.fields())
                .containsExactly(
                        entry("id", "001_0015812889"),
                        entry("title", "강남구, 청렴도 평가서 3년 연속 &#x27;우수등급&#x27;"),
                        entry("category", ""),
                        entry("publisher", "연합뉴스"),
                        entry("author", "정준영(prince@yna.co.kr) 김철수(kim@yna.co.kr)"),
                        entry("published_at", "2025-12-24 00:00"),
                        entry("crawled_at", "2025-12-25 14:27:28"),
                        entry("url", "https://n.news.naver.com/mnews/article/001/0015812889"),
                        entry("oid", "001"),
                        entry("aid", "0015812889"),
                        entry("content_hash", "4d1f49f148badc1744244ad7a8aa898359e3837e20a4e3c9906b0c63af8c984a"));
        assertThat(document.body()).isEqualTo("\n# 강남구\n\n---\n\n(서울&#x3D;연합뉴스) 본문.\n");
        assertThat(document.field("missing")).isEmpty();
    }

    @Test
    void crlfLineEndingsGiveTheSameFieldsAndBodyAsLf() {
        FrontMatterDocument lf = FrontMatterParser.parse(NAVER_DOCUMENT);
        FrontMatterDocument crlf = FrontMatterParser.parse(NAVER_DOCUMENT.replace("\n", "\r\n"));

        assertThat(crlf).isEqualTo(lf);
    }

    @Test
    void doubleQuotedValuesTakeYamlEscapes() {
        FrontMatterDocument document = FrontMatterParser.parse("---\n"
                + "a: \"say \\\"hi\\\" \\\\ back\\\\slash\"\n"
                + "b: \"tab\\there\\nline \\/ \\x41\\u00e9\\U0001F600 \\_nbsp \\e\"\n"
                + "c: \"it's # not a comment\"   # but this is\n"
                + "d: \"\"\n"
                + "---\n");

        assertThat(document.fields())
                .containsExactly(
                        entry("a", "say \"hi\" \\ back\\slash"),
                        entry("b", "tab\there\nline / A\u00e9\uD83D\uDE00 \u00A0nbsp \u001B"),
                        entry("c", "it's # not a comment"),
                        entry("d", ""));
    }

    @Test
    void singleQuotedValuesTakeADoubledQuoteAndNoBackslashEscapes() {
        FrontMatterDocument document =
                FrontMatterParser.parse("---\n" + "a: 'It''s \"fine\" \\n'\n" + "b: ''''\n" + "---\nbody");

        assertThat(document.fields()).containsExactly(entry("a", "It's \"fine\" \\n"), entry("b", "'"));
        assertThat(document.body()).isEqualTo("body");
    }

    @Test
    void plainValuesKeepColonsAndHashesInsideWordsButEndAtASpaceHash() {
        FrontMatterDocument document = FrontMatterParser.parse("---\n"
                + "# a comment line\n"
                + "url: https://example.org/a?b=c#frag\n"
                + "title: Putin: talks with Kim, No.#2 # trailing comment\n"
                + "empty:\n"
                + "---\n");

        assertThat(document.fields())
                .containsExactly(
                        entry("url", "https://example.org/a?b=c#frag"),
                        entry("title", "Putin: talks with Kim, No.#2"),
                        entry("empty", ""));
    }

    @Test
    void aBlankLineInsideAFoldedValueBecomesALineBreak() {
        FrontMatterDocument document = FrontMatterParser.parse("---\nnote: one\n  two\n\n  three\n---\n");

        assertThat(document.field("note")).contains("one two\nthree");
    }

    @Test
    void aDocumentWithoutFrontMatterIsAClearError() {
        assertThatThrownBy(() -> FrontMatterParser.parse("# Just Markdown\n\nNo header here.\n"))
                .isInstanceOf(FrontMatterException.class)
                .hasMessage("Cannot parse front matter: the document does not start with a '---' line "
                        + "(line 1: \"# Just Markdown\")");
    }

    @Test
    void frontMatterThatNeverClosesIsAnError() {
        assertThatThrownBy(() -> FrontMatterParser.parse("---\nid: 1\ntitle: x\n"))
                .isInstanceOf(FrontMatterException.class)
                .hasMessageStartingWith("Cannot parse front matter: no closing '---' line");
    }

    @Test
    void linesOutsideTheSubsetAreErrorsNamingTheLine() {
        assertThatThrownBy(() -> FrontMatterParser.parse("---\nid: 1\nid: 2\n---\n"))
                .hasMessage("Cannot parse front matter: the key 'id' appears twice (line 3: \"id: 2\")");
        assertThatThrownBy(() -> FrontMatterParser.parse("---\ntags: [a, b]\n---\n"))
                .hasMessageStartingWith(
                        "Cannot parse front matter: the value of 'tags' is YAML this parser does not read");
        assertThatThrownBy(() -> FrontMatterParser.parse("---\njust text\n---\n"))
                .hasMessage("Cannot parse front matter: expected 'key: value' (line 2: \"just text\")");
        assertThatThrownBy(() -> FrontMatterParser.parse("---\ntitle: \"open\n---\n"))
                .hasMessageStartingWith(
                        "Cannot parse front matter: the quoted value of 'title' does not close on its line");
        assertThatThrownBy(() -> FrontMatterParser.parse("---\ntitle: \"a\" b\n---\n"))
                .hasMessageStartingWith("Cannot parse front matter: text after the closing quote of 'title'");
        assertThatThrownBy(() -> FrontMatterParser.parse("---\ntitle: \"\\q\"\n---\n"))
                .hasMessageStartingWith("Cannot parse front matter: unknown escape '\\q'");
        assertThatThrownBy(() -> FrontMatterParser.parse("---\ntitle: \"\\u12\"\n---\n"))
                .hasMessageStartingWith("Cannot parse front matter: escape '\\u' needs 4 hex digits");
        assertThatThrownBy(() -> FrontMatterParser.parse("---\n  indented: first\n---\n"))
                .hasMessageStartingWith("Cannot parse front matter: an indented line continues no plain value");
    }

    @Test
    void aByteOrderMarkBeforeTheOpeningLineIsIgnored() {
        assertThat(FrontMatterParser.parse("\uFEFF---\nid: 7\n---\n").field("id"))
                .contains("7");
    }

    @Test
    void randomDocumentsEitherParseOrFailWithFrontMatterException() {
        Random random = new Random(7L);
        String alphabet = "-:#'\"\\ \t\r\nab가xu0";
        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "---\n" : "");
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String document = text.toString();
            try {
                FrontMatterParser.parse(document);
            } catch (FrontMatterException expected) {
                assertThat(expected.getMessage())
                        .as("round %d: %s", round, document)
                        .startsWith("Cannot parse front matter: ");
            }
        }
    }
}
