package io.newswire.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.embedded.junit.KafkaBootstrap;
import io.newswire.embedded.junit.WithInfra;
import io.newswire.embedded.kafka.EmbeddedKafka;
import io.newswire.enrich.EnrichConfig;
import io.newswire.enrich.EnrichService;
import io.newswire.enrich.EnrichTopics;
import io.newswire.enrich.knowledge.KnownActor;
import io.newswire.model.Article;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Learned actors on the real broker with exactly-once on and the standard tagger: what one run of the service learns
 * goes to the compacted actors topic, and a later run, started on an empty state directory (a restart on another
 * machine), reads it back into its global store and resolves a bare mention with it. Invented people.
 */
@WithInfra
class LearnedActorsIntegrationTest {
    private static final Instant MAY_15 = Instant.parse("2024-05-15T09:00:00Z");

    private static Article article(String id, Instant published, String title, String body) {
        return new Article(Article.SCHEMA_VERSION, id, "https://harbourtimes.example/" + id, null,
                "https://harbourtimes.example/feed", "Harbour Times", title, null, body, null, List.of(), List.of(),
                published, published.plusSeconds(60), "h-" + id);
    }

    @Test
    void aLearnedMinisterSurvivesARestartOfTheStreamsApplication(@KafkaBootstrap String bootstrap,
            EmbeddedKafka kafka, @TempDir Path firstState, @TempDir Path secondState) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Topics topics = Topics.named("la.raw." + run, "la.enriched." + run, "la.visits." + run, "la.dlq." + run);
        EnrichTopics own = EnrichTopics.named("la.actors." + run);
        EnrichConfig config = EnrichConfig.of(bootstrap, topics).withEnrichTopics(own)
                .withApplicationId("enrich-la-" + run).withHttpPort(0)
                // Streams does not leave the group on close: the restarted instance waits out the old one's session
                .withStreamsOverrides(Map.of("consumer.session.timeout.ms", "6000"));

        try (EnrichService first = EnrichService.start(config.withStateDir(firstState))) {
            try (var admin = kafka.admin()) {
                Config actorsConfig = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC,
                        own.actors().name()))).all().get().values().iterator().next();
                assertThat(actorsConfig.get("cleanup.policy").value()).isEqualTo("compact");
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> first.state() == KafkaStreams.State.RUNNING);
            send(bootstrap, topics, article("fr1", MAY_15, "La ministre au Ghana", "La ministre nigériane des "
                    + "affaires étrangères est arrivée mardi à Accra pour des entretiens avec son homologue ghanéen "
                    + "sur le commerce et la frontière."));
            send(bootstrap, topics, article("l1", MAY_15, "Nigerian minister in Ghana", "Nigerian Foreign Minister "
                    + "Adaeze Okonkwo-Bello arrived in Accra on Tuesday for talks with her Ghanaian counterpart on "
                    + "trade and border security."));
            // the two keys may land on different partitions: their order on the enriched topic is not defined
            assertThat(enriched(bootstrap, topics, 2)).extracting(EnrichedArticle::id)
                    .containsExactlyInAnyOrder("fr1", "l1");
            Map<String, KnownActor> actors = actors(bootstrap, own, 1);
            assertThat(actors).containsEntry("adaeze okonkwo bello",
                    new KnownActor("Adaeze Okonkwo-Bello", "NG", "foreign minister", MAY_15));

            String metrics = get(first.httpPort(), "/metrics");
            assertThat(metrics)
                    .containsPattern("newswire_enrich_articles_skipped_total\\{[^}]*reason=\"language\"[^}]*} 1\\.0")
                    .containsPattern("newswire_enrich_articles_tagged_total\\{[^}]*} 1\\.0")
                    .containsPattern("newswire_enrich_actors_learned_total\\{[^}]*} 1\\.0");
        }

        // the same application on an empty state directory: nothing local survives, the actors topic does
        try (EnrichService second = EnrichService.start(config.withStateDir(secondState))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> second.state() == KafkaStreams.State.RUNNING);
            send(bootstrap, topics, article("l2", MAY_15.plus(Duration.ofDays(26)), "Talks in Lome", "Adaeze "
                    + "Okonkwo-Bello arrived in Lome on Monday for a two-day visit to discuss regional security with "
                    + "officials."));
            List<EnrichedArticle> all = enriched(bootstrap, topics, 3);
            assertThat(all).extracting(EnrichedArticle::id).containsExactlyInAnyOrder("fr1", "l1", "l2");
            EnrichedArticle later = all.stream().filter(a -> a.id().equals("l2")).findFirst().orElseThrow();
            assertThat(later.enrichment().visits()).singleElement().satisfies(v -> {
                assertThat(v.visitorCountries()).containsExactly("NG");
                assertThat(v.hostCountry()).isEqualTo("TG");
            });
        }
    }

    private static void send(String bootstrap, Topics topics, Article a) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topics.articlesRaw().name(), a.id(),
                    topics.articlesRaw().valueSerde().serializer().serialize("", a)));
            producer.flush();
        }
    }

    private static Properties readCommitted() {
        Properties c = new Properties();
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "la-reader-" + UUID.randomUUID());
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return c;
    }

    private static List<EnrichedArticle> enriched(String bootstrap, Topics topics, int count) {
        Properties c = readCommitted();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        List<EnrichedArticle> out = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(c, new StringDeserializer(),
                topics.articlesEnriched().valueSerde().deserializer())) {
            consumer.subscribe(List.of(topics.articlesEnriched().name()));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> out.add(r.value()));
                return out.size() >= count;
            });
        }
        return out;
    }

    private static Map<String, KnownActor> actors(String bootstrap, EnrichTopics own, int count) {
        Properties c = readCommitted();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        Map<String, KnownActor> out = new java.util.HashMap<>();
        try (var consumer = new KafkaConsumer<>(c, own.actors().keySerde().deserializer(),
                own.actors().valueSerde().deserializer())) {
            consumer.subscribe(List.of(own.actors().name()));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> out.put(r.key(), r.value()));
                return out.size() >= count;
            });
        }
        return out;
    }

    private static String get(int port, String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
    }
}
