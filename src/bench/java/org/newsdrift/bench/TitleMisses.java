package org.newsdrift.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsdrift.evaluation.TextPageCorpus;
import org.newsdrift.evaluation.TitleMatch;

/**
 * Explains each title the text-page cleaner missed: the line it chose and where the expected title sits in the saved
 * text (a line of its own, inside a longer line, or nowhere), with the lines around it, so misses can be grouped by
 * cause.
 */
final class TitleMisses {
    private static final int CONTEXT = 2;

    private TitleMisses() {}

    /** Where the expected title sits: a line index, how it sits there, and the non-blank lines before and after. */
    record Placement(int line, String how, List<String> before, String after) {}

    static void print(Path pages, TextPageCorpus.Result result) {
        System.out.println("titles missed, explained (chosen line | where the expected title sits):");
        for (TextPageCorpus.PageScore p : result.scored()) {
            if (p.titleMatches()) {
                continue;
            }
            List<String> lines = lines(pages.resolve(p.page() + ".txt"));
            int chosen = find(lines, p.title(), true);
            Placement at = place(lines, p.expectedTitle());
            System.out.printf(
                    "  %s%n    chose    [%d] %s%n    expected [%d, %s] %s%n",
                    p.page(), chosen, p.title(), at.line(), at.how(), p.expectedTitle());
            at.before().forEach(line -> System.out.printf("      before: %s%n", shorten(line)));
            if (at.after() != null) {
                System.out.printf("      after:  %s%n", shorten(at.after()));
            }
        }
    }

    static Placement place(List<String> lines, String expected) {
        int exact = find(lines, expected, true);
        int inside = exact >= 0 ? exact : find(lines, expected, false);
        if (inside < 0) {
            return new Placement(-1, "absent", List.of(), null);
        }
        List<String> before = new ArrayList<>();
        for (int i = inside - 1; i >= 0 && before.size() < CONTEXT; i--) {
            if (!lines.get(i).isBlank()) {
                before.add(0, lines.get(i));
            }
        }
        String after = null;
        for (int i = inside + 1; i < lines.size() && after == null; i++) {
            if (!lines.get(i).isBlank()) {
                after = lines.get(i);
            }
        }
        return new Placement(inside, exact >= 0 ? "line" : "inside", before, after);
    }

    private static int find(List<String> lines, String title, boolean whole) {
        if (title == null || title.isBlank()) {
            return -1;
        }
        String wanted = TitleMatch.normalise(title);
        for (int i = 0; i < lines.size(); i++) {
            String line = TitleMatch.normalise(lines.get(i));
            if (whole ? line.equals(wanted) : line.contains(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static String shorten(String line) {
        return line.length() <= 120 ? line : line.substring(0, 117) + "...";
    }

    private static List<String> lines(Path file) {
        try {
            return List.of(Files.readString(file, StandardCharsets.UTF_8).split("\\R", -1));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
