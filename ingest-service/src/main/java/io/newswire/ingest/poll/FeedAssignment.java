package io.newswire.ingest.poll;

import io.newswire.ingest.feedlist.FeedEntry;
import io.newswire.ingest.state.FeedStateStore;
import io.newswire.model.Topic;
import io.newswire.runtime.kafka.RecordDecoder;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which feeds this instance polls, decided by Kafka: the instances share one consumer group on the compacted
 * {@code news.feeds} topic, and each polls the feeds on the partitions the group assigns to it. On assignment the
 * partitions are read from the beginning (the feed list is the whole compacted topic, so no offsets are committed);
 * on revocation or loss their feeds are dropped. Adding an instance spreads the feeds; losing one hands its
 * partitions to the others once the group notices (at the latest after the session timeout).
 */
public final class FeedAssignment implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FeedAssignment.class);

    private final Topic<String, FeedEntry> topic;
    private final FeedScheduler scheduler;
    private final FeedStateStore states;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final RecordDecoder<String, FeedEntry> decoder;
    private final Map<String, Integer> partitionOf = new ConcurrentHashMap<>();
    private final Set<Integer> partitions = ConcurrentHashMap.newKeySet();
    private final Thread thread;
    private volatile boolean closed;
    private volatile Exception failure;

    public FeedAssignment(String bootstrapServers, Topic<String, FeedEntry> topic, String groupId,
            Duration sessionTimeout, FeedScheduler scheduler, FeedStateStore states) {
        this.topic = topic;
        this.scheduler = scheduler;
        this.states = states;
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) sessionTimeout.toMillis());
        c.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) Math.max(500, sessionTimeout.toMillis() / 4));
        c.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
        consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        // a record that is not a feed entry (or names no http(s) URL) is skipped, never fatal
        decoder = new RecordDecoder<>(topic, "feed assignment");
        thread = Thread.ofPlatform().name("ingest-feed-assignment").daemon().unstarted(this::loop);
    }

    public FeedAssignment start() {
        thread.start();
        return this;
    }

    private void loop() {
        try {
            consumer.subscribe(List.of(topic.name()), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> assigned) {
                    if (assigned.isEmpty()) {
                        return;
                    }
                    // another instance may have polled these feeds a moment ago: read its state before scheduling
                    if (!states.awaitCaughtUp(Duration.ofSeconds(15))) {
                        log.warn("feed state not caught up; feeds taken over may be polled early");
                    }
                    assigned.forEach(tp -> partitions.add(tp.partition()));
                    consumer.seekToBeginning(assigned);
                    log.info("assigned partitions {} of {}", assigned.stream().map(TopicPartition::partition)
                            .sorted().toList(), topic.name());
                }

                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> revoked) {
                    drop(revoked, "revoked");
                }

                @Override
                public void onPartitionsLost(Collection<TopicPartition> lost) {
                    drop(lost, "lost");
                }
            });
            while (!closed) {
                for (ConsumerRecord<byte[], byte[]> raw : consumer.poll(Duration.ofMillis(500))) {
                    var decoded = decoder.decode(raw);
                    if (decoded.isEmpty()) {
                        continue;
                    }
                    var r = decoded.get();
                    if (r.key() == null) {
                        continue;
                    }
                    if (r.value() == null) {
                        partitionOf.remove(r.key());
                        scheduler.unassign(r.key());
                    } else {
                        partitionOf.put(r.key(), r.partition());
                        scheduler.assign(r.value());
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (Exception e) {
            failure = e;
            log.error("feed assignment stopped", e);
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }

    private void drop(Collection<TopicPartition> gone, String how) {
        if (gone.isEmpty()) {
            return;
        }
        Set<Integer> numbers = new java.util.HashSet<>();
        gone.forEach(tp -> numbers.add(tp.partition()));
        partitions.removeAll(numbers);
        partitionOf.entrySet().removeIf(e -> {
            if (numbers.contains(e.getValue())) {
                scheduler.unassign(e.getKey());
                return true;
            }
            return false;
        });
        log.info("{} partitions {} of {}", how, numbers, topic.name());
    }

    /** The partitions of {@code news.feeds} this instance holds now. */
    public Set<Integer> partitions() {
        return Set.copyOf(partitions);
    }

    public boolean healthy() {
        return failure == null && thread.isAlive();
    }

    @Override
    public void close() {
        closed = true;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
