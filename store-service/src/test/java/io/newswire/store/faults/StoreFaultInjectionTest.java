package io.newswire.store.faults;

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
import io.newswire.model.DeadLetter;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.Topics;
import io.newswire.model.Visit;
import io.newswire.store.Events;
import io.newswire.store.Infra;
import io.newswire.store.StoreConfig;
import io.newswire.store.consume.StoreConsumer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults under a running store, on the real broker and PostgreSQL, each counted exactly: a poison record on each
 * topic it reads, its PostgreSQL process killed, the service restarted mid-stream.
 */
@SuppressWarnings("try") // services held open in try blocks only for their side effect: running
@WithInfra
@Tag("fault-injection")
class StoreFaultInjectionTest {
    private static final Duration CAUGHT_UP = Duration.ofSeconds(90);

    @Test
    void aPoisonRecordOnEachTopicIsDeadLetteredAndEverythingElseStored(@KafkaBootstrap String bootstrap,
            EmbeddedKafka kafka, PostgresServer pg) throws Exception {
        Topics topics = Infra.topics(kafka);
        try (HikariDataSource db = Infra.database(pg); Admin admin = kafka.admin();
                KafkaProducer<byte[], byte[]> producer = Infra.producer(bootstrap)) {
            StoreConfig config = Infra.config(bootstrap, topics, pg, db).withBatchSize(20);
            byte[] poison = "{\"id\": \"abc\", \"title\": ".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 100; i++) {
                EnrichedArticle a = Events.article(i);
                producer.send(record(topics.articlesEnriched(), a.id(), a));
                Visit v = Events.visit(i);
                producer.send(record(topics.visits(), v.id(), v));
                if (i == 50) {
                    producer.send(new ProducerRecord<>(topics.articlesEnriched().name(), utf8("poison-a"), poison));
                    producer.send(new ProducerRecord<>(topics.visits().name(), utf8("poison-v"), poison));
                }
            }
            producer.flush();
            try (StoreConsumer ignored = StoreConsumer.start(config, db, new SimpleMeterRegistry(), (a, v) -> { })) {
                Infra.awaitCaughtUp(admin, config.groupId(),
                        List.of(topics.articlesEnriched().name(), topics.visits().name()), CAUGHT_UP);
            }
            assertThat(Infra.count(db, "SELECT count(*) FROM articles")).isEqualTo(100);
            assertThat(Infra.count(db, "SELECT count(*) FROM visits")).isEqualTo(100);
            List<ConsumerRecord<byte[], byte[]>> dead = Infra.readAll(bootstrap, topics.deadLetter().name());
            assertThat(dead).hasSize(2);
            assertThat(dead).extracting(r -> DeadLetter.header(r.headers(), DeadLetter.SOURCE_TOPIC))
                    .containsExactlyInAnyOrder(topics.articlesEnriched().name(), topics.visits().name());
            assertThat(dead).allSatisfy(r -> assertThat(r.value()).isEqualTo(poison));
        }
    }

    @Test
    void postgresKilledUnderARunningStoreIsRestartedAndNothingIsLostOrDuplicated(@KafkaBootstrap String bootstrap,
            EmbeddedKafka kafka, @TempDir Path pgData) throws Exception {
        Topics topics = Infra.topics(kafka);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        // a data directory of its own: durable commits, as under `newswire up` (a throwaway one skips fsync)
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().dataDir(pgData).restartIfItDies(true).start();
                HikariDataSource db = Infra.database(pg); Admin admin = kafka.admin();
                KafkaProducer<byte[], byte[]> producer = Infra.producer(bootstrap)) {
            StoreConfig config = Infra.config(bootstrap, topics, pg, db).withBatchSize(50)
                    .withMaxRetryBackoff(Duration.ofMillis(500));
            AtomicInteger stored = new AtomicInteger();
            try (StoreConsumer consumer = StoreConsumer.start(config, db, registry,
                    (a, v) -> stored.addAndGet(a.size() + v.size()))) {
                Thread stream = stream(producer, topics, 0, 600, 100);
                await().atMost(Duration.ofSeconds(30)).until(() -> stored.get() > 0);
                long killed = pg.process().orElseThrow().pid();
                pg.process().orElseThrow().destroyForcibly();
                await().atMost(Duration.ofSeconds(60)).until(() -> pg.process().map(p -> p.pid() != killed)
                        .orElse(false));
                stream.join();
                awaitAllStored(admin, config, consumer);
            }
            assertStoredOnce(db, 600, 150, bootstrap, topics);
        }
    }

    @Test
    void aRestartedStaticMemberResumesWithinFiveSecondsAndStoresEachRecordOnce(@KafkaBootstrap String bootstrap,
            EmbeddedKafka kafka, PostgresServer pg) throws Exception {
        Topics topics = Infra.topics(kafka);
        try (HikariDataSource db = Infra.database(pg); Admin admin = kafka.admin();
                KafkaProducer<byte[], byte[]> producer = Infra.producer(bootstrap)) {
            StoreConfig config = Infra.config(bootstrap, topics, pg, db).withBatchSize(50)
                    .withGroupInstanceId("store-fault-injection");
            AtomicInteger stored = new AtomicInteger();
            Thread stream = stream(producer, topics, 0, 800, 100);
            try (StoreConsumer first = StoreConsumer.start(config, db, new SimpleMeterRegistry(),
                    (a, v) -> stored.addAndGet(a.size() + v.size()))) {
                await().atMost(Duration.ofSeconds(30)).until(() -> stored.get() > 0);
            }
            // what the first one stored is behind us; the stream goes on meanwhile
            AtomicLong firstWrite = new AtomicLong();
            long restarted = System.nanoTime();
            try (StoreConsumer second = StoreConsumer.start(config, db, new SimpleMeterRegistry(), (a, v) -> {
                if (!a.isEmpty() || !v.isEmpty()) {
                    firstWrite.compareAndSet(0, System.nanoTime());
                }
            })) {
                await().atMost(Duration.ofSeconds(30)).until(() -> firstWrite.get() != 0);
                assertThat(Duration.ofNanos(firstWrite.get() - restarted)).as("work resumed after the restart")
                        .isLessThan(Duration.ofSeconds(5));
                stream.join();
                awaitAllStored(admin, config, second);
            }
            assertStoredOnce(db, 800, 200, bootstrap, topics);
        }
    }

    @Test
    void aLargeArticleWithCharactersPostgresRejectsIsStoredReducedNotDeadLettered(@KafkaBootstrap String bootstrap,
            EmbeddedKafka kafka, PostgresServer pg) throws Exception {
        Topics topics = Infra.topics(kafka);
        // 900 KB of text: distinct words beyond any tsvector's 1 MB, a NUL and a lone surrogate in it
        StringBuilder text = new StringBuilder("Opening paragraph about zanzibarite trade.\u0000 ");
        for (int i = 0; text.length() < 900_000; i++) {
            text.append("word").append(Integer.toString(i, 36)).append(i % 10 == 0 ? ".\n" : " ");
        }
        text.append("\ud800 closing words");
        EnrichedArticle base = Events.article(7);
        EnrichedArticle large = new EnrichedArticle(base.schemaVersion(), base.id(), base.url(), base.guid(),
                base.feedUrl(), base.feedTitle(), "Large \u0000title", base.summary(), text.toString(),
                base.language(), base.authors(), base.categories(), base.publishedAt(), base.fetchedAt(),
                base.contentHash(), base.sourceCountry(), base.enrichment());
        try (HikariDataSource db = Infra.database(pg); Admin admin = kafka.admin();
                KafkaProducer<byte[], byte[]> producer = Infra.producer(bootstrap)) {
            StoreConfig config = Infra.config(bootstrap, topics, pg, db);
            producer.send(record(topics.articlesEnriched(), large.id(), large)).get();
            EnrichedArticle next = Events.article(8);
            producer.send(record(topics.articlesEnriched(), next.id(), next)).get();
            try (StoreConsumer ignored = StoreConsumer.start(config, db, new SimpleMeterRegistry(), (a, v) -> { })) {
                Infra.awaitCaughtUp(admin, config.groupId(), List.of(topics.articlesEnriched().name()), CAUGHT_UP);
            }
            assertThat(Infra.readAll(bootstrap, topics.deadLetter().name())).isEmpty();
            assertThat(Infra.count(db, "SELECT count(*) FROM articles")).isEqualTo(2);
            assertThat(Infra.count(db, "SELECT char_length(body) FROM articles WHERE id = '" + large.id() + "'"))
                    .as("the whole body but the NUL and the lone surrogate").isEqualTo(text.length() - 2);
            assertThat(Infra.count(db, "SELECT count(*) FROM articles WHERE title = 'Large title'")).isEqualTo(1);
            assertThat(Infra.count(db, "SELECT count(*) FROM articles WHERE search @@ "
                    + "websearch_to_tsquery('simple', 'zanzibarite')")).as("searchable by its opening").isEqualTo(1);
        }
    }

    /** Until the consumer has committed everything on its topics, still running. */
    private static void awaitAllStored(Admin admin, StoreConfig config, StoreConsumer consumer) {
        Infra.awaitCaughtUp(admin, config.groupId(), List.of(config.topics().articlesEnriched().name(),
                config.topics().visits().name()), CAUGHT_UP);
        assertThat(consumer.isRunning()).isTrue();
    }

    /** Exactly these rows, each written once (revision 1: a redelivery wrote nothing), and no dead letter. */
    private static void assertStoredOnce(HikariDataSource db, int articles, int visits, String bootstrap,
            Topics topics) throws Exception {
        assertThat(Infra.count(db, "SELECT count(*) FROM articles")).as("articles").isEqualTo(articles);
        assertThat(Infra.count(db, "SELECT count(*) FROM visits")).as("visits").isEqualTo(visits);
        assertThat(Infra.count(db, "SELECT count(*) FROM articles WHERE revision <> 1")).isZero();
        assertThat(Infra.count(db, "SELECT count(*) FROM visits WHERE revision <> 1")).isZero();
        assertThat(Infra.readAll(bootstrap, topics.deadLetter().name())).isEmpty();
    }

    /** Articles from..to (and a visit for every fourth), sent as a stream with a pause after every {@code burst}. */
    private static Thread stream(KafkaProducer<byte[], byte[]> producer, Topics topics, int from, int to, int burst) {
        return Thread.ofPlatform().name("fault-injection-producer").start(() -> {
            for (int i = from; i < to; i++) {
                EnrichedArticle a = Events.article(i);
                producer.send(record(topics.articlesEnriched(), a.id(), a));
                if (i % 4 == 0) {
                    Visit v = Events.visit(i / 4);
                    producer.send(record(topics.visits(), v.id(), v));
                }
                if (i % burst == burst - 1) {
                    try {
                        Thread.sleep(300);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
            producer.flush();
        });
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
