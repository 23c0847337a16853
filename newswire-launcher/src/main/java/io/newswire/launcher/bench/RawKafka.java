package io.newswire.launcher.bench;

import io.newswire.embedded.kafka.EmbeddedKafka;
import io.newswire.model.TopicSpecs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The baselines on the broker alone, over the corpus' own bytes: a plain producer, a plain consumer, and an
 * exactly-once consume→produce copy (the least an exactly-once stage costs, so the topology's baseline).
 */
final class RawKafka {
    private static final Duration POLL = Duration.ofMillis(100);

    private RawKafka() {
    }

    /**
     * Creates article topics as {@code up} does ({@link TopicSpecs#articlesRaw}: size-bounded, no time-based
     * retention, since the records carry their publication times, a year old and more).
     */
    static void createArticleTopics(EmbeddedKafka kafka, int partitions, String... names) {
        Map<String, String> configs = TopicSpecs.articlesRaw("any",
                TopicSpecs.Partitions.defaults().withData(partitions)).configs();
        kafka.createTopics(partitions, configs, List.of(names));
    }

    /** Every article sent with the client's defaults but a 20 ms linger and 256 KiB batches, timed until flushed. */
    static StageResult produce(String bootstrap, String topic, BenchCorpus corpus) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            long t0 = System.nanoTime();
            for (int i = 0; i < corpus.size(); i++) {
                producer.send(new ProducerRecord<>(topic, null, corpus.articles().get(i).publishedAt().toEpochMilli(),
                        corpus.articles().get(i).id(), corpus.values().get(i)));
            }
            producer.flush();
            double s = seconds(t0);
            return new StageResult("produce", "articles sent to the raw topic by a plain producer, until flushed",
                    corpus.size(), corpus.size(), s, null, Map.of("linger.ms", 20, "batch.size", 256 * 1024));
        }
    }

    /** A plain consumer in a new group, from its first record to the last. */
    static StageResult consume(String bootstrap, String topic, long n, Duration timeout) {
        Properties c = consumerProps(bootstrap, "bench-consume");
        try (var consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long read = 0;
            long first = 0;
            long bytes = 0;
            long deadline = System.nanoTime() + timeout.toNanos();
            while (read < n && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
                    if (first == 0) {
                        first = System.nanoTime();
                    }
                    read++;
                    bytes += r.serializedValueSize();
                }
            }
            return new StageResult("consume", "articles read from the raw topic by a plain consumer, first to last",
                    read, n, since(first), null, Map.of("MB", Math.round(bytes / 1e5) / 10.0));
        }
    }

    /**
     * Every record of {@code topic} copied to a new topic of as many partitions under exactly-once: a
     * read_committed consumer and a transactional producer configured as the topology's own clients are
     * ({@code streamsProperties}: Kafka Streams' client defaults and the service's overrides, e.g. its one request in
     * flight), the producer committing the consumed offsets in its transaction every commit interval of the topology;
     * timed from the first record read to the last commit.
     */
    static StageResult exactlyOnceCopy(EmbeddedKafka kafka, String topic, int partitions, long n,
            Properties streamsProperties, Duration commitInterval, Duration timeout) {
        String out = topic + ".copy";
        createArticleTopics(kafka, partitions, out);
        StreamsConfig streams = new StreamsConfig(streamsProperties);
        Properties c = consumerProps(kafka.bootstrapServers(), "bench-copy");
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Object maxPoll = streams.getMainConsumerConfigs("bench-copy", "bench-copy", 0)
                .get(ConsumerConfig.MAX_POLL_RECORDS_CONFIG);
        if (maxPoll != null) {
            c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPoll);
        }
        Properties p = new Properties();
        streams.getProducerConfigs("bench-copy").forEach((k, v) -> {
            if (ProducerConfig.configNames().contains(k)) {
                p.put(k, v);
            }
        });
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "bench-copy");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (var consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer());
                var producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            consumer.subscribe(List.of(topic));
            long copied = 0;
            long committed = 0;
            long first = 0;
            long transactions = 0;
            long deadline = System.nanoTime() + timeout.toNanos();
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            long openedAt = 0;
            while (copied < n && System.nanoTime() < deadline) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    if (first == 0) {
                        first = System.nanoTime();
                    }
                    if (openedAt == 0) {
                        producer.beginTransaction();
                        openedAt = System.nanoTime();
                    }
                    producer.send(new ProducerRecord<>(out, null, r.timestamp(), r.key(), r.value()));
                    offsets.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
                    copied++;
                }
                if (openedAt != 0 && (copied >= n
                        || System.nanoTime() - openedAt >= commitInterval.toNanos())) {
                    producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
                    producer.commitTransaction();
                    committed = copied;
                    offsets.clear();
                    openedAt = 0;
                    transactions++;
                }
            }
            if (openedAt != 0) {
                producer.abortTransaction(); // out of time: what it held does not count
            }
            return new StageResult("eos-copy", "raw records copied consume→produce exactly-once (read_committed, "
                    + "transactions of " + commitInterval.toMillis() + " ms with their offsets)", committed, n,
                    since(first), "consume", details(transactions, p, c));
        }
    }

    private static Map<String, Object> details(long transactions, Properties producer, Properties consumer) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("transactions", transactions);
        for (String k : List.of(ProducerConfig.LINGER_MS_CONFIG, ProducerConfig.BATCH_SIZE_CONFIG,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, ProducerConfig.COMPRESSION_TYPE_CONFIG)) {
            d.put("producer " + k, producer.getOrDefault(k, "default"));
        }
        d.put("consumer " + ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                consumer.getOrDefault(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "default"));
        return d;
    }

    /** Every committed value of {@code topic} now, decoded: the input of a stage read back untimed. */
    static <V> List<V> readAll(String bootstrap, String topic, Deserializer<V> values) {
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (var consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<V> out = new ArrayList<>();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
                    out.add(values.deserialize(topic, r.value()));
                }
            }
            return out;
        }
    }

    private static Properties consumerProps(String bootstrap, String group) {
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return c;
    }

    static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Seconds since {@code first}, or 0 when nothing came. */
    static double since(long first) {
        return first == 0 ? 0 : seconds(first);
    }
}
