package org.newsdrift.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdrift.TestFiles;

class ReadableTermsOnSampleTest {
    @Test
    void theFortyTopTermsOfTheSampleAreWordsAReaderTakesForSubjects(@TempDir Path work) throws Exception {
        List<String> top = ReadableTerms.topTerms(work, List.of(TestFiles.sample()));
        System.out.println("top " + ReadableTerms.TOP + " terms (relevant, month) on the sample: " + top);
        assertThat(top).hasSize(ReadableTerms.TOP);
        assertThat(ReadableTerms.unreadable(top))
                .as("unreadable terms among " + top)
                .isEmpty();
    }

    @Test
    void theJudgeRejectsWhatUsersSaw() {
        assertThat(ReadableTerms.unreadable(List.of(
                        "will",
                        "two",
                        "76th",
                        "4kg",
                        "c.c",
                        "d'affair",
                        "sungand",
                        "ilfor",
                        "unwho",
                        "перв",
                        "둘째",
                        "exhibit",
                        "kim_jong_un",
                        "минист",
                        "러시아",
                        "g20")))
                .hasSize(11);
    }
}
