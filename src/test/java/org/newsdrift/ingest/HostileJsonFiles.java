package org.newsdrift.ingest;

import static org.newsdrift.ingest.HostileCorpus.ACCEPTED;
import static org.newsdrift.ingest.HostileCorpus.utf8;
import static org.newsdrift.ingest.HostileDocuments.body;
import static org.newsdrift.ingest.HostileDocuments.concat;
import static org.newsdrift.ingest.HostileDocuments.gzip;
import static org.newsdrift.ingest.HostileDocuments.jsonRecord;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/** The JSON part of {@link HostileCorpus}: JSON Lines and arrays, plain and gzip'ed. */
final class HostileJsonFiles {
    /** Where each date test record's date goes; the record ids are the keys the job test looks up. */
    static final String[][] DATES = {
        {"date-zero", "0000-00-00"},
        {"date-2099", "2099-01-01"},
        {"date-feb-30", "2024-02-30"},
        {"date-1969", "1969-12-31T23:59:59Z"},
        {"date-ok", "2024-06-19T08:00:00+09:00"}
    };

    private final HostileCorpus corpus;

    HostileJsonFiles(HostileCorpus corpus) {
        this.corpus = corpus;
    }

    void write() throws IOException {
        truncatedAndRandom();
        bomb();
        nested();
        undecodable();
        dates();
        awkwardNames();
        copiedStory();
        empty();
    }

    /**
     * A story and, in another outlet, an exact copy dated two months later: the copy is a duplicate, so its month
     * has articles but no canonical one, and the run's summary and report must cope with a month without attention.
     */
    private void copiedStory() throws IOException {
        String original = jsonRecord("copied", "2024-06-19");
        String copy = original.replace("https://hostile.example/copied", "https://mirror.example/copied")
                .replace("\"hostile.example\"", "\"mirror.example\"")
                .replace("2024-06-19", "2024-08-21");
        corpus.put("json/copied-story.jsonl", utf8(original + "\n" + copy + "\n"));
        expectLines("json/copied-story.jsonl", ACCEPTED, ACCEPTED);
    }

    private void truncatedAndRandom() throws IOException {
        String cutLine = "{\"maintext\": \"" + HexFormat.of().formatHex(HostileDocuments.noise(3, 40_000)) + "\"}";
        byte[] whole = gzip(utf8(
                jsonRecord("cut-1", "2024-06-19") + "\n" + jsonRecord("cut-2", "2024-06-19") + "\n" + cutLine + "\n"));
        corpus.put("json/truncated.jsonl.gz", Arrays.copyOf(whole, whole.length * 6 / 10));
        expectLines("json/truncated.jsonl.gz", ACCEPTED, ACCEPTED);
        corpus.expect("json/truncated.jsonl.gz", "file", "unreadable_file");

        corpus.put("json/random-bytes.json.gz", gzip(HostileDocuments.noise(5, 65_536)));
        corpus.expect("json/random-bytes.json.gz", "file", "malformed_json");
        corpus.put("json/blob.json", HostileDocuments.png());
        corpus.expect("json/blob.json", "file", "malformed_json");
    }

    /** A gzip'ed JSON Lines file whose middle line inflates far past the limit. */
    private void bomb() throws IOException {
        try (OutputStream out = new GZIPOutputStream(corpus.stream("json/bomb.jsonl.gz"), 1 << 16)) {
            out.write(utf8(jsonRecord("before-bomb", "2024-06-19") + "\n{\"maintext\": \""));
            HostileDocuments.repeat(out, (byte) ' ', HostileCorpus.BOMB_BYTES);
            out.write(utf8("\"}\n" + jsonRecord("after-bomb", "2024-06-19") + "\n"));
        }
        expectLines("json/bomb.jsonl.gz", ACCEPTED, "too_large", ACCEPTED);
    }

    private void nested() throws IOException {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        corpus.put(
                "json/deep.jsonl",
                utf8(jsonRecord("deep-1", "2024-06-19") + "\n{\"maintext\": " + deep + "}\n"
                        + jsonRecord("deep-3", "2024-06-19") + "\n"));
        expectLines("json/deep.jsonl", ACCEPTED, "malformed_json", ACCEPTED);
        corpus.put("json/deep-array.json", utf8("[" + jsonRecord("deep-array-0", "2024-06-19") + ",\n" + deep + "]"));
        corpus.expect("json/deep-array.json", "element 0", ACCEPTED);
        corpus.expect("json/deep-array.json", "element 1", "malformed_json");
    }

    /**
     * Bytes that are not UTF-8: one stray byte in a long text is kept as U+FFFD; a body in windows-1251 is
     * rejected. Also two records run together on one line, and escapes for NUL and a lone surrogate.
     */
    private void undecodable() throws IOException {
        byte[] cp1251Body =
                body("ru").replace("Report", HostileCorpus.RUSSIAN).getBytes(Charset.forName("windows-1251"));
        byte[] cp1251Record = concat(
                utf8("{\"title\": \"cp1251\", \"url\": \"https://hostile.example/cp1251\", "
                        + "\"source_domain\": \"hostile.example\", \"maintext\": \""),
                cp1251Body,
                utf8("\"}"));
        byte[] strayByte = utf8(jsonRecord("stray-byte", "2024-06-19").replace("Report", "Report #"));
        // One byte that starts no UTF-8 sequence, in a text of some 300 characters.
        strayByte[new String(strayByte, StandardCharsets.ISO_8859_1).indexOf('#')] = (byte) 0xFF;
        String escapes = jsonRecord("escapes", "2024-06-19").replace("Report", "NUL \\u0000 lone \\ud800 Report");
        corpus.put(
                "json/invalid-utf8.jsonl",
                concat(
                        strayByte,
                        utf8("\n"),
                        cp1251Record,
                        utf8("\n"),
                        utf8(jsonRecord("run-a", "2024-06-19") + jsonRecord("run-b", "2024-06-19") + "\n" + escapes
                                + "\n")));
        expectLines("json/invalid-utf8.jsonl", ACCEPTED, "undecodable_text", "malformed_json", ACCEPTED);

        corpus.put(
                "json/invalid-utf8.json",
                concat(utf8("["), cp1251Record, utf8(",\n"), utf8(jsonRecord("after-cp1251", "2024-06-19") + "]")));
        corpus.expect("json/invalid-utf8.json", "element 0", "undecodable_text");
        corpus.expect("json/invalid-utf8.json", "element 1", ACCEPTED);
    }

    private void dates() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (String[] date : DATES) {
            lines.append(jsonRecord(date[0], date[1])).append('\n');
        }
        // A KCNA record whose epoch milliseconds are the largest long: a year of nine digits.
        lines.append("{\"headline\": \"Story date-max-long\", \"link\": \"http://www.kcna.kp/en/date-max-long\", "
                + "\"date\": 9223372036854775807, \"story_text\": \"" + body("date-max-long") + "\"}\n");
        corpus.put("json/dates.jsonl", utf8(lines.toString()));
        expectLines("json/dates.jsonl", ACCEPTED, ACCEPTED, ACCEPTED, ACCEPTED, ACCEPTED, ACCEPTED);
    }

    /** Names that are legal on disk but awkward in a URI: an ISO time's colons, a hash, a space, a percent sign. */
    private void awkwardNames() throws IOException {
        for (String name : new String[] {"json/2024-06-20T10:00:00.jsonl", "json/odd #1 %20 ü?.jsonl"}) {
            corpus.put(name, utf8(jsonRecord("name-" + Integer.toHexString(name.hashCode()), "2024-06-19") + "\n"));
            corpus.expect(name, "line 1", ACCEPTED);
        }
    }

    private void empty() throws IOException {
        corpus.put("json/empty.json", new byte[0]);
        corpus.put("json/empty.jsonl.gz", gzip(new byte[0]));
        corpus.put("json/blank.jsonl", utf8("\n   \n\t\n"));
        for (String name : new String[] {"json/empty.json", "json/empty.jsonl.gz", "json/blank.jsonl"}) {
            corpus.expect(name, "file", "empty_file");
        }
    }

    private void expectLines(String file, String... reasons) {
        for (int i = 0; i < reasons.length; i++) {
            corpus.expect(file, "line " + (i + 1), reasons[i]);
        }
    }
}
