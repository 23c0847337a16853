package io.newswire.ingest.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.embedded.junit.KafkaBootstrap;
import io.newswire.embedded.junit.WithInfra;
import io.newswire.embedded.kafka.EmbeddedKafka;
import io.newswire.ingest.IngestTopics;
import io.newswire.ingest.feedlist.FeedEntry;
import io.newswire.ingest.feedlist.FeedListTopic;
import io.newswire.ingest.replay.ReplaySummary;
import io.newswire.ingest.replay.Replayer;
import io.newswire.ingest.state.FeedState;
import io.newswire.ingest.state.FeedStateStore;
import io.newswire.ingest.testing.Feeds;
import io.newswire.ingest.testing.TestTopics;
import io.newswire.model.Article;
import io.newswire.model.Topic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record no Newswire client wrote, in the middle of each topic ingest reads for its own bookkeeping: every reader
 * skips it (one log line) and reads everything else, exactly.
 */
@WithInfra
@Tag("fault-injection")
class BookkeepingPoisonTest {
    private static final byte[] POISON = "{\"id\": \"abc\", \"title\": ".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path archive;

    @Test
    void replayDeDuplicatesPastAPoisonRecordOnTheArticleTopic(@KafkaBootstrap String bootstrap) throws Exception {
        Topic<String, Article> raw = TestTopics.topics(TestTopics.suffix()).articlesRaw();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            items.add(Feeds.item("https://poison.example/" + i, "Item " + i, "text " + i,
                    Instant.parse("2020-01-01T00:00:00Z").plusSeconds(3600L * i)));
        }
        Files.writeString(archive.resolve("first.rss"), Feeds.rssOf("First", items.subList(0, 3)
                .toArray(String[]::new)));
        ReplaySummary first = new Replayer(bootstrap, raw, Replayer.Options.ALL, line -> { }).replay(List.of(archive));
        assertThat(first.published()).isEqualTo(3);

        try (KafkaProducer<byte[], byte[]> producer = producer(bootstrap)) {
            producer.send(new ProducerRecord<>(raw.name(), "abc".getBytes(StandardCharsets.UTF_8), POISON)).get();
        }
        Files.writeString(archive.resolve("second.rss"), Feeds.rssOf("Second", items.subList(3, 6)
                .toArray(String[]::new)));
        ReplaySummary second = new Replayer(bootstrap, raw, Replayer.Options.ALL, line -> { })
                .replay(List.of(archive));

        assertThat(second.itemsRead()).isEqualTo(6);
        assertThat(second.published()).as("only the new items: 0 lost").isEqualTo(3);
        assertThat(second.duplicatesSkipped()).as("the old ones known past the poison: 0 duplicated").isEqualTo(3);
        assertThat(TestTopics.count(bootstrap, raw.name())).isEqualTo(7);
    }

    @Test
    void theFeedListIsReadPastAPoisonRecord(@KafkaBootstrap String bootstrap, EmbeddedKafka kafka) throws Exception {
        IngestTopics topics = TestTopics.ingestTopics(TestTopics.suffix());
        kafka.createTopics(3, Map.of("cleanup.policy", "compact"), List.of(topics.feeds().name()));
        FeedListTopic list = new FeedListTopic(bootstrap, topics.feeds());
        list.add(List.of(new FeedEntry("https://a.example/rss", "A"), new FeedEntry("https://b.example/rss", "B")));
        try (KafkaProducer<byte[], byte[]> producer = producer(bootstrap)) {
            producer.send(new ProducerRecord<>(topics.feeds().name(), "x".getBytes(StandardCharsets.UTF_8), POISON))
                    .get();
            producer.send(new ProducerRecord<>(topics.feeds().name(),
                    "https://c.example/rss".getBytes(StandardCharsets.UTF_8), "not json".getBytes())).get();
        }
        list.add(List.of(new FeedEntry("https://d.example/rss", "D")));

        assertThat(list.list().keySet()).containsExactly("https://a.example/rss", "https://b.example/rss",
                "https://d.example/rss");
        // a sync (what `ingest-service run` does at start) works past it too, and adds only what is missing
        assertThat(list.sync(List.of(new FeedEntry("https://a.example/rss", "A"),
                new FeedEntry("https://e.example/rss", "E")))).isEqualTo(1);
        assertThat(list.list()).hasSize(4);
    }

    @Test
    void theFeedStateIsReadPastAPoisonRecord(@KafkaBootstrap String bootstrap, EmbeddedKafka kafka) throws Exception {
        IngestTopics topics = TestTopics.ingestTopics(TestTopics.suffix());
        kafka.createTopics(3, Map.of("cleanup.policy", "compact"), List.of(topics.state().name()));
        try (FeedStateStore writer = new FeedStateStore(bootstrap, topics.state())) {
            writer.put(FeedState.initial("https://a.example/rss"));
            writer.put(FeedState.initial("https://b.example/rss"));
        }
        try (KafkaProducer<byte[], byte[]> producer = producer(bootstrap)) {
            for (int p = 0; p < 3; p++) {
                producer.send(new ProducerRecord<>(topics.state().name(), p, "https://z.example/rss"
                        .getBytes(StandardCharsets.UTF_8), POISON)).get();
            }
        }
        try (FeedStateStore writer = new FeedStateStore(bootstrap, topics.state())) {
            writer.put(FeedState.initial("https://c.example/rss"));
        }
        try (FeedStateStore reader = new FeedStateStore(bootstrap, topics.state())) {
            assertThat(reader.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
            assertThat(reader.size()).isEqualTo(3);
            assertThat(reader.get("https://z.example/rss")).isNull();
            assertThat(reader.get("https://c.example/rss")).isNotNull();
            assertThat(reader.healthy()).isTrue();
        }
    }

    private static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
