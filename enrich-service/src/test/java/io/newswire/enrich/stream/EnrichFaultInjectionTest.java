package io.newswire.enrich.stream;

import static io.newswire.enrich.stream.Fixtures.T0;
import static io.newswire.enrich.stream.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.embedded.junit.KafkaBootstrap;
import io.newswire.embedded.junit.WithInfra;
import io.newswire.embedded.kafka.EmbeddedKafka;
import io.newswire.enrich.EnrichConfig;
import io.newswire.enrich.EnrichService;
import io.newswire.enrich.tagging.Tagger;
import io.newswire.model.DeadLetter;
import io.newswire.model.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * enrich-service restarted mid-stream as a static member (as {@code newswire up} runs it), with a poison record in
 * the stream: it resumes long before its session could have expired (a dynamic member, or a static one the broker
 * did not recognise, would wait out the session timeout), and downstream sees every article exactly once and the
 * poison dead-lettered. How fast it resumes is the bench's business; this test checks that it does not wait.
 */
@WithInfra
@Tag("fault-injection")
class EnrichFaultInjectionTest {
    private static final int ARTICLES = 400;
    /** Long enough that waiting it out cannot pass for a quick resume, even on a loaded machine. */
    private static final Duration SESSION = Duration.ofSeconds(60);
    private static final Tagger NO_VISITS = article -> Fixtures.enrichment(List.of());

    @Test
    void aRestartedStaticMemberResumesWithoutWaitingOutItsSessionAndEmitsEachArticleOnce(@KafkaBootstrap String bootstrap,
            EmbeddedKafka kafka, @TempDir Path stateDir) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Topics topics = Topics.named("fi.raw." + run, "fi.enriched." + run, "fi.visits." + run, "fi.dlq." + run);
        EnrichConfig config = EnrichConfig.of(bootstrap, topics).withApplicationId("enrich-fi-" + run)
                .withStateDir(stateDir).withHttpPort(0)
                .withStreamsOverrides(Map.of("main.consumer.group.instance.id", "enrich-fi-" + run,
                        "consumer.session.timeout.ms", String.valueOf(SESSION.toMillis()), "commit.interval.ms", "100"));
        // the broker runs in this JVM: what it logs at ERROR while enrich starts, restarts and writes, is seen here
        ch.qos.logback.classic.Logger broker = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger("kafka.server.ReplicaManager");
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> brokerLog =
                new ch.qos.logback.core.read.ListAppender<>();
        brokerLog.start();
        broker.addAppender(brokerLog);
        Thread stream;
        try (EnrichService first = EnrichService.start(config, NO_VISITS); Admin admin = kafka.admin()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> first.state() == KafkaStreams.State.RUNNING);
            stream = Thread.ofPlatform().name("fi-enrich-producer").start(() -> produce(bootstrap, topics));
            await().atMost(Duration.ofSeconds(60)).until(() -> written(admin, topics.articlesEnriched().name()) > 0);
        }
        try (Admin admin = kafka.admin()) {
            long before = written(admin, topics.articlesEnriched().name());
            long restarted = System.nanoTime();
            try (EnrichService second = EnrichService.start(config, NO_VISITS)) {
                await().atMost(SESSION.dividedBy(2)).pollInterval(Duration.ofMillis(50))
                        .until(() -> written(admin, topics.articlesEnriched().name()) > before);
                assertThat(Duration.ofNanos(System.nanoTime() - restarted)).as("work resumed after the restart")
                        .isLessThan(SESSION.dividedBy(2));
                stream.join();
                List<ConsumerRecord<byte[], byte[]>> enriched = readCommitted(bootstrap, topics.articlesEnriched()
                        .name(), ARTICLES);
                Set<String> ids = new HashSet<>();
                enriched.forEach(r -> ids.add(new String(r.key(), StandardCharsets.UTF_8)));
                assertThat(enriched).as("0 duplicated").hasSize(ARTICLES);
                assertThat(ids).as("0 lost").hasSize(ARTICLES);
                List<ConsumerRecord<byte[], byte[]>> dead = readCommitted(bootstrap, topics.deadLetter().name(), 1);
                assertThat(dead).hasSize(1);
                assertThat(DeadLetter.header(dead.get(0).headers(), DeadLetter.SOURCE_TOPIC))
                        .isEqualTo(topics.articlesRaw().name());
                assertThat(second.state()).isEqualTo(KafkaStreams.State.RUNNING);
            }
        } finally {
            broker.detachAppender(brokerLog);
        }
        // one producer request in flight: no sequence after 0 reaches a partition the transaction has not yet
        // written to (KAFKA-18202), so the broker has no OutOfOrderSequenceException to log
        assertThat(brokerLog.list).filteredOn(e -> e.getLevel() == ch.qos.logback.classic.Level.ERROR)
                .extracting(e -> e.getFormattedMessage() + " " + (e.getThrowableProxy() == null ? ""
                        : e.getThrowableProxy().getMessage()))
                .isEmpty();
    }

    private static void produce(String bootstrap, Topics topics) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < ARTICLES; i++) {
                var a = article("fi-" + i, "h" + i, T0.plusSeconds(60L * i), "article " + i);
                producer.send(new ProducerRecord<>(topics.articlesRaw().name(), a.id(),
                        topics.articlesRaw().valueSerde().serializer().serialize("", a)));
                if (i == ARTICLES / 2) {
                    producer.send(new ProducerRecord<>(topics.articlesRaw().name(), "poison",
                            "{\"id\": \"abc\", \"title\": ".getBytes(StandardCharsets.UTF_8)));
                }
                if (i % 40 == 39) {
                    producer.flush();
                    try {
                        Thread.sleep(400);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    /** Records (and transaction markers) on the topic so far: grows while the service writes. */
    private static long written(Admin admin, String topic) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic).partitions()
                .forEach(i -> request.put(new TopicPartition(topic, i.partition()), OffsetSpec.latest()));
        return admin.listOffsets(request).all().get(10, TimeUnit.SECONDS).values().stream()
                .mapToLong(i -> i.offset()).sum();
    }

    /** What a read_committed consumer sees, until {@code expected} records and 2 s more (a late duplicate). */
    private static List<ConsumerRecord<byte[], byte[]>> readCommitted(String bootstrap, String topic, int expected) {
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "fi-reader-" + UUID.randomUUID());
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
                return out.size() >= expected;
            });
            long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (System.nanoTime() < until) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }
}
