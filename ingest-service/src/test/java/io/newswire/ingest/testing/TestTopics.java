package io.newswire.ingest.testing;

import io.newswire.ingest.IngestConfig;
import io.newswire.ingest.IngestTopics;
import io.newswire.ingest.fetch.EgressPolicy;
import io.newswire.ingest.fetch.FetchSettings;
import io.newswire.ingest.poll.PollSettings;
import io.newswire.model.Article;
import io.newswire.model.Topics;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Fresh topic names per test, a fast test configuration, and reading back what was published. */
public final class TestTopics {
    private TestTopics() {
    }

    public static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static Topics topics(String s) {
        return Topics.named("raw-" + s, "enriched-" + s, "visits-" + s, "dlq-" + s);
    }

    public static IngestTopics ingestTopics(String s) {
        return IngestTopics.named("feeds-" + s, "state-" + s);
    }

    /**
     * Polls every 2 s (floor 1 s), first polls within 200 ms, 2 s request timeout, 6 s group session; private
     * networks refused except the given servers' exact addresses.
     */
    public static IngestConfig config(String bootstrap, String s, InetSocketAddress... allowed) {
        return IngestConfig.defaults(bootstrap)
                .withTopics(topics(s), ingestTopics(s))
                .withHttpPort(0)
                .withGroup("ingest-" + s, Duration.ofSeconds(6))
                .withPoll(new PollSettings(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofHours(1), 1,
                        Duration.ZERO, Duration.ofMinutes(1), Duration.ofMillis(200)))
                .withFetch(FetchSettings.defaults().withRequestTimeout(Duration.ofSeconds(2))
                        .withEgress(new EgressPolicy(false, Set.of(allowed))));
    }

    /** Every record on the topic now. */
    public static List<ConsumerRecord<String, Article>> read(String bootstrap, String topic) {
        List<ConsumerRecord<String, Article>> out = new ArrayList<>();
        var props = io.newswire.ingest.kafka.ClientSettings.groupless(bootstrap, "test-reader");
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<>(props, Topics.KEYS.deserializer(),
                Topics.ARTICLE.deserializer())) {
            var parts = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(i -> new org.apache.kafka.common.TopicPartition(topic, i.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            var ends = consumer.endOffsets(parts, Duration.ofSeconds(30));
            while (parts.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                consumer.poll(Duration.ofMillis(500)).forEach(out::add);
            }
        }
        return out;
    }

    /** How many records the topic holds (its end offsets: no transactions are written to it). */
    public static long count(String bootstrap, String topic) {
        var props = io.newswire.ingest.kafka.ClientSettings.groupless(bootstrap, "test-counter");
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<>(props,
                new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            var parts = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(i -> new org.apache.kafka.common.TopicPartition(topic, i.partition())).toList();
            return consumer.endOffsets(parts, Duration.ofSeconds(30)).values().stream().mapToLong(Long::longValue)
                    .sum();
        }
    }
}
