package org.newsdrift.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdrift.TestFiles;

/** The same judge on the Korean crawl archives and the Russian Telegram channels of {@code ../shared/corpus}. */
class ReadableTermsOnCorpusTest {
    private static final Path CORPUS =
            TestFiles.repo().resolve("../shared/corpus").normalize();

    @Test
    void theFortyTopTermsOfNaverKoAndTelegramRuAreWordsAReaderTakesForSubjects(@TempDir Path work) throws Exception {
        Path naver = CORPUS.resolve("naver-ko");
        Path telegram = CORPUS.resolve("telegram-ru");
        Assumptions.assumeTrue(
                Files.isDirectory(naver) && Files.isDirectory(telegram),
                "skipped: the shared corpus is not here (" + CORPUS + " needs naver-ko/ and telegram-ru/)");
        List<String> top = ReadableTerms.topTerms(work, List.of(naver, telegram));
        System.out.println("top " + ReadableTerms.TOP + " terms (relevant, month) on naver-ko + telegram-ru: " + top);
        assertThat(top).hasSize(ReadableTerms.TOP);
        assertThat(ReadableTerms.unreadable(top))
                .as("unreadable terms among " + top)
                .isEmpty();
    }

    /** {@code -Dnewsdrift.terms.output=DIR} judges the tables of an existing run, e.g. before and after a change. */
    @Test
    void anExistingOutputIsJudgedWhenOneIsNamed() {
        String output = System.getProperty("newsdrift.terms.output");
        Assumptions.assumeTrue(output != null, "skipped: no -Dnewsdrift.terms.output=DIR given");
        List<String> top = ReadableTerms.topTerms(Path.of(output));
        System.out.println("top " + ReadableTerms.TOP + " terms (relevant, month) of " + output + ": " + top);
        System.out.println("unreadable: " + ReadableTerms.unreadable(top));
    }
}
