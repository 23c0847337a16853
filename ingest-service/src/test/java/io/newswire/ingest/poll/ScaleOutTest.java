package io.newswire.ingest.poll;

import static io.newswire.ingest.testing.FeedServer.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.embedded.junit.KafkaBootstrap;
import io.newswire.embedded.junit.WithInfra;
import io.newswire.ingest.IngestConfig;
import io.newswire.ingest.IngestService;
import io.newswire.ingest.feedlist.FeedEntry;
import io.newswire.ingest.feedlist.FeedListTopic;
import io.newswire.ingest.testing.FeedServer;
import io.newswire.ingest.testing.Feeds;
import io.newswire.ingest.testing.TestTopics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Two instances share 100 feeds through the consumer group on news.feeds. */
@WithInfra
class ScaleOutTest {
    private static final int FEEDS = 100;
    private static final Duration SESSION = Duration.ofSeconds(10);
    private static final Duration CYCLE = Duration.ofSeconds(4);

    @Test
    void twoInstancesPollEveryFeedOnceAndOneTakesOverWhenTheOtherStops(@KafkaBootstrap String bootstrap)
            throws Exception {
        try (FeedServer server = new FeedServer()) {
            List<FeedEntry> feeds = new ArrayList<>();
            for (int i = 0; i < FEEDS; i++) {
                server.serve("/feed/" + i, "application/rss+xml",
                        utf8(Feeds.rss("Feed " + i, "https://site" + i + ".example", 0, 2)));
                feeds.add(new FeedEntry(server.uri("/feed/" + i).toString(), "Feed " + i));
            }
            String s = TestTopics.suffix();
            IngestConfig base = TestTopics.config(bootstrap, s, server.address());
            // a 4 s cycle, shorter than the 10 s group session; all 100 feeds are on one local server, so that
            // "host" gets 8 requests at a time instead of the default 1
            IngestConfig config = base.withGroup(base.groupId(), SESSION).withPoll(new PollSettings(
                    CYCLE, Duration.ofSeconds(1), Duration.ofHours(1), 8, Duration.ZERO,
                    Duration.ofMinutes(1), Duration.ofSeconds(1)));

            IngestService a = IngestService.start(config);
            try (IngestService b = IngestService.start(config)) {
                await().atMost(Duration.ofSeconds(60)).until(() -> !a.assignedPartitions().isEmpty()
                        && !b.assignedPartitions().isEmpty()
                        && a.assignedPartitions().size() + b.assignedPartitions().size() == config.feedsPartitions());

                new FeedListTopic(bootstrap, config.ingestTopics().feeds()).add(feeds);
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                        .until(() -> IntStream.range(0, FEEDS).allMatch(i -> server.count("/feed/" + i) >= 1));
                // the first cycle of each feed, from its first fetch; two instances polling one feed would both fetch
                // it within a moment of its assignment. Half a cycle leaves room for fetches that reach this loaded
                // test server late, which shortens the gap it sees between a feed's polls.
                Thread.sleep(CYCLE.toMillis());
                for (int i = 0; i < FEEDS; i++) {
                    List<Instant> fetches = server.requests("/feed/" + i).stream().map(FeedServer.Request::at).toList();
                    Instant first = fetches.get(0);
                    assertThat(fetches.stream().filter(t -> t.isBefore(first.plus(CYCLE.dividedBy(2))))).as("fetches of feed %d in its first cycle", i).hasSize(1);
                }

                Set<String> polledByA = a.assignedFeeds();
                Set<String> polledByB = b.assignedFeeds();
                assertThat(polledByA).isNotEmpty();
                assertThat(polledByB).isNotEmpty();
                Set<String> union = new HashSet<>(polledByA);
                union.addAll(polledByB);
                assertThat(union).hasSize(FEEDS);
                assertThat(polledByA).doesNotContainAnyElementsOf(polledByB);

                a.close();
                // from here on the session timeout bounds the takeover and the next poll of every feed
                server.resetCounts();
                await().atMost(SESSION).pollInterval(Duration.ofMillis(100))
                        .until(() -> IntStream.range(0, FEEDS).allMatch(i -> server.count("/feed/" + i) >= 1));
                assertThat(b.assignedFeeds()).hasSize(FEEDS);
                assertThat(b.assignedPartitions()).hasSize(config.feedsPartitions());
            } finally {
                a.close();
            }
        }
    }
}
