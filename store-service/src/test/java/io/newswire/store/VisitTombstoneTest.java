package io.newswire.store;

import static io.newswire.store.Infra.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import io.newswire.embedded.junit.KafkaBootstrap;
import io.newswire.embedded.junit.WithInfra;
import io.newswire.embedded.kafka.EmbeddedKafka;
import io.newswire.embedded.postgres.PostgresServer;
import io.newswire.model.DeadLetter;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.Json;
import io.newswire.model.Topics;
import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tombstones on the visits topic, end to end: broker, consumer, database, API and stream. */
@WithInfra
class VisitTombstoneTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private HikariDataSource db;
    private Topics topics;
    private StoreConfig config;
    private StoreService service;
    private Admin admin;
    private String bootstrap;
    private String base;

    @BeforeEach
    void setUp(@KafkaBootstrap String bootstrap, EmbeddedKafka kafka, PostgresServer pg) {
        this.bootstrap = bootstrap;
        db = Infra.database(pg);
        topics = Infra.topics(kafka);
        config = Infra.config(bootstrap, topics, pg, db);
        admin = kafka.admin();
        service = StoreService.start(config);
        base = "http://localhost:" + service.httpPort();
    }

    @AfterEach
    void tearDown() {
        service.close();
        admin.close();
        db.close();
    }

    private ProducerRecord<byte[], byte[]> tombstone(String id) {
        return new ProducerRecord<>(topics.visits().name(), id == null ? null : id.getBytes(StandardCharsets.UTF_8),
                null);
    }

    /** Sends the records in this order (each key's records land in one partition, in order) and waits until stored. */
    @SafeVarargs
    private void sendAndAwaitStored(ProducerRecord<byte[], byte[]>... records) {
        try (KafkaProducer<byte[], byte[]> p = Infra.producer(bootstrap)) {
            for (ProducerRecord<byte[], byte[]> r : records) {
                p.send(r);
            }
            p.flush();
        }
        Infra.awaitCaughtUp(admin, config.groupId(), List.of(topics.articlesEnriched().name(), topics.visits().name()),
                Duration.ofSeconds(60));
    }

    private int status(String path) throws Exception {
        return get(path).statusCode();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long links(String visitId) throws Exception {
        return Infra.count(db, "SELECT count(*) FROM article_visits WHERE visit_id = '" + visitId + "'");
    }

    @Test
    void aTombstoneDeletesTheVisitAndItsLinksAndAnUpsertAfterItRecreatesIt() throws Exception {
        EnrichedArticle article = Events.article(1);
        Visit gone = Events.visit(1, "FR", "JP", LocalDate.of(2025, 4, 1), VisitStatus.PLANNED,
                List.of(article.id(), "art-other"));
        Visit kept = Events.visit(2, "US", "JP", LocalDate.of(2025, 4, 2), VisitStatus.PLANNED,
                List.of(article.id()));
        sendAndAwaitStored(record(topics.articlesEnriched(), article.id(), article),
                record(topics.visits(), gone.id(), gone), record(topics.visits(), kept.id(), kept));
        assertThat(status("/api/visits/" + gone.id())).isEqualTo(200);
        assertThat(links(gone.id())).isEqualTo(2);

        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        var stream = http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/stream?country=FR")).build(),
                HttpResponse.BodyHandlers.ofLines());
        Thread reader = Thread.ofVirtual().start(() -> stream.join().body().forEach(lines::add));
        try {
            assertThat(lines.poll(30, TimeUnit.SECONDS)).isEqualTo(": connected");
            sendAndAwaitStored(tombstone(gone.id()), tombstone("visit-never-stored"));

            String[] event = Infra.nextEvent(lines);
            assertThat(event[0]).isEqualTo("visit-deleted");
            JsonNode data = Json.mapper().readTree(event[1]);
            assertThat(data.get("id").asText()).isEqualTo(gone.id());
            assertThat(data.get("visitorCountries").get(0).asText()).isEqualTo("FR");
        } finally {
            stream.cancel(true);
            reader.interrupt();
        }
        assertThat(status("/api/visits/" + gone.id())).isEqualTo(404);
        assertThat(Infra.count(db, "SELECT count(*) FROM visits WHERE id = '" + gone.id() + "'")).isZero();
        assertThat(links(gone.id())).isZero();
        // the other visit, its link and the article are untouched; the article no longer cites the deleted visit
        assertThat(status("/api/visits/" + kept.id())).isEqualTo(200);
        assertThat(links(kept.id())).isEqualTo(1);
        JsonNode detail = Json.mapper().readTree(get("/api/articles/" + article.id()).body());
        assertThat(detail.get("visitIds")).extracting(JsonNode::asText).containsExactly(kept.id());
        assertThat(Infra.count(db, "SELECT count(*) FROM visits")).isEqualTo(1);

        sendAndAwaitStored(record(topics.visits(), gone.id(), gone));
        HttpResponse<String> back = get("/api/visits/" + gone.id());
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(Json.mapper().readTree(back.body()).get("revision").asInt()).isEqualTo(1);
        assertThat(links(gone.id())).isEqualTo(2);
        assertThat(Infra.readAll(bootstrap, topics.deadLetter().name())).isEmpty();
        assertThat(get("/metrics").body()).containsPattern(
                "newswire_store_records_total\\{[^}]*kind=\"visit\",outcome=\"deleted\"[^}]*} 1");
    }

    @Test
    void recordsOfOneKeyAreAppliedInLogOrderAndAKeylessTombstoneIsDeadLettered() throws Exception {
        Visit a = Events.visit(1);
        Visit b = Events.visit(2);
        Visit c = Events.visit(3);
        sendAndAwaitStored(record(topics.visits(), c.id(), c));
        Visit aLater = new Visit(a.id(), a.visitorCountries(), a.hostCountry(), a.visitors(), a.hosts(),
                a.startDate(), a.endDate(), VisitStatus.COMPLETED, a.cameoCode(), a.evidence(),
                List.of("art-later"));

        sendAndAwaitStored(
                record(topics.visits(), a.id(), a), tombstone(a.id()), record(topics.visits(), a.id(), aLater),
                record(topics.visits(), b.id(), b), tombstone(b.id()),
                tombstone(c.id()), tombstone(null));

        assertThat(Infra.column(db, "SELECT id, status FROM visits")).containsOnly(Map.entry(a.id(), "completed"));
        assertThat(Infra.column(db, "SELECT article_id, visit_id FROM article_visits"))
                .containsOnly(Map.entry("art-later", a.id()));
        List<ConsumerRecord<byte[], byte[]>> dead = Infra.readAll(bootstrap, topics.deadLetter().name());
        assertThat(dead).singleElement().satisfies(r -> {
            assertThat(r.key()).isNull();
            assertThat(DeadLetter.header(r.headers(), DeadLetter.ERROR)).contains("needs the visit id");
        });
    }
}
