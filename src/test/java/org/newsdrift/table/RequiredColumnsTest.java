package org.newsdrift.table;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredColumnsTest {
    @Test
    void inputWithEveryRequiredColumnPasses() {
        assertThatCode(() -> RequiredColumns.check(
                        List.of("article_id", "text", "extra"), "score relevance", Columns.ARTICLE_ID, Columns.TEXT))
                .doesNotThrowAnyException();
    }

    @Test
    void missingColumnIsNamedWithTheStepAndTheColumnsPresent() {
        assertThatThrownBy(() -> RequiredColumns.check(
                        List.of("article_id", "title"),
                        "score relevance",
                        Columns.ARTICLE_ID,
                        Columns.TITLE,
                        Columns.TEXT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot score relevance: input lacks column 'text' (has [article_id, title])");
    }
}
