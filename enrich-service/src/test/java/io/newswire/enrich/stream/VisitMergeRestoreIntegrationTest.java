package io.newswire.enrich.stream;

import static io.newswire.enrich.stream.Fixtures.FIDAN;
import static io.newswire.enrich.stream.Fixtures.T0;
import static io.newswire.enrich.stream.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.embedded.junit.KafkaBootstrap;
import io.newswire.embedded.junit.WithInfra;
import io.newswire.enrich.EnrichConfig;
import io.newswire.enrich.EnrichService;
import io.newswire.enrich.EnrichTopics;
import io.newswire.enrich.tagging.Tagger;
import io.newswire.model.Article;
import io.newswire.model.Topics;
import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repeat filter and the visit merge keep their state in changelogged stores only: an instance that starts on an
 * empty state directory (a new machine, a wiped disk) restores them from the changelogs on the real broker and goes
 * on where the last one stopped. A corrected article then replaces exactly its own earlier report, which it finds
 * through the report keys the restored repeat filter remembers, in the restored reports.
 */
@WithInfra
class VisitMergeRestoreIntegrationTest {
    private static final String JULY = "TR>PK@2025-07-09";
    private static final String SEPTEMBER = "TR>PK@2025-09-09";

    /** The body names the day the article's visit starts on. */
    private static final Tagger TAGGER = a -> Fixtures.enrichment(List.of(Fixtures.visit("tagger-" + a.id(),
            VisitStatus.PLANNED, List.of(FIDAN), List.of(), LocalDate.parse(a.body().substring(0, 10)),
            "Fidan visits Islamabad.")));

    @Test
    void aNewInstanceOnAnEmptyStateDirectoryRestoresTheMergeAndReplacesACorrectedArticlesReport(
            @KafkaBootstrap String bootstrap, @TempDir Path firstState, @TempDir Path secondState) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Topics topics = Topics.named("it.raw." + run, "it.enriched." + run, "it.visits." + run, "it.dlq." + run);
        EnrichConfig config = EnrichConfig.of(bootstrap, topics).withApplicationId("enrich-restore-" + run)
                .withEnrichTopics(EnrichTopics.named("it.actors." + run)).withHttpPort(0);
        Article a1 = article("r-1", "h1", T0, "2025-07-09 Fidan will visit Islamabad.");
        Article a2 = article("r-2", "h2", T0.plusSeconds(3600), "2025-07-09 Fidan is in Islamabad.");
        Article a1Corrected = article("r-1", "h1-v2", T0, "2025-09-09 Fidan will visit Islamabad in September.");

        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        EnrichService first = EnrichService.start(config.withStateDir(firstState), TAGGER); // creates the topics
        try (var consumer = consumer(bootstrap, topics); var producer = producer(bootstrap)) {
            try (first) {
                send(producer, topics, a1, a2);
                readUntil(consumer, out, topics, v -> v.containsKey(JULY)
                        && v.get(JULY).sourceArticleIds().equals(List.of("r-1", "r-2")));
            }
            try (EnrichService second = EnrichService.start(config.withStateDir(secondState), TAGGER)) {
                // r-2 again, unchanged: the restored repeat filter drops it
                send(producer, topics, a2, a1Corrected);
                Map<String, Visit> latest = readUntil(consumer, out, topics, v -> v.containsKey(SEPTEMBER));
                assertThat(latest).as("r-1's July report is replaced, not left beside its September one")
                        .containsOnlyKeys(JULY, SEPTEMBER);
                assertThat(latest.get(JULY).sourceArticleIds()).containsExactly("r-2");
                assertThat(latest.get(SEPTEMBER).sourceArticleIds()).containsExactly("r-1");
                assertThat(second.state()).isEqualTo(KafkaStreams.State.RUNNING);
            }
        }
        assertThat(out).filteredOn(r -> r.topic().equals(topics.articlesEnriched().name()))
                .extracting(r -> new String(r.key(), StandardCharsets.UTF_8))
                .as("the repeat of r-2 was dropped after the restore").containsExactlyInAnyOrder("r-1", "r-2", "r-1");
    }

    private static void send(KafkaProducer<String, byte[]> producer, Topics topics, Article... articles) {
        for (Article a : articles) {
            producer.send(new ProducerRecord<>(topics.articlesRaw().name(), a.id(),
                    topics.articlesRaw().valueSerde().serializer().serialize("", a)));
        }
        producer.flush();
    }

    /** Reads on until the visits topic, compacted, satisfies {@code done}; then a little longer for late records. */
    private static Map<String, Visit> readUntil(KafkaConsumer<byte[], byte[]> consumer,
            List<ConsumerRecord<byte[], byte[]>> out, Topics topics, Predicate<Map<String, Visit>> done) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ZERO).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            return done.test(visits(out, topics));
        });
        long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (System.nanoTime() < until) {
            consumer.poll(Duration.ofMillis(200)).forEach(out::add);
        }
        return visits(out, topics);
    }

    private static Map<String, Visit> visits(List<ConsumerRecord<byte[], byte[]>> out, Topics topics) {
        Map<String, Visit> latest = new TreeMap<>();
        for (var r : out) {
            if (!r.topic().equals(topics.visits().name())) {
                continue;
            }
            String id = new String(r.key(), StandardCharsets.UTF_8);
            Visit v = topics.visits().valueSerde().deserializer().deserialize("", r.value());
            if (v == null) {
                latest.remove(id);
            } else {
                latest.put(id, v);
            }
        }
        return latest;
    }

    private static KafkaConsumer<byte[], byte[]> consumer(String bootstrap, Topics topics) {
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "enrich-restore-reader-" + UUID.randomUUID());
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        var consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topics.articlesEnriched().name(), topics.visits().name()));
        return consumer;
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }
}
