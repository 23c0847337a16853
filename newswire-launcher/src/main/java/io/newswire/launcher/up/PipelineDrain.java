package io.newswire.launcher.up;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Waits until consumer groups have processed everything in the topics they read, the way {@code up} knows that what
 * it just replayed has been tagged and stored before it says it is ready. The groups' committed offsets are the
 * truth: a Kafka Streams application commits its input offsets in the transaction that writes its output, and
 * store-service commits after its database transaction.
 *
 * <p>Offsets alone overstate the work left on topics written in transactions (enrich-service's output): the commit
 * marker after the last record takes an offset that no consumer commits past. So where a group's committed offset
 * is behind the end, the records in between are read (read_committed, without a group) and counted.
 */
public final class PipelineDrain implements AutoCloseable {
    private static final Duration STEP = Duration.ofMillis(250);
    private static final Duration READ_GAP_FOR = Duration.ofSeconds(2);

    private final String bootstrapServers;
    private final Admin admin;

    public PipelineDrain(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** One consumer group and the topics it reads. */
    public record Reader(String group, List<String> topics) {
    }

    /**
     * Waits, in order, until each reader has nothing left to process in its topics (nor in any other partition it
     * has committed, such as a Streams application's repartition topics).
     *
     * @return true when drained, false when {@code timeout} passed first
     */
    public boolean await(List<Reader> readers, Duration timeout) throws InterruptedException {
        return await(readers, timeout, left -> { });
    }

    /**
     * As {@link #await(List, Duration)}, telling {@code progress} at every step what each reader has left, in the
     * order of {@code readers} (0 for those already drained), so a long drain is not silent.
     */
    public boolean await(List<Reader> readers, Duration timeout, Consumer<List<Long>> progress)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int i = 0; i < readers.size(); i++) {
            while (true) {
                long[] left = new long[readers.size()];
                for (int j = i; j < readers.size(); j++) {
                    left[j] = unprocessed(readers.get(j));
                }
                progress.accept(java.util.Arrays.stream(left).boxed().toList());
                if (left[i] == 0) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(STEP.toMillis());
            }
        }
        return true;
    }

    /** Records in the reader's topics after its group's committed offsets (at least 1 while unsure). */
    public long unprocessed(Reader reader) throws InterruptedException {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(reader.group())
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Set<TopicPartition> partitions = new HashSet<>(committed.keySet());
            Map<String, TopicDescription> topics = admin.describeTopics(reader.topics()).allTopicNames()
                    .get(10, TimeUnit.SECONDS);
            topics.values().forEach(d -> d.partitions()
                    .forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition()))));
            Map<TopicPartition, Long> end = offsets(partitions, OffsetSpec.latest());
            Map<TopicPartition, Long> start = offsets(partitions, OffsetSpec.earliest());
            Map<TopicPartition, Long> from = new HashMap<>();
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata c = committed.get(tp);
                long position = c == null ? start.getOrDefault(tp, 0L) : c.offset();
                if (position < end.getOrDefault(tp, 0L)) {
                    from.put(tp, position);
                }
            }
            return from.isEmpty() ? 0 : recordsBetween(from, end);
        } catch (ExecutionException | TimeoutException e) {
            // a group that does not exist yet, a topic being created: not drained, ask again
            return 1;
        }
    }

    private long recordsBetween(Map<TopicPartition, Long> from, Map<TopicPartition, Long> to) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        try (var consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            Set<TopicPartition> unread = new HashSet<>(from.keySet());
            long records = 0;
            long deadline = System.nanoTime() + READ_GAP_FOR.toNanos();
            while (!unread.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() < to.get(new TopicPartition(r.topic(), r.partition()))) {
                        records++;
                    }
                }
                unread.removeIf(tp -> consumer.position(tp) >= to.get(tp));
            }
            // unread: a transaction still open (the position stops before it), so work is under way
            return unread.isEmpty() ? records : Math.max(records, 1);
        }
    }

    private Map<TopicPartition, Long> offsets(Set<TopicPartition> partitions, OffsetSpec spec)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(tp -> request.put(tp, spec));
        Map<TopicPartition, ListOffsetsResultInfo> infos = admin.listOffsets(request).all().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, Long> result = new HashMap<>();
        infos.forEach((tp, info) -> result.put(tp, info.offset()));
        return result;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
