package org.newsdrift.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.Socket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsdrift.ConnectionCounter;
import org.newsdrift.ingest.HostileDocuments;

/** A page is only parsed: nothing it names (scripts, images, styles, frames, redirects) is fetched or run. */
class HtmlExtractorNoFetchTest {

    @Test
    @Timeout(20)
    void noResourceThePageNamesIsFetchedWhileItsArticleIsExtracted() throws Exception {
        try (ConnectionCounter server = new ConnectionCounter()) {
            String url = "http://127.0.0.1:" + server.port() + "/article";

            ExtractedPage page =
                    new HtmlExtractor(Fixtures.NOW).extract(HostileDocuments.beaconPage("beacons", server.port()), url);
            Thread.sleep(300);

            assertThat(page.text())
                    .contains("Report beacons-p0.")
                    .doesNotContain("fetch(")
                    .doesNotContain("127.0.0.1");
            assertThat(server.connections()).isZero();
            // The counter does count: one connection of the test's own shows up.
            new Socket(InetAddress.getLoopbackAddress(), server.port()).close();
            while (server.connections() == 0) {
                Thread.sleep(10);
            }
            assertThat(server.connections()).isEqualTo(1);
        }
    }
}
