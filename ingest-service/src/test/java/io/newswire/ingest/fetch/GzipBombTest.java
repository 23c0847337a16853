package io.newswire.ingest.fetch;

import static io.newswire.ingest.testing.FeedServer.respond;
import static io.newswire.ingest.testing.FeedServer.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.ingest.testing.FeedServer;
import io.newswire.ingest.testing.GzipBombs;
import io.newswire.ingest.testing.Feeds;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A body that inflates to gigabytes is refused by its ratio after a few megabytes; the next feed is fetched. */
class GzipBombTest {
    @Test
    void aGzipBombOfGigabytesIsRefusedNamingTheFeedAndTheCapAndTheNextFeedIsFetched() throws IOException {
        byte[] bomb = GzipBombs.bomb(128); // 2 GiB inflated, about 2 MB on the wire
        try (FeedServer server = new FeedServer();
                FeedFetcher fetcher = new FeedFetcher(FetchSettings.defaults()
                        .withRequestTimeout(Duration.ofSeconds(30)).withMaxBodyBytes(64L * 1024 * 1024)
                        .withEgress(new EgressPolicy(false, Set.of(server.address()))), 100)) {
            server.route("/bomb", ex -> {
                ex.getResponseHeaders().set("Content-Encoding", "gzip");
                respond(ex, 200, "application/rss+xml", bomb);
            });
            server.serve("/good", "application/rss+xml", utf8(Feeds.rss("Good", "http://example.com", 0, 2)));

            FetchResult r = fetcher.fetch(server.uri("/bomb"), Validators.NONE);
            assertThat(r).isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
                assertThat(f.reason()).isEqualTo("body_too_large");
                assertThat(f.message()).contains(server.uri("/bomb").toString())
                        .contains("inflates more than 100 times").contains("--max-inflate-ratio");
            });
            assertThat(fetcher.fetch(server.uri("/good"), Validators.NONE)).isInstanceOf(FetchResult.Fetched.class);
        }
    }
}
