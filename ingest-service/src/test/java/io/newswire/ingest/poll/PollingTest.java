package io.newswire.ingest.poll;

import static io.newswire.ingest.testing.FeedServer.respond;
import static io.newswire.ingest.testing.FeedServer.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.embedded.junit.KafkaBootstrap;
import io.newswire.embedded.junit.WithInfra;
import io.newswire.ingest.IngestConfig;
import io.newswire.ingest.IngestService;
import io.newswire.ingest.feedlist.FeedEntry;
import io.newswire.ingest.feedlist.FeedListTopic;
import io.newswire.ingest.publish.ArticleHeaders;
import io.newswire.ingest.testing.FeedServer;
import io.newswire.ingest.testing.Feeds;
import io.newswire.ingest.testing.TestTopics;
import io.newswire.model.Article;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service against a local HTTP server and the real broker. */
@WithInfra
class PollingTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private FeedServer server;

    @BeforeEach
    void start() throws IOException {
        server = new FeedServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static void addFeeds(String bootstrap, IngestConfig config, FeedEntry... feeds) {
        new FeedListTopic(bootstrap, config.ingestTopics().feeds()).add(List.of(feeds));
    }

    @Test
    void secondPollIsConditionalAndA304PublishesNothing(@KafkaBootstrap String bootstrap) throws Exception {
        String etag = "\"v1-abc\"";
        String lastModified = "Sat, 01 Mar 2025 10:00:00 GMT";
        server.conditional("/feed", etag, lastModified, null, utf8(Feeds.rssOf("Conditional",
                Feeds.item("https://news.example/a?utm_source=x#top", "A", "about a",
                        Instant.parse("2025-02-01T10:00:00Z")),
                Feeds.item("https://news.example/b", "B", "about b", null))));
        String s = TestTopics.suffix();
        IngestConfig config = TestTopics.config(bootstrap, s, server.address());
        try (IngestService service = IngestService.start(config)) {
            // the feed list names the outlet's country: the feed's own host (an address) names none
            addFeeds(bootstrap, config, new FeedEntry(server.uri("/feed").toString(), "Conditional", "GH"));
            await().atMost(WAIT).until(() -> server.count("/feed") >= 3);

            HttpClient http = HttpClient.newHttpClient();
            var health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + service.httpPort()
                    + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"feed-assignment\":\"UP\"");
            String metrics = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + service.httpPort()
                    + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(metrics).contains("ingest_feeds_polled_total{outcome=\"fetched\"")
                    .contains("ingest_feeds_polled_total{outcome=\"not_modified\"")
                    .contains("ingest_items_published_total").contains("ingest_fetched_bytes_total")
                    .contains("ingest_poll_latency_seconds_count").contains("ingest_feeds_assigned{service=\"ingest-service\"} 1.0");
        }
        var second = server.requests("/feed").get(1);
        assertThat(second.header("If-None-Match")).isEqualTo(etag);
        assertThat(second.header("If-Modified-Since")).isEqualTo(lastModified);

        List<ConsumerRecord<String, Article>> records = TestTopics.read(bootstrap, config.topics().articlesRaw().name());
        assertThat(records).hasSize(2);
        ConsumerRecord<String, Article> a = records.stream().filter(r -> r.value().title().equals("A")).findFirst()
                .orElseThrow();
        assertThat(a.key()).isEqualTo(a.value().id());
        assertThat(a.value().url()).isEqualTo("https://news.example/a");
        assertThat(records).allSatisfy(r -> assertThat(r.value().sourceCountry()).isEqualTo("GH"));
        assertThat(a.timestamp()).isEqualTo(Instant.parse("2025-02-01T10:00:00Z").toEpochMilli());
        assertThat(ArticleHeaders.get(a.headers(), ArticleHeaders.FEED)).isEqualTo(server.uri("/feed").toString());
        assertThat(ArticleHeaders.get(a.headers(), ArticleHeaders.SCHEMA_VERSION)).isEqualTo("1");
        assertThat(ArticleHeaders.get(a.headers(), ArticleHeaders.PUBLISHED_ESTIMATED)).isNull();
        ConsumerRecord<String, Article> b = records.stream().filter(r -> r.value().title().equals("B")).findFirst()
                .orElseThrow();
        assertThat(ArticleHeaders.get(b.headers(), ArticleHeaders.PUBLISHED_ESTIMATED)).isEqualTo("true");
        assertThat(b.value().publishedAt()).isEqualTo(b.value().fetchedAt());
    }

    @Test
    void aThrottledFeedWaitsForRetryAfterWhileOthersGoOn(@KafkaBootstrap String bootstrap) throws Exception {
        server.route("/busy", ex -> {
            ex.getResponseHeaders().set("Retry-After", "3600");
            ex.sendResponseHeaders(429, -1);
        });
        server.serve("/ok", "application/rss+xml", utf8(Feeds.rss("Ok", "https://ok.example", 0, 3)));
        String s = TestTopics.suffix();
        IngestConfig config = TestTopics.config(bootstrap, s, server.address());
        try (IngestService service = IngestService.start(config)) {
            // a poison record on the feed list is skipped; the feeds after it are polled
            try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap),
                    new StringSerializer(), new StringSerializer())) {
                for (int p = 0; p < config.feedsPartitions(); p++) {
                    producer.send(new ProducerRecord<>(config.ingestTopics().feeds().name(), p, "junk" + p,
                            "{\"url\": \"file:///etc/passwd\"}")).get();
                }
            }
            addFeeds(bootstrap, config, new FeedEntry(server.uri("/busy").toString(), null),
                    new FeedEntry(server.uri("/ok").toString(), null));
            await().atMost(WAIT).until(() -> server.count("/ok") >= 3);
            assertThat(server.count("/busy")).isEqualTo(1);
            assertThat(service.nextPollAt(server.uri("/busy").toString()))
                    .isAfter(Instant.now().plus(Duration.ofMinutes(55)));
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOutWhileOtherFeedsGoOn(@KafkaBootstrap String bootstrap) throws IOException {
        try (FeedServer silent = new FeedServer()) {
            silent.route("/hang", ex -> {
                try {
                    Thread.sleep(120_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            server.serve("/ok", "application/rss+xml", utf8(Feeds.rss("Ok", "https://ok.example", 0, 3)));
            String s = TestTopics.suffix();
            IngestConfig config = TestTopics.config(bootstrap, s, server.address(), silent.address());
            try (IngestService service = IngestService.start(config)) {
                addFeeds(bootstrap, config, new FeedEntry(silent.uri("/hang").toString(), null),
                        new FeedEntry(server.uri("/ok").toString(), null));
                await().atMost(WAIT).until(() -> silent.count("/hang") >= 1 && server.count("/ok") >= 3);
                await().atMost(WAIT).until(() -> failures(service, "timeout") >= 1);
            }
        }
    }

    @Test
    void aBodyOverTheCapIsCutAndReported(@KafkaBootstrap String bootstrap) {
        server.serve("/huge", "application/rss+xml", utf8(Feeds.rss("Huge", "https://huge.example", 0, 2000)));
        String s = TestTopics.suffix();
        IngestConfig config = TestTopics.config(bootstrap, s, server.address());
        config = config.withFetch(config.fetch().withMaxBodyBytes(64 * 1024));
        AtomicReference<IngestConfig> used = new AtomicReference<>(config);
        try (IngestService service = IngestService.start(config)) {
            addFeeds(bootstrap, used.get(), new FeedEntry(server.uri("/huge").toString(), null));
            await().atMost(WAIT).until(() -> failures(service, "body_too_large") >= 1);
        }
        assertThat(TestTopics.read(bootstrap, config.topics().articlesRaw().name())).isEmpty();
    }

    @Test
    void restartPublishesNothingTwiceAndAChangedItemOnceMore(@KafkaBootstrap String bootstrap) {
        AtomicReference<String> body = new AtomicReference<>(Feeds.rss("Restart", "https://r.example", 0, 5));
        server.route("/feed", ex -> respond(ex, 200, "application/rss+xml", utf8(body.get())));
        String s = TestTopics.suffix();
        IngestConfig config = TestTopics.config(bootstrap, s, server.address());
        String raw = config.topics().articlesRaw().name();
        try (IngestService first = IngestService.start(config)) {
            addFeeds(bootstrap, config, new FeedEntry(server.uri("/feed").toString(), null));
            await().atMost(WAIT).until(() -> server.count("/feed") >= 2);
            assertThat(first.assignedFeeds()).containsExactly(server.uri("/feed").toString());
        }
        await().atMost(WAIT).until(() -> TestTopics.read(bootstrap, raw).size() >= 5);
        int afterFirst = server.count("/feed");
        try (IngestService second = IngestService.start(config)) {
            await().atMost(WAIT).until(() -> server.count("/feed") >= afterFirst + 2);
            assertThat(second.assignedFeeds()).containsExactly(server.uri("/feed").toString());
            assertThat(TestTopics.read(bootstrap, raw)).hasSize(5);

            body.set(body.get().replace("Text of item 3", "Text of item 3, corrected"));
            int beforeChange = server.count("/feed");
            await().atMost(WAIT).until(() -> server.count("/feed") >= beforeChange + 2);
        }
        List<ConsumerRecord<String, Article>> records = TestTopics.read(bootstrap, raw);
        assertThat(records).hasSize(6);
        List<ConsumerRecord<String, Article>> corrected = records.stream()
                .filter(r -> "Text of item 3, corrected".equals(r.value().summary())).toList();
        assertThat(corrected).hasSize(1);
        ConsumerRecord<String, Article> republished = corrected.get(0);
        assertThat(records.stream().filter(r -> r.key().equals(republished.key())).count()).isEqualTo(2);
    }

    @Test
    void aFeedRefusedAsPrivateIsPolledAtOnceAfterARestartThatAllowsIt(@KafkaBootstrap String bootstrap) {
        server.route("/feed", ex -> respond(ex, 200, "application/rss+xml",
                utf8(Feeds.rss("Private", "https://p.example", 0, 3))));
        String s = TestTopics.suffix();
        // the loopback server is not on the allow-list: refused; after a failure the feed waits 10 minutes
        IngestConfig refusing = TestTopics.config(bootstrap, s).withPoll(new PollSettings(Duration.ofMinutes(10),
                Duration.ofSeconds(1), Duration.ofHours(1), 1, Duration.ZERO, Duration.ofHours(1),
                Duration.ofMillis(200)));
        String url = server.uri("/feed").toString();
        try (IngestService first = IngestService.start(refusing)) {
            addFeeds(bootstrap, refusing, new FeedEntry(url, null));
            await().atMost(WAIT).until(() -> failures(first, "refused") >= 1);
            // rescheduled after the refusal (the metric counts just before)
            await().atMost(WAIT).until(() -> first.nextPollAt(url) != null
                    && first.nextPollAt(url).isAfter(Instant.now().plus(Duration.ofMinutes(5))));
        }
        assertThat(server.count("/feed")).isZero();

        // the same state, a policy that allows private networks: polled now, not in 10 minutes
        try (IngestService second = IngestService.start(refusing.allowingPrivateNetworks())) {
            await().atMost(WAIT).until(() -> server.count("/feed") >= 1);
            await().atMost(WAIT).until(() -> TestTopics.read(bootstrap, refusing.topics().articlesRaw().name())
                    .size() == 3);
            assertThat(failures(second, "refused")).isZero();
        }
    }

    private static double failures(IngestService service, String reason) {
        var counter = service.registry().find("ingest.poll.failures").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }
}
