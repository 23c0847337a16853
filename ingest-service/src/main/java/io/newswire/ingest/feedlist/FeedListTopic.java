package io.newswire.ingest.feedlist;

import io.newswire.model.Topic;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;

/** The feed list in the compacted {@code news.feeds} topic: add, remove, list, and syncing a feed list file into it. */
public final class FeedListTopic {
    private final String bootstrapServers;
    private final Topic<String, FeedEntry> topic;

    public FeedListTopic(String bootstrapServers, Topic<String, FeedEntry> topic) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
    }

    /** Every feed on the list now, in URL order. */
    public Map<String, FeedEntry> list() {
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.CLIENT_ID_CONFIG, "newswire-ingest-feed-list");
        Map<String, FeedEntry> feeds = new java.util.TreeMap<>();
        try (var consumer = new KafkaConsumer<>(c, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("timed out reading " + topic.name());
                }
                for (ConsumerRecord<String, FeedEntry> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.value() == null) {
                        feeds.remove(r.key());
                    } else {
                        feeds.put(r.key(), r.value());
                    }
                }
            }
        }
        return feeds;
    }

    /** Adds or updates feeds. */
    public void add(Collection<FeedEntry> entries) {
        send(entries.stream().map(e -> new ProducerRecord<>(topic.name(), e.url(), e)).toList());
    }

    /** Removes feeds (tombstones); the instance polling them stops. */
    public void remove(Collection<String> urls) {
        send(urls.stream().map(u -> new ProducerRecord<String, FeedEntry>(topic.name(), u.strip(), null)).toList());
    }

    /** Adds the file's feeds that are missing or differ; returns how many were written. Never removes any. */
    public int sync(List<FeedEntry> entries) {
        Map<String, FeedEntry> current = list();
        Map<String, FeedEntry> changed = new LinkedHashMap<>();
        for (FeedEntry e : entries) {
            if (!Objects.equals(current.get(e.url()), e)) {
                changed.put(e.url(), e);
            }
        }
        add(changed.values());
        return changed.size();
    }

    private void send(List<ProducerRecord<String, FeedEntry>> records) {
        if (records.isEmpty()) {
            return;
        }
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "newswire-ingest-feed-list");
        try (var producer = new KafkaProducer<>(p, topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            List<Future<RecordMetadata>> sent = records.stream().map(producer::send).toList();
            for (Future<RecordMetadata> f : sent) {
                f.get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot write to " + topic.name() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
