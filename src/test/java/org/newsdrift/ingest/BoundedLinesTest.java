package org.newsdrift.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLinesTest {

    @Test
    void linesEndAtLfCrLfOrCrAndTheLastNeedsNoEnding() throws IOException {
        assertThat(lines("a\nbb\r\nccc\rdddd", 100)).containsExactly("a", "bb", "ccc", "dddd");
    }

    @Test
    void emptyLinesAreLinesButTheEndOfTheStreamIsNot() throws IOException {
        assertThat(lines("\n\r\n\nx\n", 100)).containsExactly("", "", "", "x");
        assertThat(lines("", 100)).isEmpty();
    }

    @Test
    void aLineOfExactlyTheLimitIsKeptAndALongerOneIsOnlyMeasured() throws IOException {
        BoundedLines lines = new BoundedLines(stream("abcd\nabcde\nz"), 4);

        assertThat(new String(lines.next().bytes(), StandardCharsets.UTF_8)).isEqualTo("abcd");
        BoundedLines.Line tooLong = lines.next();
        assertThat(tooLong.tooLong()).isTrue();
        assertThat(tooLong.length()).isEqualTo(5);
        assertThat(new String(lines.next().bytes(), StandardCharsets.UTF_8)).isEqualTo("z");
        assertThat(lines.next()).isNull();
    }

    @Test
    void aCrLfSplitBetweenTwoReadsIsOneLineEnding() throws IOException {
        InputStream oneByteAtATime = new FilterInputStream(stream("a\r\nb\r\n\r\nc")) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1));
            }
        };
        assertThat(all(new BoundedLines(oneByteAtATime, 10))).containsExactly("a", "b", "", "c");
    }

    @Test
    void aLineFarLongerThanTheBufferIsSkippedToItsEnd() throws IOException {
        String huge = "x".repeat(300_000);

        BoundedLines lines = new BoundedLines(stream(huge + "\nafter"), 1000);

        assertThat(lines.next().length()).isEqualTo(300_000);
        assertThat(new String(lines.next().bytes(), StandardCharsets.UTF_8)).isEqualTo("after");
    }

    private static List<String> lines(String text, long max) throws IOException {
        return all(new BoundedLines(stream(text), max));
    }

    private static List<String> all(BoundedLines lines) throws IOException {
        List<String> read = new ArrayList<>();
        for (BoundedLines.Line line; (line = lines.next()) != null; ) {
            read.add(new String(line.bytes(), StandardCharsets.UTF_8));
        }
        return read;
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
