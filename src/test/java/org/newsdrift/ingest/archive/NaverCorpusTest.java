package org.newsdrift.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsdrift.ingest.MappedRecord;

/** Reads every Naver crawl archive of the shared corpus, when it is there; nothing of it is bundled. */
class NaverCorpusTest {
    private static final Path CORPUS = Path.of(System.getProperty("newsdrift.repo", "."))
            .resolve("../shared/corpus/naver-ko")
            .normalize();

    @Test
    void everyEntryOfTheNaverCrawlIsAnArticleOrAnErrorAndNoneIsLost() throws IOException {
        Assumptions.assumeTrue(
                Files.isDirectory(CORPUS),
                "the shared Naver corpus is not here (" + CORPUS.toAbsolutePath() + "); skipping the corpus check");
        List<Path> archives;
        try (Stream<Path> files = Files.list(CORPUS)) {
            archives = files.filter(p -> p.getFileName().toString().endsWith(".tar.gz"))
                    .sorted()
                    .collect(Collectors.toList());
        }
        Assumptions.assumeFalse(archives.isEmpty(), "no .tar.gz in " + CORPUS.toAbsolutePath());

        ArchiveReader reader = new ArchiveReader(4 << 20);
        long started = System.nanoTime();
        int items = 0;
        int articles = 0;
        int archiveErrors = 0;
        int undated = 0;
        int unknownSource = 0;
        Map<String, Integer> rejects = new TreeMap<>();
        for (Path archive : archives) {
            try (ArchiveItems it = reader.open(
                    Files.newInputStream(archive), archive.getFileName().toString())) {
                while (it.hasNext()) {
                    ArchiveItem item = it.next();
                    items++;
                    if (item instanceof ArchiveError error) {
                        archiveErrors++;
                        System.out.println("archive error in " + archive.getFileName() + ": " + error);
                        continue;
                    }
                    MappedRecord mapped = FrontMatterArticles.map(((ArchiveEntry) item).content());
                    if (mapped.ok()) {
                        articles++;
                        undated += mapped.article().publishedDate() == null ? 1 : 0;
                        unknownSource += mapped.article().source().equals("unknown") ? 1 : 0;
                    } else {
                        rejects.merge(mapped.reason().code(), 1, Integer::sum);
                    }
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        int rejected = rejects.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf(
                "Naver corpus: %d archives, %d entries, %d articles, %d rejected %s, %d archive errors, "
                        + "%d undated, %d without publisher, %d ms%n",
                archives.size(), items, articles, rejected, rejects, archiveErrors, undated, unknownSource, millis);

        assertThat(items).as("entries counted independently").isEqualTo(countFiles(archives));
        assertThat(articles + rejected + archiveErrors).isEqualTo(items);
        // The corpus README's figures: 30,851 articles, 59 with an empty published_at.
        assertThat(items).isEqualTo(30_851);
        assertThat(undated).isEqualTo(59);
    }

    /** Counts non-directory tar entries straight from commons-compress, as a reference for the reader. */
    private static int countFiles(List<Path> archives) throws IOException {
        int count = 0;
        for (Path archive : archives) {
            try (InputStream in = Files.newInputStream(archive);
                    TarArchiveInputStream tar = new TarArchiveInputStream(GzipCompressorInputStream.builder()
                            .setInputStream(in)
                            .setDecompressConcatenated(true)
                            .get())) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    count += entry.isDirectory() ? 0 : 1;
                }
            }
        }
        return count;
    }
}
