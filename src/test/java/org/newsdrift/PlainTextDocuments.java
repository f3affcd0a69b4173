package org.newsdrift;

import java.util.List;

/**
 * Plain-text documents that are not news pages, laid out as such files are (hard-wrapped, indented, in numbered
 * sections or dated entries): a software licence, a manual page and a changelog. Written here, with no text from
 * any real document, so that tests can check they are told apart from saved news pages.
 */
public final class PlainTextDocuments {
    private static final List<String> TERMS = List.of(
            "Each contributor grants every recipient a worldwide, royalty-free licence to copy, modify and share the work.",
            "A recipient who shares the work must keep every notice of authorship and of this licence intact.",
            "The work is provided as it is, without any promise that it fits a purpose or is free of defects.",
            "No contributor is liable for damages arising from the use of the work, even if told of their possibility.",
            "A modified version must say that it was modified and when, in a notice that a reader can find easily.",
            "This licence ends for anyone who breaks its terms, and is restored when the breach is cured within thirty "
                    + "days of notice.");

    private PlainTextDocuments() {}

    /** A licence of about 30 KB in twenty numbered sections, wrapped at 70 columns and indented two spaces. */
    public static String licence() {
        StringBuilder text = new StringBuilder(
                "                 THE EXAMPLE PUBLIC LICENCE\n              Version 3, " + "in plain text\n\n");
        for (int section = 0; section < 20; section++) {
            text.append("  ")
                    .append(section)
                    .append(". Terms of part ")
                    .append(section)
                    .append(".\n\n");
            for (int paragraph = 0; paragraph < 3; paragraph++) {
                StringBuilder prose = new StringBuilder();
                for (int i = 0; i < 4; i++) {
                    prose.append(TERMS.get((section + paragraph + i) % TERMS.size()))
                            .append(' ');
                }
                text.append(wrap(prose.toString().strip(), 70, "  ")).append('\n');
            }
        }
        return text.append("                     END OF TERMS AND CONDITIONS\n").toString();
    }

    /** A manual page as {@code man} renders it to text: headings in capitals, indented wrapped paragraphs. */
    public static String manual() {
        StringBuilder text =
                new StringBuilder("EXAMPLE(1)                 User Commands                 EXAMPLE(1)\n\n");
        text.append("NAME\n       example - list, count and compare the records of a file\n\n");
        text.append("SYNOPSIS\n       example [OPTION]... [FILE]...\n\nDESCRIPTION\n");
        text.append(wrap(
                        "Reads each FILE, or standard input when none is given, and writes one line for every record "
                                + "it finds, with the record's number, its length and the first characters of its text. Records are "
                                + "separated by blank lines unless an option says otherwise.",
                        65,
                        "       "))
                .append('\n');
        String[][] options = {
            {"-a, --all", "list every record, including those that hold only blanks or comments"},
            {"-c, --count", "print only the number of records of each file, then a total for all of them"},
            {"-d, --delimiter=TEXT", "separate records by TEXT instead of blank lines; TEXT may be any string"},
            {"-n, --numeric", "compare records as numbers where both begin with digits, otherwise as text"},
            {"-r, --reverse", "list the records from the last to the first, which suits logs written in order"},
            {"-s, --skip=N", "leave out the first N records of each file before listing or counting"},
            {"--help", "display this help and exit"},
            {"--version", "output version information and exit"}
        };
        for (String[] option : options) {
            text.append("       ")
                    .append(option[0])
                    .append('\n')
                    .append(wrap(option[1], 58, "              "))
                    .append('\n');
        }
        text.append("EXIT STATUS\n")
                .append(wrap(
                        "0 when every file was read; 1 when a file could not be read; 2 when "
                                + "an option was not understood.",
                        65,
                        "       "))
                .append('\n');
        text.append("AUTHOR\n       Written by the example project.\n\n");
        text.append("example 4.2                      March 2024                      EXAMPLE(1)\n");
        return text.toString();
    }

    /** A changelog of a few dozen dated releases, each a list of changes and a sign-off line. */
    public static String changelog() {
        StringBuilder text = new StringBuilder();
        String[] changes = {
            "Fix a crash when the input ends without a newline.",
            "Read records separated by CRLF as well as LF.",
            "New option --skip to leave out the first records of a file.",
            "Speed up counting of large files by reading them in blocks.",
            "Update translations for German, Korean and Ukrainian.",
            "Document the exit codes in the manual page."
        };
        for (int release = 40; release > 0; release--) {
            text.append("example (4.")
                    .append(release / 10)
                    .append('.')
                    .append(release % 10)
                    .append("-1) unstable; " + "urgency=medium\n\n");
            for (int i = 0; i < 3; i++) {
                text.append("  * ")
                        .append(changes[(release + i) % changes.length])
                        .append('\n');
            }
            text.append("\n -- Example Maintainer <maintainer@example.org>  Mon, ")
                    .append(String.format("%02d", 1 + release % 28))
                    .append(" Jan 20")
                    .append(10 + release / 4)
                    .append(" 10:00:00 +0100\n\n");
        }
        return text.toString();
    }

    /** {@code text} broken into lines of at most {@code width} characters, each after {@code indent}. */
    static String wrap(String text, int width, String indent) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.append(indent).append(line).append('\n');
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        return out.append(indent).append(line).append('\n').toString();
    }
}
