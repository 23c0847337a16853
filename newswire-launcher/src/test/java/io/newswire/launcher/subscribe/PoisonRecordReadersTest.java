package io.newswire.launcher.subscribe;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.embedded.junit.KafkaBootstrap;
import io.newswire.embedded.junit.WithInfra;
import io.newswire.embedded.kafka.EmbeddedKafka;
import io.newswire.launcher.NewswireCommand;
import io.newswire.launcher.up.PipelineDrain;
import io.newswire.model.Topics;
import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A record no Newswire service wrote, in the middle of a topic the launcher reads: {@code subscribe} prints every
 * other event and says which one it skipped, and the drain check of {@code up} counts it as a record like any other.
 */
@WithInfra
@Tag("fault-injection")
class PoisonRecordReadersTest {
    private static final byte[] POISON = "{\"id\": \"abc\", \"title\": ".getBytes(StandardCharsets.UTF_8);

    @Test
    void subscribePrintsEveryEventAroundAPoisonRecord(@KafkaBootstrap String bootstrap, EmbeddedKafka kafka)
            throws Exception {
        String topic = "poison-visits-" + UUID.randomUUID().toString().substring(0, 8);
        kafka.createTopics(1, Map.of(), List.of(topic));
        try (KafkaProducer<byte[], byte[]> producer = producer(bootstrap)) {
            for (int i = 0; i < 5; i++) {
                Visit v = Events.visit(List.of("TR"), "PK", LocalDate.of(2025, 7, 1 + i), null,
                        VisitStatus.PLANNED, List.of());
                producer.send(new ProducerRecord<>(topic, v.id().getBytes(StandardCharsets.UTF_8),
                        Topics.VISIT.serializer().serialize(topic, v)));
                if (i == 2) {
                    producer.send(new ProducerRecord<>(topic, "x".getBytes(StandardCharsets.UTF_8), POISON));
                    producer.send(new ProducerRecord<>(topic, new byte[] {(byte) 0xff, (byte) 0xfe},
                            new byte[] {(byte) 0xc3, (byte) 0x28, (byte) 0xa0}));
                }
            }
        }
        StringWriter out = new StringWriter();
        var cli = NewswireCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        int code = cli.execute("subscribe", "--bootstrap-servers", bootstrap, "--topic-visits", topic, "--stream",
                "visits", "--from-beginning", "--exit-at-end", "--format", "json");
        assertThat(code).isZero();
        assertThat(out.toString().lines()).hasSize(5);
    }

    @Test
    void theDrainCheckCountsAPoisonRecordAndIsDoneOnceItsReaderCommittedPastIt(@KafkaBootstrap String bootstrap,
            EmbeddedKafka kafka) throws Exception {
        String topic = "poison-raw-" + UUID.randomUUID().toString().substring(0, 8);
        String group = "poison-group-" + UUID.randomUUID().toString().substring(0, 8);
        kafka.createTopics(2, Map.of(), List.of(topic));
        try (KafkaProducer<byte[], byte[]> producer = producer(bootstrap)) {
            for (int i = 0; i < 4; i++) {
                producer.send(new ProducerRecord<>(topic, i % 2, null, ("{\"n\":" + i + "}").getBytes()));
            }
            producer.send(new ProducerRecord<>(topic, 0, null, POISON));
            producer.send(new ProducerRecord<>(topic, 1, null, "{}".getBytes()));
        }
        PipelineDrain.Reader reader = new PipelineDrain.Reader(group, List.of(topic));
        try (PipelineDrain drain = new PipelineDrain(bootstrap)) {
            // the group has committed nothing: every record is work left, the unreadable one too
            commit(bootstrap, group, Map.of(new TopicPartition(topic, 0), 0L, new TopicPartition(topic, 1), 0L));
            assertThat(drain.unprocessed(reader)).isEqualTo(6);
            // the reader dead-lettered the poison record and committed past it, as enrich-service does
            commit(bootstrap, group, Map.of(new TopicPartition(topic, 0), 3L, new TopicPartition(topic, 1), 3L));
            assertThat(drain.unprocessed(reader)).isZero();
            assertThat(drain.await(List.of(reader), Duration.ofSeconds(10))).isTrue();
        }
    }

    private static void commit(String bootstrap, String group, Map<TopicPartition, Long> offsets) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        try (var consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
            offsets.forEach((tp, o) -> commits.put(tp, new OffsetAndMetadata(o)));
            consumer.commitSync(commits);
        }
    }

    private static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
