package io.newswire.store.consume;

import static io.newswire.store.Infra.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.embedded.junit.KafkaBootstrap;
import io.newswire.embedded.junit.WithInfra;
import io.newswire.embedded.kafka.EmbeddedKafka;
import io.newswire.embedded.postgres.EmbeddedPostgres;
import io.newswire.embedded.postgres.PostgresServer;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.Topics;
import io.newswire.model.Visit;
import io.newswire.store.Events;
import io.newswire.store.Infra;
import io.newswire.store.StoreConfig;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

@WithInfra
class DatabaseOutageTest {
    private static final int ARTICLES = 1200;
    private static final int VISITS = 300;

    @Test
    void postgresStoppedForTenSecondsMidStreamLosesAndDuplicatesNothing(@KafkaBootstrap String bootstrap,
            EmbeddedKafka kafka, PostgresServer pg) throws Exception {
        Assumptions.assumeTrue(pg instanceof EmbeddedPostgres, "needs the embedded PostgreSQL to stop and start it");
        EmbeddedPostgres server = (EmbeddedPostgres) pg;
        Topics topics = Infra.topics(kafka);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (HikariDataSource db = Infra.database(pg); Admin admin = kafka.admin()) {
            // a write waiting for a connection gives up well inside the outage, so the outage is seen as failures
            // however slowly the machine runs (with the 30 s default it could wait it out and count none)
            db.setConnectionTimeout(Duration.ofSeconds(2).toMillis());
            StoreConfig config = Infra.config(bootstrap, topics, pg, db).withBatchSize(100);
            AtomicInteger storedSoFar = new AtomicInteger();
            try (StoreConsumer consumer = StoreConsumer.start(config, db, registry,
                    (a, v) -> storedSoFar.addAndGet(a.size() + v.size()));
                    KafkaProducer<byte[], byte[]> producer = Infra.producer(bootstrap)) {
                Thread stream = Thread.ofPlatform().name("outage-test-producer").start(() -> {
                    for (int i = 0; i < ARTICLES; i++) {
                        EnrichedArticle a = Events.article(i);
                        producer.send(record(topics.articlesEnriched(), a.id(), a));
                        if (i % 4 == 0) {
                            Visit v = Events.visit(i / 4);
                            producer.send(record(topics.visits(), v.id(), v));
                        }
                        if (i % 100 == 99) {
                            sleep(Duration.ofMillis(400)); // a stream, not a burst: it runs through the outage
                        }
                    }
                    producer.flush();
                });
                await().atMost(Duration.ofSeconds(30)).until(() -> storedSoFar.get() > 0);
                server.stop();
                try {
                    sleep(Duration.ofSeconds(10));
                    // refused writes pause the partitions; a write that hangs on the pool counts as stalled
                    assertThat(consumer.isStalled()).as("stalled while the database is away").isTrue();
                    assertThat(registry.get("newswire.store.paused").gauge().value()).isEqualTo(1.0);
                    assertThat(registry.get("newswire.store.write.waiting").gauge().value()).isGreaterThan(0.0);
                    assertThat(consumer.isRunning()).isTrue();
                } finally {
                    server.startServer();
                }
                stream.join();
                Infra.awaitCaughtUp(admin, config.groupId(),
                        List.of(topics.articlesEnriched().name(), topics.visits().name()), Duration.ofSeconds(90));
                assertThat(consumer.isRunning()).isTrue();
                assertThat(consumer.isPaused()).isFalse();
            }
            assertThat(registry.counter("newswire.store.db.failures").count()).isPositive();
            assertThat(Infra.count(db, "SELECT count(*) FROM articles")).isEqualTo(ARTICLES);
            assertThat(Infra.count(db, "SELECT count(*) FROM visits")).isEqualTo(VISITS);
            assertThat(Infra.count(db, "SELECT count(*) FROM articles WHERE revision <> 1")).isZero();
            assertThat(Infra.count(db, "SELECT count(*) FROM visits WHERE revision <> 1")).isZero();
            assertThat(Infra.readAll(bootstrap, topics.deadLetter().name())).isEmpty();
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
