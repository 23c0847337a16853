package io.newswire.ingest.kafka;

import io.newswire.model.Topic;
import io.newswire.runtime.kafka.RecordDecoder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads every record of a topic, from the beginning to the end offsets as they were when the scan began. Records are
 * read as bytes and decoded one by one: an unreadable one is logged with its offset and skipped, never fatal.
 */
public final class TopicScan {
    private TopicScan() {
    }

    /**
     * @param reader who scans, for the log line of a skipped record
     * @param each   told every readable record's key and value (null: a tombstone)
     * @return how many records were unreadable and skipped
     */
    public static <K, V> long readToEnd(String bootstrapServers, Topic<K, V> topic, String clientId, String reader,
            BiConsumer<K, V> each) {
        Properties c = ClientSettings.groupless(bootstrapServers, clientId);
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        RecordDecoder<K, V> decoder = new RecordDecoder<>(topic, reader);
        try (var consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
                    .map(i -> new TopicPartition(topic.name(), i.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> ends = consumer.endOffsets(parts, Duration.ofSeconds(30));
            long lastProgress = System.nanoTime();
            while (parts.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                int read = 0;
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    decoder.decode(r).ifPresent(d -> each.accept(d.key(), d.value()));
                    read++;
                }
                if (read > 0) {
                    lastProgress = System.nanoTime();
                } else if (System.nanoTime() - lastProgress > Duration.ofSeconds(60).toNanos()) {
                    throw new IllegalStateException("no progress reading " + topic.name() + " for 60 s");
                }
            }
        }
        return decoder.skipped();
    }
}
