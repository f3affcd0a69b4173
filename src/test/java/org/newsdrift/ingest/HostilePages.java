package org.newsdrift.ingest;

import static org.newsdrift.ingest.HostileCorpus.ACCEPTED;
import static org.newsdrift.ingest.HostileCorpus.KOREAN;
import static org.newsdrift.ingest.HostileCorpus.RUSSIAN;
import static org.newsdrift.ingest.HostileCorpus.SCRIPT_CANARY;
import static org.newsdrift.ingest.HostileCorpus.utf8;
import static org.newsdrift.ingest.HostileDocuments.body;
import static org.newsdrift.ingest.HostileDocuments.gzip;
import static org.newsdrift.ingest.HostileDocuments.htmlPage;
import static org.newsdrift.ingest.HostileDocuments.textPage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.zip.GZIPOutputStream;
import org.newsdrift.PlainTextDocuments;

/** The HTML and text-page part of {@link HostileCorpus}. */
final class HostilePages {
    private static final long HUGE_PAGE_BYTES = 50L << 20;
    private static final int NESTING = 10_000;

    private final HostileCorpus corpus;

    HostilePages(HostileCorpus corpus) {
        this.corpus = corpus;
    }

    void write() throws IOException {
        charsets();
        binaryAndEmpty();
        large();
        scriptsAndNesting();
        beacons();
        dates();
        notNewsPages();
    }

    /** Text files that are not saved news pages, as a folder of them might hold: none is an article. */
    private void notNewsPages() throws IOException {
        corpus.put("text/LICENSE.txt", utf8(PlainTextDocuments.licence()));
        corpus.put("text/manual.txt", utf8(PlainTextDocuments.manual()));
        corpus.put("text/changelog.txt", utf8(PlainTextDocuments.changelog()));
        for (String name : new String[] {"text/LICENSE.txt", "text/manual.txt", "text/changelog.txt"}) {
            corpus.expectRejectedWhenCleaned(name, "file", "not_an_article");
        }
    }

    private void charsets() throws IOException {
        corpus.put(
                "pages/cp1251.html",
                htmlPage(
                                "cp1251",
                                "<meta charset=\"windows-1251\">",
                                "<p>" + RUSSIAN + ". " + body("cp1251-ru") + "</p>",
                                "")
                        .getBytes(Charset.forName("windows-1251")));
        corpus.put(
                "pages/euc-kr.html",
                htmlPage(
                                "euc-kr",
                                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\">",
                                "<p>" + KOREAN + ". " + body("euc-kr-ko") + "</p>",
                                "")
                        .getBytes(Charset.forName("EUC-KR")));
        corpus.expect("pages/cp1251.html", "file", ACCEPTED);
        corpus.expect("pages/euc-kr.html", "file", ACCEPTED);

        Charset cp1251 = Charset.forName("windows-1251");
        corpus.put(
                "pages/declared-utf8.html",
                htmlPage("declared-utf8", "<meta charset=\"utf-8\">", "<p>" + RUSSIAN + "</p>", "")
                        .replace("Report", RUSSIAN)
                        .getBytes(cp1251));
        corpus.expect("pages/declared-utf8.html", "file", "undecodable_text");
        corpus.put(
                "text/cp1251.txt",
                textPage("text-cp1251").replace("Report", RUSSIAN).getBytes(cp1251));
        corpus.expect("text/cp1251.txt", "file", "undecodable_text");
    }

    private void binaryAndEmpty() throws IOException {
        corpus.put("pages/photo.html", HostileDocuments.png());
        corpus.expect("pages/photo.html", "file", "binary_content");
        corpus.put("pages/empty.html", new byte[0]);
        corpus.expect("pages/empty.html", "file", "empty_file");
    }

    /** A 50 MB page, written in chunks, and a gzip'ed page that inflates far past the limit. */
    private void large() throws IOException {
        try (OutputStream out = corpus.stream("pages/huge.html")) {
            out.write(utf8("<html><head><title>Huge</title></head><body><p>"));
            HostileDocuments.repeat(out, (byte) 'x', HUGE_PAGE_BYTES);
            out.write(utf8("</p></body></html>"));
        }
        corpus.expect("pages/huge.html", "file", "too_large");
        try (OutputStream out = new GZIPOutputStream(corpus.stream("pages/bomb.html.gz"), 1 << 16)) {
            HostileDocuments.repeat(out, (byte) 0, HostileCorpus.BOMB_BYTES);
        }
        corpus.expect("pages/bomb.html.gz", "file", "too_large");
    }

    /** The article inside 10,000 nested elements, with scripts and other non-text elements around it. */
    private void scriptsAndNesting() throws IOException {
        String script =
                "<script>var note = '" + SCRIPT_CANARY + "'; document.write('<p>" + SCRIPT_CANARY + "</p>');</script>";
        String hidden = "<noscript><p>" + SCRIPT_CANARY + " noscript</p></noscript><template><p>" + SCRIPT_CANARY
                + " template</p></template><style>p::after { content: '" + SCRIPT_CANARY + "'; }</style>";
        corpus.put(
                "pages/deep-nesting.html",
                utf8(htmlPage(
                        "deep-nesting",
                        script,
                        "<div class=\"wrap\">".repeat(NESTING) + script + hidden,
                        script + "</div>".repeat(NESTING) + script)));
        corpus.expect("pages/deep-nesting.html", "file", ACCEPTED);
    }

    private void beacons() throws IOException {
        corpus.put("pages/beacons.html", utf8(HostileDocuments.beaconPage("beacons", corpus.beaconPort())));
        corpus.expect("pages/beacons.html", "file", ACCEPTED);
    }

    private void dates() throws IOException {
        corpus.put(
                "pages/impossible-dates.html",
                utf8(htmlPage(
                        "impossible-dates",
                        "<meta property=\"article:published_time\" content=\"2099-01-01T00:00:00Z\">",
                        "<time datetime=\"0000-00-00\">0000-00-00</time>",
                        "")));
        corpus.expect("pages/impossible-dates.html", "file", ACCEPTED);
        corpus.put("text/page.txt", utf8(textPage("text-page")));
        corpus.expect("text/page.txt", "file", ACCEPTED);
        corpus.put("pages/gzipped.html.gz", gzip(utf8(htmlPage("gzipped"))));
        corpus.expect("pages/gzipped.html.gz", "file", ACCEPTED);
    }
}
