package io.newswire.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.embedded.junit.KafkaBootstrap;
import io.newswire.embedded.junit.WithInfra;
import io.newswire.ingest.bench.ReplayBenchmark;
import io.newswire.ingest.testing.TestTopics;
import io.newswire.model.Article;
import io.newswire.model.Topic;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replay publishes as it reads: articles are on the topic while most of the file is still unread. The replay is
 * held inside its progress callback at an item in the first half of the file until a consumer has read a record of
 * the topic; a replay that read the whole file before publishing would never get there (the consumer would time out).
 */
@WithInfra
class ReplayStreamingTest {
    private static final int ITEMS = 4_000;
    private static final int HOLD_AT = 1_500;

    @TempDir
    Path dir;

    @Test
    void theFirstArticlesAreOnTheTopicBeforeTheFileIsRead(@KafkaBootstrap String bootstrap) throws Exception {
        Path archive = dir.resolve("archive.xml");
        ReplayBenchmark.generate(archive, ITEMS, 11);
        Topic<String, Article> raw = TestTopics.topics(TestTopics.suffix()).articlesRaw();
        AtomicLong onTopicWhenRead = new AtomicLong(-1);
        AtomicLong recordsSeen = new AtomicLong();

        ReplaySummary summary = new Replayer(bootstrap, raw, Replayer.Options.ALL, null).onProgress(c -> {
            if (c.read() == HOLD_AT && onTopicWhenRead.get() < 0) {
                recordsSeen.set(readSome(bootstrap, raw.name()));
                onTopicWhenRead.set(c.read());
            }
        }).replay(List.of(archive));

        assertThat(summary.published()).isEqualTo(ITEMS);
        assertThat(recordsSeen.get()).as("records on the topic while item %d of %d was read", HOLD_AT, ITEMS)
                .isPositive();
        assertThat(onTopicWhenRead.get()).isEqualTo(HOLD_AT).isLessThan(ITEMS);
        assertThat(TestTopics.read(bootstrap, raw.name())).hasSize(ITEMS);
    }

    /** Records of the topic a fresh reader gets within 30 s (0 if none). */
    private static long readSome(String bootstrap, String topic) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                int n = consumer.poll(Duration.ofMillis(200)).count();
                if (n > 0) {
                    return n;
                }
            }
            return 0;
        }
    }
}
