package io.newswire.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.embedded.junit.KafkaBootstrap;
import io.newswire.embedded.junit.WithInfra;
import io.newswire.embedded.kafka.EmbeddedKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** Every event type through the registry's own serdes, over the real in-process broker. */
@WithInfra
class TopicsBrokerRoundTripTest {

    @Test
    void everyEventTypeSurvivesTheBroker(@KafkaBootstrap String bootstrap, EmbeddedKafka kafka) {
        String suffix = "." + UUID.randomUUID();
        Topics topics = Topics.named("raw" + suffix, "enriched" + suffix, "visits" + suffix, "dlq" + suffix);
        kafka.createTopics(1, Map.of(), topics.all().stream().map(Topic::name).toList());

        assertThat(roundTrip(bootstrap, topics.articlesRaw(), "a1b2c3", Samples.article()))
                .isEqualTo(Samples.article());
        assertThat(roundTrip(bootstrap, topics.articlesEnriched(), "a1b2c3", Samples.enriched()))
                .isEqualTo(Samples.enriched());
        assertThat(roundTrip(bootstrap, topics.visits(), Samples.visit().id(), Samples.visit()))
                .isEqualTo(Samples.visit());
        byte[] poison = "{broken".getBytes(StandardCharsets.UTF_8);
        var dead = DeadLetter.record(topics.deadLetter().name(), "raw", 3, 42L, "k".getBytes(StandardCharsets.UTF_8),
                poison, new IllegalArgumentException("id must not be blank"), "test");
        ConsumerRecord<byte[], byte[]> got = send(bootstrap, topics.deadLetter(), dead);
        assertThat(got.value()).isEqualTo(poison);
        assertThat(DeadLetter.header(got.headers(), DeadLetter.ERROR)).contains("id must not be blank");
        assertThat(DeadLetter.header(got.headers(), DeadLetter.SOURCE_OFFSET)).isEqualTo("42");
    }

    private static <K, V> V roundTrip(String bootstrap, Topic<K, V> topic, K key, V value) {
        return send(bootstrap, topic, new ProducerRecord<>(topic.name(), key, value)).value();
    }

    private static <K, V> ConsumerRecord<K, V> send(String bootstrap, Topic<K, V> topic, ProducerRecord<K, V> r) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (var producer = new KafkaProducer<>(p, topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            producer.send(r).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "roundtrip-" + UUID.randomUUID());
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(c, topic.keySerde().deserializer(),
                topic.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            List<ConsumerRecord<K, V>> got = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (got.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(got::add);
            }
            assertThat(got).hasSize(1);
            return got.get(0);
        }
    }
}
