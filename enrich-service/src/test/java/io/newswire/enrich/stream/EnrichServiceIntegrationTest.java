package io.newswire.enrich.stream;

import static io.newswire.enrich.stream.Fixtures.FIDAN;
import static io.newswire.enrich.stream.Fixtures.T0;
import static io.newswire.enrich.stream.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.embedded.junit.KafkaBootstrap;
import io.newswire.embedded.junit.WithInfra;
import io.newswire.embedded.kafka.EmbeddedKafka;
import io.newswire.enrich.EnrichConfig;
import io.newswire.enrich.EnrichService;
import io.newswire.enrich.EnrichTopics;
import io.newswire.enrich.tagging.Tagger;
import io.newswire.model.Article;
import io.newswire.model.DeadLetter;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.Evidence;
import io.newswire.model.Official;
import io.newswire.model.Topics;
import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service on the real in-process broker with exactly-once on: articles in, enriched articles, merged visits and
 * dead letters out, read as a downstream consumer would with {@code read_committed}.
 */
@WithInfra
class EnrichServiceIntegrationTest {
    private static final int ARTICLES = 30;
    /** The merged visits' ids: the pair and the date of their first report (all date the visit July 9). */
    private static final String VISIT_A = "TR>PK@2025-07-09";
    private static final String VISIT_B = "TR>MY@2025-07-09";

    /** Article i reports visit A when i % 5 is 0, 1 or 3 and visit B when it is 2 or 3; 4 reports none. */
    private static final Tagger TAGGER = article -> {
        if (article.body().contains("EXPLODE")) {
            throw new IllegalStateException("tagger failed on purpose");
        }
        int i = Integer.parseInt(article.id().substring("it-".length()));
        List<Visit> visits = new ArrayList<>();
        if (Set.of(0, 1, 3).contains(i % 5)) {
            // the newest report of A (article 28) says the visit is over
            visits.add(visit(VISIT_A, "PK", i == 28 ? VisitStatus.COMPLETED : VisitStatus.PLANNED, hostOf(i)));
        }
        if (Set.of(2, 3).contains(i % 5)) {
            visits.add(visit(VISIT_B, "MY", VisitStatus.PLANNED, new Official("Anwar Ibrahim", "prime minister",
                    "MY")));
        }
        return Fixtures.enrichment(visits);
    };

    private static Official hostOf(int i) {
        return new Official("Host Number" + (i % 4), "minister", "PK");
    }

    private static Visit visit(String id, String host, VisitStatus status, Official hostOfficial) {
        String text = "Fidan visits " + host + ".";
        return new Visit("tagger-" + id, List.of("TR"), host, List.of(FIDAN), List.of(hostOfficial), LocalDate.of(2025, 7, 9),
                null, status, Visit.CAMEO_MAKE_VISIT, List.of(new Evidence(text, 0, text.length())), List.of());
    }

    @Test
    void tagsMergesAndDeadLettersExactlyOnce(@KafkaBootstrap String bootstrap, EmbeddedKafka kafka,
            @TempDir Path stateDir) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Topics topics = Topics.named("it.raw." + run, "it.enriched." + run, "it.visits." + run, "it.dlq." + run);
        EnrichConfig config = EnrichConfig.of(bootstrap, topics).withApplicationId("enrich-it-" + run)
                .withEnrichTopics(EnrichTopics.named("it.actors." + run))
                .withStateDir(stateDir).withHttpPort(0);
        assertThat(config.streamsProperties()).containsEntry("processing.guarantee", "exactly_once_v2");

        try (EnrichService service = EnrichService.start(config, TAGGER)) {
            try (var admin = kafka.admin()) {
                Config visitsConfig = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC,
                        topics.visits().name()))).all().get().values().iterator().next();
                assertThat(visitsConfig.get("cleanup.policy").value()).isEqualTo("compact");
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> service.state() == KafkaStreams.State.RUNNING);

            List<Article> articles = IntStream.range(0, ARTICLES)
                    .mapToObj(i -> article("it-" + i, "h" + i, T0.plusSeconds(60L * i), "article " + i)).toList();
            List<Article> shuffled = new ArrayList<>(articles);
            Collections.shuffle(shuffled, new Random(42));
            byte[] garbage = "{\"id\": ".getBytes(StandardCharsets.UTF_8);
            try (var producer = producer(bootstrap)) {
                for (Article a : shuffled) {
                    producer.send(new ProducerRecord<>(topics.articlesRaw().name(), a.id(), json(topics, a)));
                }
                for (Article a : articles.subList(0, 5)) { // polled again: exact repeats
                    producer.send(new ProducerRecord<>(topics.articlesRaw().name(), a.id(), json(topics, a)));
                }
                producer.send(new ProducerRecord<>(topics.articlesRaw().name(), "broken", garbage));
                producer.send(new ProducerRecord<>(topics.articlesRaw().name(), "it-99",
                        json(topics, article("it-99", "h", T0, "EXPLODE"))));
                producer.flush();
            }

            Map<String, List<ConsumerRecord<byte[], byte[]>>> out = consumeUntil(bootstrap, topics,
                    ARTICLES, 2, Set.of(VISIT_A, VISIT_B));

            List<EnrichedArticle> enriched = out.get(topics.articlesEnriched().name()).stream()
                    .map(r -> topics.articlesEnriched().valueSerde().deserializer().deserialize("", r.value()))
                    .toList();
            assertThat(enriched).as("every article once, repeats and poison records not")
                    .extracting(EnrichedArticle::id)
                    .containsExactlyInAnyOrderElementsOf(articles.stream().map(Article::id).toList());

            Map<String, Visit> latest = new HashMap<>();
            for (var r : out.get(topics.visits().name())) {
                latest.put(new String(r.key(), StandardCharsets.UTF_8),
                        topics.visits().valueSerde().deserializer().deserialize("", r.value()));
            }
            assertThat(latest.entrySet().stream().filter(e -> e.getValue() != null).map(Map.Entry::getKey))
                    .as("one visit per real visit, whatever order the articles came in")
                    .containsExactlyInAnyOrder(VISIT_A, VISIT_B);
            Visit a = latest.get(VISIT_A);
            List<String> expectedSourcesOfA = IntStream.range(0, ARTICLES).filter(i -> Set.of(0, 1, 3).contains(i % 5))
                    .mapToObj(i -> "it-" + i).toList();
            assertThat(a.sourceArticleIds()).containsExactlyElementsOf(expectedSourcesOfA);
            assertThat(a.status()).isEqualTo(VisitStatus.COMPLETED);
            assertThat(a.visitors()).containsExactly(FIDAN);
            assertThat(a.hosts()).containsExactlyInAnyOrderElementsOf(new LinkedHashSet<>(
                    expectedSourcesOfA.stream().map(id -> hostOf(Integer.parseInt(id.substring(3)))).toList()));
            Visit b = latest.get(VISIT_B);
            assertThat(b.sourceArticleIds()).hasSize(12);
            assertThat(b.status()).isEqualTo(VisitStatus.PLANNED);
            assertThat(b.hostCountry()).isEqualTo("MY");

            var dead = out.get(topics.deadLetter().name());
            assertThat(dead).extracting(r -> DeadLetter.header(r.headers(), DeadLetter.ERROR_CLASS))
                    .containsExactlyInAnyOrder("org.apache.kafka.common.errors.SerializationException",
                            IllegalStateException.class.getName());
            assertThat(dead).allSatisfy(r -> {
                assertThat(DeadLetter.header(r.headers(), DeadLetter.SOURCE_TOPIC))
                        .isEqualTo(topics.articlesRaw().name());
                assertThat(Integer.parseInt(DeadLetter.header(r.headers(), DeadLetter.SOURCE_PARTITION)))
                        .isBetween(0, EnrichConfig.DEFAULT_PARTITIONS - 1);
                assertThat(Long.parseLong(DeadLetter.header(r.headers(), DeadLetter.SOURCE_OFFSET)))
                        .isNotNegative();
            });
            assertThat(dead).filteredOn(r -> new String(r.key(), StandardCharsets.UTF_8).equals("broken"))
                    .singleElement().satisfies(r -> assertThat(r.value()).isEqualTo(garbage));

            HttpClient http = HttpClient.newHttpClient();
            var health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + service.httpPort()
                    + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("kafka-streams");
            String metrics = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + service.httpPort()
                    + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(counter(metrics, "newswire_enrich_articles_tagged_total")).isGreaterThanOrEqualTo(ARTICLES);
            assertThat(counter(metrics, "newswire_enrich_deadletters_total")).isGreaterThanOrEqualTo(2);
            assertThat(metrics).contains("kafka_stream_");
        }
    }

    /**
     * The service as {@code run} starts it, with the rule tagger: two outlets publishing the seed story a few hours
     * apart give the same visit ids, so {@code news.visits} holds one TR→PK visit with both as sources.
     */
    @Test
    void standardServiceMergesTheSeedStoryFromTwoOutlets(@KafkaBootstrap String bootstrap, @TempDir Path stateDir)
            throws Exception {
        Path seed = Path.of("../../shared/seed/seed-article.txt");
        Assumptions.assumeTrue(Files.isReadable(seed), "no ../shared/seed: the seed article is not available");
        List<String> lines = Files.readAllLines(seed);
        String[] head = lines.getFirst().strip().split(" ", 3); // "date 2025-07-09 <title>"
        Instant published = LocalDate.parse(head[1]).atTime(6, 0).toInstant(ZoneOffset.UTC);
        String body = String.join("\n", lines.subList(1, lines.size())).strip();
        Article outletA = new Article(1, "seed-a", "https://a.example/seed", null, null, "A", head[2], null, body,
                "en", List.of(), List.of(), published, published, "ha");
        Article outletB = new Article(1, "seed-b", "https://b.example/seed", null, null, "B", head[2], null, body,
                "en", List.of(), List.of(), published.plusSeconds(3 * 3600), published.plusSeconds(3 * 3600), "hb");

        String run = UUID.randomUUID().toString().substring(0, 8);
        Topics topics = Topics.named("it.raw." + run, "it.enriched." + run, "it.visits." + run, "it.dlq." + run);
        EnrichConfig config = EnrichConfig.of(bootstrap, topics).withApplicationId("enrich-it-" + run)
                .withEnrichTopics(EnrichTopics.named("it.actors." + run))
                .withStateDir(stateDir).withHttpPort(0);
        try (EnrichService service = EnrichService.start(config);
                var producer = producer(bootstrap)) {
            producer.send(new ProducerRecord<>(topics.articlesRaw().name(), outletA.id(), json(topics, outletA)));
            producer.send(new ProducerRecord<>(topics.articlesRaw().name(), outletB.id(), json(topics, outletB)));
            producer.flush();

            Map<String, Visit> latest = new HashMap<>();
            Properties c = new Properties();
            c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            c.put(ConsumerConfig.GROUP_ID_CONFIG, "enrich-it-seed-" + run);
            c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            try (var consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
                consumer.subscribe(List.of(topics.visits().name()));
                await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ZERO).until(() -> {
                    for (var r : consumer.poll(Duration.ofMillis(200))) {
                        latest.put(new String(r.key(), StandardCharsets.UTF_8),
                                topics.visits().valueSerde().deserializer().deserialize("", r.value()));
                    }
                    return latest.values().stream().anyMatch(v -> v.hostCountry().equals("PK")
                            && v.sourceArticleIds().size() == 2);
                });
            }
            Visit toPakistan = latest.values().stream().filter(v -> v.hostCountry().equals("PK")).findFirst()
                    .orElseThrow();
            assertThat(toPakistan.visitorCountries()).containsExactly("TR");
            assertThat(toPakistan.startDate()).isEqualTo(LocalDate.of(2025, 7, 9));
            assertThat(toPakistan.sourceArticleIds()).containsExactly("seed-a", "seed-b");
            assertThat(toPakistan.visitors()).extracting(Official::name).contains("Hakan Fidan");
            assertThat(toPakistan.visitors()).extracting(Official::name).doesNotHaveDuplicates();
            assertThat(latest.values()).allSatisfy(v -> assertThat(v.sourceArticleIds()).hasSize(2));
            assertThat(service.state()).isEqualTo(KafkaStreams.State.RUNNING);
        }
    }

    @Test
    void failureThatIsNoRecordsFaultStopsTheTopologyAndHealthSaysSo(@KafkaBootstrap String bootstrap,
            @TempDir Path stateDir) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Topics topics = Topics.named("it.raw." + run, "it.enriched." + run, "it.visits." + run, "it.dlq." + run);
        EnrichConfig config = EnrichConfig.of(bootstrap, topics).withApplicationId("enrich-it-" + run)
                .withEnrichTopics(EnrichTopics.named("it.actors." + run))
                .withStateDir(stateDir).withHttpPort(0);
        // an Error is a broken tagger or JVM, not a bad article: retrying or dead-lettering would hide it
        Tagger broken = article -> {
            throw new AssertionError("tagger invariant violated");
        };
        try (EnrichService service = EnrichService.start(config, broken)) {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + service.httpPort()
                    + "/health")).build();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
            try (var producer = producer(bootstrap)) {
                producer.send(new ProducerRecord<>(topics.articlesRaw().name(), "a1",
                        json(topics, article("a1", "h", T0, "text")))).get();
            }
            assertThat(service.awaitStop()).as("stopped because of an error").isTrue();
            assertThat(service.state()).isEqualTo(KafkaStreams.State.ERROR);
            var down = http.send(health, HttpResponse.BodyHandlers.ofString());
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("ERROR");
        }
    }

    private static byte[] json(Topics topics, Article a) {
        return topics.articlesRaw().valueSerde().serializer().serialize("", a);
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * Reads the three output topics as a downstream consumer would, until the expected records are there, then a
     * little longer so that a duplicate arriving late would be seen too.
     */
    private static Map<String, List<ConsumerRecord<byte[], byte[]>>> consumeUntil(String bootstrap, Topics topics,
            int enrichedCount, int deadCount, Set<String> visitIds) {
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "enrich-it-reader-" + UUID.randomUUID());
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, List<ConsumerRecord<byte[], byte[]>>> out = new HashMap<>();
        List<String> names = List.of(topics.articlesEnriched().name(), topics.visits().name(),
                topics.deadLetter().name());
        names.forEach(n -> out.put(n, new ArrayList<>()));
        try (var consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(names);
            await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> out.get(r.topic()).add(r));
                return out.get(names.get(0)).size() >= enrichedCount && out.get(names.get(2)).size() >= deadCount
                        && sourcesComplete(out.get(names.get(1)), topics, visitIds);
            });
            long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (System.nanoTime() < until) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> out.get(r.topic()).add(r));
            }
        }
        return out;
    }

    /** Whether the latest record of each visit already lists the article with the newest report (it-28). */
    private static boolean sourcesComplete(List<ConsumerRecord<byte[], byte[]>> visits, Topics topics,
            Set<String> visitIds) {
        Map<String, Visit> latest = new HashMap<>();
        for (var r : visits) {
            latest.put(new String(r.key(), StandardCharsets.UTF_8),
                    topics.visits().valueSerde().deserializer().deserialize("", r.value()));
        }
        latest.values().removeIf(Objects::isNull);
        return latest.keySet().containsAll(visitIds) && visitIds.stream()
                .allMatch(id -> latest.get(id).sourceArticleIds().size() == (id.equals(VISIT_A) ? 18 : 12));
    }

    private static double counter(String prometheusText, String name) {
        return prometheusText.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
