package io.newswire.ingest.kafka;

import io.newswire.model.Topic;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/** Reads every record of a topic, from the beginning to the end offsets as they were when the scan began. */
public final class TopicScan {
    private TopicScan() {
    }

    public static <K, V> void readToEnd(String bootstrapServers, Topic<K, V> topic, String clientId,
            Consumer<ConsumerRecord<K, V>> each) {
        Properties c = ClientSettings.groupless(bootstrapServers, clientId);
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        try (var consumer = new KafkaConsumer<>(c, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            List<TopicPartition> parts = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
                    .map(i -> new TopicPartition(topic.name(), i.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> ends = consumer.endOffsets(parts, Duration.ofSeconds(30));
            long lastProgress = System.nanoTime();
            while (parts.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                int read = 0;
                for (ConsumerRecord<K, V> r : consumer.poll(Duration.ofMillis(500))) {
                    each.accept(r);
                    read++;
                }
                if (read > 0) {
                    lastProgress = System.nanoTime();
                } else if (System.nanoTime() - lastProgress > Duration.ofSeconds(60).toNanos()) {
                    throw new IllegalStateException("no progress reading " + topic.name() + " for 60 s");
                }
            }
        }
    }
}
