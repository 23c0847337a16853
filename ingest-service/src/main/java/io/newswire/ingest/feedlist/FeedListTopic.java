package io.newswire.ingest.feedlist;

import io.newswire.ingest.kafka.ClientSettings;
import io.newswire.ingest.kafka.TopicScan;
import io.newswire.model.Topic;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/** The feed list in the compacted {@code news.feeds} topic: add, remove, list, and syncing a feed list file into it. */
public final class FeedListTopic {
    private final String bootstrapServers;
    private final Topic<String, FeedEntry> topic;

    public FeedListTopic(String bootstrapServers, Topic<String, FeedEntry> topic) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
    }

    /** Every feed on the list now, in URL order; a record that is not a feed entry is logged and skipped. */
    public Map<String, FeedEntry> list() {
        Map<String, FeedEntry> feeds = new TreeMap<>();
        TopicScan.readToEnd(bootstrapServers, topic, "newswire-ingest-feed-list", "feed list", (url, entry) -> {
            if (url == null) {
                return;
            }
            if (entry == null) {
                feeds.remove(url);
            } else {
                feeds.put(url, entry);
            }
        });
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
        Properties p = ClientSettings.reliableProducer(bootstrapServers, "newswire-ingest-feed-list");
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
