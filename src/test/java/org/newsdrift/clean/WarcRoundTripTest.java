package org.newsdrift.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsdrift.TestFiles;
import org.newsdrift.config.ConfigLoader;
import org.newsdrift.ingest.FieldMapper;
import org.newsdrift.ingest.FileRecordSource;
import org.newsdrift.ingest.IngestOutcome;
import org.newsdrift.ingest.RawArticle;

/** A WARC.gz written here with jwarc from HTML fixtures reads back, through ingest and extraction, as the files do. */
class WarcRoundTripTest {
    private static final List<String> PAGES = List.of("APNews_2023_04_28.html", "HankookIlbo_2026_07_12.html");
    private static final Instant CRAWLED = Instant.parse("2026-07-13T03:00:00Z");
    private static final FieldMapper MAPPER = new FieldMapper(
            ConfigLoader.load(TestFiles.defaultConfig()).job().ingest().mappings());
    private final ArticleExtractor extractor =
            new ArticleExtractor(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path dir;

    @Test
    void warcPagesReadBackAsTheSameArticlesAsTheHtmlFiles() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        try (WarcWriter writer = new WarcWriter(
                Files.newByteChannel(
                        warc, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            for (String page : PAGES) {
                String url = "https://news.example/" + page;
                writer.write(new WarcRequest.Builder(url)
                        .date(CRAWLED)
                        .body(
                                MediaType.HTTP_REQUEST,
                                ("GET /" + page + " HTTP/1.1\r\nHost: news.example\r\n\r\n")
                                        .getBytes(StandardCharsets.US_ASCII))
                        .build());
                writer.write(response(url, "text/html; charset=utf-8", Files.readAllBytes(fixture(page))));
            }
            writer.write(
                    response("https://news.example/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        }

        List<IngestOutcome> fromWarc = readAll(warc.toUri().toString());
        assertThat(fromWarc).hasSize(3);
        assertThat(fromWarc.get(2).reason()).isEqualTo("not_an_article");
        assertThat(fromWarc.get(2).detail()).contains("image/png");

        for (int i = 0; i < PAGES.size(); i++) {
            Path html = dir.resolve(PAGES.get(i));
            Files.copy(fixture(PAGES.get(i)), html);
            List<IngestOutcome> fromFile = readAll(html.toUri().toString());
            assertThat(fromFile).hasSize(1);

            RawArticle page = fromFile.get(0).article();
            RawArticle record = fromWarc.get(i).article();
            assertThat(record.format()).isEqualTo(RawArticle.HTML);
            assertThat(record.crawlDate()).isEqualTo(LocalDate.of(2026, 7, 13));
            assertThat(record.source()).isEqualTo("news.example");
            assertThat(fromWarc.get(i).locator()).startsWith("offset ");

            ArticleExtractor.Extracted a = extract(page);
            ArticleExtractor.Extracted b = extract(record);
            assertThat(b.title()).isEqualTo(a.title()).isNotBlank();
            assertThat(b.text()).isEqualTo(a.text()).hasSizeGreaterThan(500);
            if (a.publishedDate() != null) {
                assertThat(b.publishedDate()).isEqualTo(a.publishedDate());
            } else {
                // No date in the page: the WARC's crawl date stands in, marked as such.
                assertThat(b.dateSource()).isEqualTo("crawl");
            }
        }
    }

    private ArticleExtractor.Extracted extract(RawArticle a) {
        return extractor.extract(
                a.format(), a.title(), a.text(), a.url(), a.publishedDate(), a.dateSource(), a.crawlDate());
    }

    private static WarcResponse response(String url, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse(contentType), body)
                .build();
        return new WarcResponse.Builder(url).date(CRAWLED).body(http).build();
    }

    private static Path fixture(String name) {
        return TestFiles.repo().resolve("src/test/resources/html").resolve(name);
    }

    private static List<IngestOutcome> readAll(String uri) {
        List<IngestOutcome> all = new ArrayList<>();
        Iterator<IngestOutcome> outcomes = FileRecordSource.read(uri, new Configuration(false), MAPPER);
        outcomes.forEachRemaining(all::add);
        return all;
    }
}
