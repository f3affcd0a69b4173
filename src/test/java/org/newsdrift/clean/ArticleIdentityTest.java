package org.newsdrift.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdentityTest {
    private static final String URL = "http://www.kcna.kp/en/article/q/1.kcmsf";

    @Test
    void contentHashIsTheFirst32HexOfSha256OfTheFoldedText() {
        // sha256("hello world") = b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9
        assertThat(ArticleIdentity.contentHash("hello world")).isEqualTo("b94d27b9934d3e08a52e52d7da7dabfa");
    }

    @Test
    void contentHashFoldsCaseAndWhitespace() {
        String expected = ArticleIdentity.contentHash("hello world");

        assertThat(ArticleIdentity.contentHash("Hello World")).isEqualTo(expected);
        assertThat(ArticleIdentity.contentHash("  HELLO \t\n\n  world\r\n")).isEqualTo(expected);
    }

    @Test
    void contentHashTellsDifferentWordsApart() {
        assertThat(ArticleIdentity.contentHash("hello world")).isNotEqualTo(ArticleIdentity.contentHash("helloworld"));
        assertThat(ArticleIdentity.contentHash("hello world"))
                .isNotEqualTo(ArticleIdentity.contentHash("hello world."));
    }

    @Test
    void articleIdHashesSourceAndUrl() {
        // sha256("url\0KCNA\0" + URL), first 32 hex: pinned, because ids must not change between releases.
        assertThat(ArticleIdentity.articleId("KCNA", URL, "Title", "hash"))
                .isEqualTo("c1bf87d0191cdf407bb63fe1f483f33e");
    }

    @Test
    void articleIdIsStableForTheSameSourceAndUrlWhateverTheTitleOrText() {
        String id = ArticleIdentity.articleId("KCNA", URL, "Title", "hash-1");

        assertThat(ArticleIdentity.articleId("KCNA", URL, "Another title", "hash-2"))
                .isEqualTo(id);
        assertThat(ArticleIdentity.articleId("KCNA", "  " + URL + "\n", null, null))
                .isEqualTo(id);
    }

    @Test
    void articleIdDiffersBySourceAndByUrl() {
        String id = ArticleIdentity.articleId("KCNA", URL, "Title", "hash");

        assertThat(ArticleIdentity.articleId("TASS", URL, "Title", "hash")).isNotEqualTo(id);
        assertThat(ArticleIdentity.articleId("KCNA", URL + "2", "Title", "hash"))
                .isNotEqualTo(id);
    }

    @Test
    void articleIdWithoutUrlFallsBackToTitleAndContentHash() {
        String id = ArticleIdentity.articleId("KCNA", null, "Title", "hash");

        assertThat(ArticleIdentity.articleId("KCNA", "", "Title", "hash")).isEqualTo(id);
        assertThat(ArticleIdentity.articleId("KCNA", " \t", "Title", "hash")).isEqualTo(id);
        assertThat(ArticleIdentity.articleId("KCNA", null, "Title", "other-hash"))
                .isNotEqualTo(id);
        assertThat(ArticleIdentity.articleId("KCNA", null, "Other title", "hash"))
                .isNotEqualTo(id);
        assertThat(ArticleIdentity.articleId("TASS", null, "Title", "hash")).isNotEqualTo(id);
        assertThat(ArticleIdentity.articleId("KCNA", URL, "Title", "hash")).isNotEqualTo(id);
    }

    @Test
    void idsAndHashesAre32LowerCaseHexCharacters() {
        assertThat(ArticleIdentity.contentHash("Пхеньян 평양")).matches("[0-9a-f]{32}");
        assertThat(ArticleIdentity.articleId("KCNA", URL, null, null)).matches("[0-9a-f]{32}");
        assertThat(ArticleIdentity.articleId("KCNA", null, null, ArticleIdentity.contentHash("")))
                .matches("[0-9a-f]{32}");
    }
}
