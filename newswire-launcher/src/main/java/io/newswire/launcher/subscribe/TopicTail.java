package io.newswire.launcher.subscribe;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads one topic from every partition without a consumer group (assign and seek), so any number of subscribers
 * each see every record and never take partitions from one another or from the services. Partitions added to the
 * topic later are picked up from their beginning.
 */
public final class TopicTail {
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration REFRESH = Duration.ofSeconds(30);
    private static final Duration WAIT_FOR_TOPIC = Duration.ofSeconds(2);

    private final String topic;
    private final boolean fromBeginning;
    private final boolean exitAtEnd;
    private final PrintStream log;
    private final Properties config = new Properties();
    private volatile KafkaConsumer<String, String> consumer;
    private final Set<TopicPartition> assigned = new HashSet<>();
    /** The end of every partition when reading started: reading up to it is catching up. */
    private final Map<TopicPartition, Long> endOffsets = new HashMap<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean stopping;

    /**
     * @param fromBeginning start at the oldest retained record rather than at the end
     * @param exitAtEnd     return once every partition has been read up to the end it had when reading started
     * @param log           where to say that the topic does not exist yet
     */
    public TopicTail(String bootstrapServers, String topic, boolean fromBeginning, boolean exitAtEnd, PrintStream log) {
        this.topic = topic;
        this.fromBeginning = fromBeginning;
        this.exitAtEnd = exitAtEnd;
        this.log = log;
        Properties p = config;
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "newswire-subscribe-" + UUID.randomUUID().toString().substring(0, 8));
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        // enrich-service writes in transactions: show what it committed, never what an aborted attempt left
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    }

    /** What the reader hands the records to. */
    @FunctionalInterface
    public interface Listener {
        /** One record; false stops reading. */
        boolean record(ConsumerRecord<String, String> rec);

        /**
         * Called once, when every partition has been read up to the end it had when reading started (at once
         * when reading starts at the end); false stops reading.
         */
        default boolean caughtUp() {
            return true;
        }
    }

    /** Hands each record to {@code listener} until {@link #stop()}, the end (with exitAtEnd), or it says stop. */
    public void run(Listener listener) {
        consumer = new KafkaConsumer<>(config);
        try {
            long nextRefresh = 0;
            boolean saidWaiting = false;
            boolean caughtUp = false;
            while (!stopping) {
                if (System.nanoTime() - nextRefresh >= 0) {
                    refreshAssignment();
                    nextRefresh = System.nanoTime() + (assigned.isEmpty() ? WAIT_FOR_TOPIC : REFRESH).toNanos();
                }
                if (assigned.isEmpty()) {
                    if (exitAtEnd) {
                        throw new IllegalStateException("topic " + topic + " does not exist");
                    }
                    if (!saidWaiting) {
                        log.println("newswire: topic " + topic + " does not exist yet; waiting for it");
                        saidWaiting = true;
                    }
                    Thread.sleep(WAIT_FOR_TOPIC.toMillis());
                    continue;
                }
                if (!caughtUp && reachedEnd()) {
                    caughtUp = true;
                    if (!listener.caughtUp()) {
                        return;
                    }
                }
                if (exitAtEnd && caughtUp) {
                    return;
                }
                for (ConsumerRecord<String, String> rec : consumer.poll(POLL)) {
                    if (!listener.record(rec)) {
                        return;
                    }
                }
            }
        } catch (WakeupException e) {
            // stop() was called
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(2)));
            finished.countDown();
        }
    }

    private void refreshAssignment() {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
        if (infos == null || infos.isEmpty()) {
            return;
        }
        List<TopicPartition> fresh = new ArrayList<>();
        for (PartitionInfo info : infos) {
            TopicPartition tp = new TopicPartition(topic, info.partition());
            if (!assigned.contains(tp)) {
                fresh.add(tp);
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        boolean first = assigned.isEmpty();
        assigned.addAll(fresh);
        consumer.assign(assigned);
        if (first && !fromBeginning) {
            consumer.seekToEnd(fresh);
        } else {
            // a partition added while we read holds only records newer than our start
            consumer.seekToBeginning(fresh);
        }
        if (first) {
            endOffsets.putAll(consumer.endOffsets(fresh, Duration.ofSeconds(10)));
        }
    }

    private boolean reachedEnd() {
        for (Map.Entry<TopicPartition, Long> e : endOffsets.entrySet()) {
            if (consumer.position(e.getKey(), Duration.ofSeconds(10)) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Makes {@link #run} return soon; safe to call from any thread, e.g. a shutdown hook. */
    public void stop() {
        stopping = true;
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }

    /** Stops and waits (up to {@code timeout}) for {@link #run} to close the consumer. */
    public void stopAndWait(Duration timeout) throws InterruptedException {
        stop();
        finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
