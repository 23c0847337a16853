package io.newswire.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import io.newswire.embedded.kafka.EmbeddedKafka;
import io.newswire.embedded.postgres.PostgresServer;
import io.newswire.model.Topics;
import io.newswire.store.schema.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** What the integration tests share: a fresh database and fresh topics per test, producing, and waiting. */
public final class Infra {
    public static final int PARTITIONS = 3;

    private Infra() {
    }

    /** A new database with the store's schema, and a pool on it (the caller closes it). */
    public static HikariDataSource database(PostgresServer pg) {
        String name = pg.createDatabase("store");
        HikariDataSource ds = pg.pool(name, 4);
        Database.migrate(ds);
        return ds;
    }

    /** Topics with names of their own, so tests never see each other's records. */
    public static Topics topics(EmbeddedKafka kafka) {
        String p = "t" + UUID.randomUUID().toString().substring(0, 8) + ".";
        Topics t = Topics.named(p + "raw", p + "enriched", p + "visits", p + "deadletter");
        kafka.createTopics(PARTITIONS, Map.of(), List.of(t.articlesEnriched().name(), t.visits().name(),
                t.deadLetter().name()));
        return t;
    }

    public static StoreConfig config(String bootstrap, Topics topics, PostgresServer pg, HikariDataSource ds) {
        return StoreConfig.defaults()
                .withKafka(bootstrap, "store-test-" + UUID.randomUUID().toString().substring(0, 8))
                .withTopics(topics)
                .withDatabase(ds.getJdbcUrl(), pg.user(), pg.password())
                .withHttpPort(0)
                .withMaxRetryBackoff(Duration.ofSeconds(2));
    }

    public static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        // one request in flight: on a loaded machine, timed-out and retried batches then cannot overtake each other
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "60000");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "180000");
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    public static <V> ProducerRecord<byte[], byte[]> record(io.newswire.model.Topic<String, V> topic, String key,
            V value) {
        return new ProducerRecord<>(topic.name(), topic.keySerde().serializer().serialize(topic.name(), key),
                topic.valueSerde().serializer().serialize(topic.name(), value));
    }

    /** Waits until the group has committed every record of the given topics (so the database is final). */
    public static void awaitCaughtUp(Admin admin, String group, List<String> topics, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(250)).until(() -> lag(admin, group, topics) == 0);
    }

    public static long lag(Admin admin, String group, List<String> topics)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (String t : topics) {
            for (int p = 0; p < PARTITIONS; p++) {
                latest.put(new TopicPartition(t, p), OffsetSpec.latest());
            }
        }
        long lag = 0;
        for (var e : admin.listOffsets(latest).all().get().entrySet()) {
            OffsetAndMetadata c = committed.get(e.getKey());
            lag += e.getValue().offset() - (c == null ? 0 : c.offset());
        }
        return lag;
    }

    /** Every record now in a topic (read by a group-less consumer from the start to the end offsets). */
    public static List<ConsumerRecord<byte[], byte[]>> readAll(String bootstrap, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (var c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = new ArrayList<>();
            for (int i = 0; i < PARTITIONS; i++) {
                parts.add(new TopicPartition(topic, i));
            }
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(200)).forEach(all::add);
            }
            return all;
        }
    }

    public static long count(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** id -> the value of one column, for every row of a query {@code SELECT id, x FROM ...}. */
    public static Map<String, String> column(DataSource ds, String sql) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    public static Map<String, Long> histogram(Map<String, String> column) {
        return column.values().stream().collect(Collectors.groupingBy(v -> v, Collectors.counting()));
    }

    /** The next Server-Sent Event's name and data among the stream's lines. */
    public static String[] nextEvent(BlockingQueue<String> lines) throws InterruptedException {
        String event = null;
        while (true) {
            String line = lines.poll(30, TimeUnit.SECONDS);
            assertThat(line).as("stream line").isNotNull();
            if (line.startsWith("event:")) {
                event = line.substring(6).trim();
            } else if (line.startsWith("data:")) {
                return new String[] {event, line.substring(5).trim()};
            }
        }
    }
}
