package io.newswire.ingest.state;

import io.newswire.ingest.kafka.ClientSettings;
import io.newswire.model.Topic;
import io.newswire.runtime.kafka.RecordDecoder;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-feed state, held in the compacted {@code news.ingest.state} topic and mirrored in memory: a background
 * reader follows every partition from the beginning (no consumer group), so any instance knows every feed's state
 * and can take a feed over. Writes go to the topic and to the mirror at once. Nothing is kept on local disk.
 */
public final class FeedStateStore implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FeedStateStore.class);

    private final Topic<String, FeedState> topic;
    private final String bootstrapServers;
    private final Map<String, FeedState> states = new ConcurrentHashMap<>();
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    private final KafkaProducer<String, FeedState> producer;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final RecordDecoder<String, FeedState> decoder;
    private final Thread reader;
    private volatile boolean closed;
    private volatile Exception readerFailure;

    public FeedStateStore(String bootstrapServers, Topic<String, FeedState> topic) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        Properties p = ClientSettings.reliableProducer(bootstrapServers, "newswire-ingest-state-writer");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
        producer = new KafkaProducer<>(p, topic.keySerde().serializer(), topic.valueSerde().serializer());
        Properties c = ClientSettings.groupless(bootstrapServers, "newswire-ingest-state-reader");
        c.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        // an unreadable state only costs that feed its memory: it is polled as if new
        decoder = new RecordDecoder<>(topic, "feed state");
        List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
                .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        reader = Thread.ofPlatform().name("ingest-state-reader").daemon().start(this::read);
    }

    private void read() {
        try {
            while (!closed) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    decoder.decode(r).ifPresent(d -> apply(d.key(), d.value()));
                }
                for (TopicPartition tp : consumer.assignment()) {
                    positions.put(tp, consumer.position(tp));
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (Exception e) {
            readerFailure = e;
            log.error("state reader stopped: {}", e.toString());
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(2)));
        }
    }

    private void apply(String feedUrl, FeedState incoming) {
        if (feedUrl == null) {
            return;
        }
        if (incoming == null) {
            states.remove(feedUrl);
            return;
        }
        states.merge(feedUrl, incoming, (mine, theirs) -> theirs.version() >= mine.version() ? theirs : mine);
    }

    /** The feed's state, or null if it was never polled. */
    public FeedState get(String feedUrl) {
        return states.get(feedUrl);
    }

    public int size() {
        return states.size();
    }

    /** Stores the state (its version is set one past the one held) and waits until Kafka has it. */
    public FeedState put(FeedState state) throws ExecutionException, InterruptedException, TimeoutException {
        FeedState stored = states.compute(state.feedUrl(), (url, held) ->
                state.withVersion((held == null ? state.version() : Math.max(held.version(), state.version())) + 1));
        producer.send(new ProducerRecord<>(topic.name(), stored.feedUrl(), stored)).get(30, TimeUnit.SECONDS);
        return stored;
    }

    /** Waits until the mirror has read everything written to the topic before this call; false on timeout. */
    public boolean awaitCaughtUp(Duration timeout) {
        Map<TopicPartition, Long> ends = new HashMap<>();
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(p)) {
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            admin.describeTopics(List.of(topic.name())).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .get(topic.name()).partitions()
                    .forEach(i -> request.put(new TopicPartition(topic.name(), i.partition()), OffsetSpec.latest()));
            admin.listOffsets(request).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .forEach((tp, info) -> ends.put(tp, info.offset()));
        } catch (ExecutionException | TimeoutException e) {
            log.warn("cannot read the end offsets of {}: {}", topic.name(), e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && readerFailure == null) {
            boolean caughtUp = ends.entrySet().stream()
                    .allMatch(e -> e.getValue() == 0 || positions.getOrDefault(e.getKey(), 0L) >= e.getValue());
            if (caughtUp) {
                return true;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    public boolean healthy() {
        return readerFailure == null && reader.isAlive();
    }

    @Override
    public void close() {
        closed = true;
        consumer.wakeup();
        try {
            reader.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
    }
}
