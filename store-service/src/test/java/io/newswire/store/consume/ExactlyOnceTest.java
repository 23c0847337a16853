package io.newswire.store.consume;

import static io.newswire.store.Infra.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.embedded.junit.KafkaBootstrap;
import io.newswire.embedded.junit.WithInfra;
import io.newswire.embedded.kafka.EmbeddedKafka;
import io.newswire.embedded.postgres.PostgresServer;
import io.newswire.model.Article;
import io.newswire.model.DeadLetter;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.Enrichment;
import io.newswire.model.Topics;
import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import io.newswire.store.Events;
import io.newswire.store.Infra;
import io.newswire.store.StoreConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WithInfra
class ExactlyOnceTest {
    private static final int N = 1000;
    private static final Duration CATCH_UP = Duration.ofSeconds(60);

    private HikariDataSource db;
    private Topics topics;
    private StoreConfig config;
    private Admin admin;
    private String bootstrap;
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @BeforeEach
    void setUp(@KafkaBootstrap String bootstrap, EmbeddedKafka kafka, PostgresServer pg) {
        this.bootstrap = bootstrap;
        db = Infra.database(pg);
        topics = Infra.topics(kafka);
        config = Infra.config(bootstrap, topics, pg, db).withBatchSize(200);
        admin = kafka.admin();
    }

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable c : closeables.reversed()) {
            c.close();
        }
        admin.close();
        db.close();
    }

    private StoreConsumer consumer(StoreConsumer.Listener listener) {
        StoreConsumer c = StoreConsumer.start(config, db, new SimpleMeterRegistry(), listener);
        closeables.add(c);
        return c;
    }

    private void send(List<ProducerRecord<byte[], byte[]>> records) {
        try (KafkaProducer<byte[], byte[]> p = Infra.producer(bootstrap)) {
            records.forEach(p::send);
            p.flush();
        }
    }

    private void awaitCaughtUp() {
        Infra.awaitCaughtUp(admin, config.groupId(), List.of(topics.articlesEnriched().name(), topics.visits().name()),
                CATCH_UP);
    }

    private static EnrichedArticle changed(EnrichedArticle a) {
        Article raw = a.article();
        Article edited = new Article(raw.schemaVersion(), raw.id(), raw.url(), raw.guid(), raw.feedUrl(),
                raw.feedTitle(), raw.title() + " (updated)", raw.summary(), raw.body() + " Correction.",
                raw.language(), raw.authors(), raw.categories(), raw.publishedAt(), raw.fetchedAt().plusSeconds(600),
                "hash-updated-" + raw.id());
        Enrichment e = a.enrichment();
        return EnrichedArticle.of(edited, new Enrichment(e.visits(), e.topics(), e.countries(), e.people(),
                e.enricherVersion(), e.enrichedAt().plusSeconds(600)));
    }

    @Test
    void articlesSentTwiceOutOfOrderWithTenChangedLeaveOneNewestRowEach() throws Exception {
        Random random = new Random(4);
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            EnrichedArticle a = Events.article(i);
            records.add(record(topics.articlesEnriched(), a.id(), a));
            records.add(record(topics.articlesEnriched(), a.id(), a));
        }
        Collections.shuffle(records, random);
        Set<String> changedIds = new HashSet<>();
        while (changedIds.size() < 10) {
            EnrichedArticle newer = changed(Events.article(random.nextInt(N)));
            if (changedIds.add(newer.id())) {
                // anywhere in the stream, even before the original: the newer enrichment must win regardless
                records.add(random.nextInt(records.size()), record(topics.articlesEnriched(), newer.id(), newer));
            }
        }
        send(records);
        consumer((a, v) -> { });
        awaitCaughtUp();

        Map<String, String> titles = Infra.column(db, "SELECT id, title FROM articles");
        assertThat(titles).hasSize(N);
        for (int i = 0; i < N; i++) {
            String id = Events.articleId(i);
            assertThat(titles.get(id)).as(id)
                    .isEqualTo(changedIds.contains(id) ? "Headline " + i + " (updated)" : "Headline " + i);
        }
        assertThat(Infra.count(db, "SELECT count(*) FROM articles WHERE body LIKE '%Correction.'")).isEqualTo(10);
        assertThat(Infra.readAll(bootstrap, topics.deadLetter().name())).isEmpty();
    }

    @Test
    void visitsSentTwiceOutOfOrderWithTenChangedLeaveOneNewestRowEach() throws Exception {
        Random random = new Random(5);
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            Visit v = Events.visit(i);
            records.add(record(topics.visits(), v.id(), v));
            records.add(record(topics.visits(), v.id(), v));
        }
        Collections.shuffle(records, random);
        Set<String> changedIds = new HashSet<>();
        while (changedIds.size() < 10) {
            int i = random.nextInt(N);
            Visit v = Events.visit(i);
            Visit completed = new Visit(v.id(), v.visitorCountries(), v.hostCountry(), v.visitors(), v.hosts(),
                    v.startDate(), v.endDate(), VisitStatus.COMPLETED, v.cameoCode(), v.evidence(),
                    List.of(v.sourceArticleIds().get(0), "art-extra-" + i));
            if (changedIds.add(v.id())) {
                // the merged record of a visit is its latest state: later in the log of its key means newer
                records.add(record(topics.visits(), v.id(), completed));
            }
        }
        send(records);
        consumer((a, v) -> { });
        awaitCaughtUp();

        Map<String, String> status = Infra.column(db, "SELECT id, status FROM visits");
        assertThat(status).hasSize(N);
        for (int i = 0; i < N; i++) {
            String id = Events.visitId(i);
            assertThat(status.get(id)).as(id).isEqualTo(changedIds.contains(id) ? "completed" : "planned");
        }
        // the link table follows each visit's latest sources
        assertThat(Infra.count(db, "SELECT count(*) FROM article_visits")).isEqualTo(N + 10);
        assertThat(Infra.count(db, "SELECT count(*) FROM article_visits WHERE article_id LIKE 'art-extra-%'"))
                .isEqualTo(10);
        assertThat(Infra.readAll(bootstrap, topics.deadLetter().name())).isEmpty();
    }

    @Test
    void poisonRecordsAreDeadLetteredWithTheReasonAndTheRestOfTheBatchIsStored() throws Exception {
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            EnrichedArticle a = Events.article(i);
            records.add(record(topics.articlesEnriched(), a.id(), a));
            Visit v = Events.visit(i);
            records.add(record(topics.visits(), v.id(), v));
        }
        byte[] notJson = "{not json".getBytes(StandardCharsets.UTF_8);
        byte[] noId = "{\"title\":\"an article without id\"}".getBytes(StandardCharsets.UTF_8);
        records.add(new ProducerRecord<>(topics.articlesEnriched().name(), "bad-json".getBytes(), notJson));
        records.add(new ProducerRecord<>(topics.articlesEnriched().name(), "no-id".getBytes(), noId));
        // valid JSON, valid record, but PostgreSQL cannot store a NUL character in text: stored without it
        EnrichedArticle nul = Events.article(900, "NUL \u0000 inside", Events.T0, List.of("x"), List.of("FR"));
        records.add(record(topics.articlesEnriched(), nul.id(), nul));
        // breaks a constraint: a host that is no ISO country code
        Visit narnia = Events.visit(901, "FR", "Narnia", LocalDate.of(2025, 1, 1), VisitStatus.PLANNED, List.of());
        records.add(record(topics.visits(), narnia.id(), narnia));
        Collections.shuffle(records, new Random(6));
        send(records);
        consumer((a, v) -> { });
        awaitCaughtUp();

        assertThat(Infra.count(db, "SELECT count(*) FROM articles")).isEqualTo(51);
        assertThat(Infra.count(db, "SELECT count(*) FROM articles WHERE title = 'NUL  inside'")).isEqualTo(1);
        assertThat(Infra.count(db, "SELECT count(*) FROM visits")).isEqualTo(50);
        List<ConsumerRecord<byte[], byte[]>> dead = Infra.readAll(bootstrap, topics.deadLetter().name());
        assertThat(dead).hasSize(3);
        Map<String, String> reasons = new java.util.HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : dead) {
            assertThat(DeadLetter.header(r.headers(), DeadLetter.FAILED_IN)).isEqualTo("store-service");
            assertThat(DeadLetter.header(r.headers(), DeadLetter.SOURCE_OFFSET)).matches("\\d+");
            reasons.put(new String(r.key(), StandardCharsets.UTF_8), DeadLetter.header(r.headers(), DeadLetter.ERROR));
        }
        assertThat(reasons).containsOnlyKeys("bad-json", "no-id", narnia.id());
        assertThat(reasons.get("no-id")).contains("id must not be blank");
        assertThat(reasons.get(narnia.id())).contains("visits_host_iso");
        // the original bytes travel untouched
        assertThat(dead).anySatisfy(r -> assertThat(r.value()).isEqualTo(notJson));
    }

    @Test
    void aConsumerThatDiesAfterTheDatabaseCommitLosesNothingAndStoresNothingTwice() throws Exception {
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            EnrichedArticle a = Events.article(i);
            records.add(record(topics.articlesEnriched(), a.id(), a));
        }
        send(records);
        AtomicInteger stored = new AtomicInteger();
        StoreConsumer dying = consumer((a, v) -> {
            stored.addAndGet(a.size());
            throw new IllegalStateException("killed between the database commit and the offset commit");
        });
        await().atMost(CATCH_UP).until(() -> !dying.isRunning());
        assertThat(dying.failure()).hasMessageContaining("killed");
        long firstRun = Infra.count(db, "SELECT count(*) FROM articles");
        assertThat(firstRun).isPositive().isEqualTo(stored.get());
        assertThat(Infra.lag(admin, config.groupId(), List.of(topics.articlesEnriched().name()))).isEqualTo(600);

        consumer((a, v) -> { });
        awaitCaughtUp();
        assertThat(Infra.count(db, "SELECT count(*) FROM articles")).isEqualTo(600);
        // the redelivered batch found its rows as new as itself: not one was written a second time
        assertThat(Infra.count(db, "SELECT count(*) FROM articles WHERE revision <> 1")).isZero();
        assertThat(Infra.readAll(bootstrap, topics.deadLetter().name())).isEmpty();
    }

    @Test
    void twoInstancesInOneGroupShareTheWorkAndStoreEachRecordOnce() throws Exception {
        List<ProducerRecord<byte[], byte[]>> first = new ArrayList<>();
        List<ProducerRecord<byte[], byte[]>> second = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            EnrichedArticle a = Events.article(i);
            (i < N / 2 ? first : second).add(record(topics.articlesEnriched(), a.id(), a));
        }
        AtomicInteger storedByA = new AtomicInteger();
        AtomicInteger storedByB = new AtomicInteger();
        StoreConsumer a = consumer((articles, visits) -> storedByA.addAndGet(articles.size()));
        send(first);
        await().atMost(CATCH_UP).until(() -> storedByA.get() > 0);
        // a second instance joins mid-stream: the partitions are rebalanced between the two
        StoreConsumer b = consumer((articles, visits) -> storedByB.addAndGet(articles.size()));
        await().atMost(CATCH_UP).until(() -> {
            var group = admin.describeConsumerGroups(List.of(config.groupId())).all().get().get(config.groupId());
            return group.groupState() == org.apache.kafka.common.GroupState.STABLE && group.members().size() == 2
                    && group.members().stream().allMatch(m -> m.assignment().topicPartitions().stream()
                            .anyMatch(tp -> tp.topic().equals(topics.articlesEnriched().name())));
        });
        send(second);
        awaitCaughtUp();

        assertThat(a.isRunning()).isTrue();
        assertThat(b.isRunning()).isTrue();
        assertThat(storedByB.get()).as("the second instance took a share").isPositive();
        assertThat(Infra.count(db, "SELECT count(*) FROM articles")).isEqualTo(N);
        assertThat(Infra.count(db, "SELECT count(*) FROM articles WHERE revision <> 1")).isZero();
        assertThat(storedByA.get() + storedByB.get()).as("rows written, counted by who wrote them").isEqualTo(N);
    }

    @Test
    void consumersOfOneProcessShareThePartitionsEachWithItsOwnStaticIdAndStoreEachRecordOnce() throws Exception {
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            EnrichedArticle a = Events.article(i);
            records.add(record(topics.articlesEnriched(), a.id(), a));
        }
        Set<String> writers = Collections.synchronizedSet(new HashSet<>());
        AtomicInteger stored = new AtomicInteger();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        StoreConsumers consumers = StoreConsumers.start(config.withConsumers(2).withGroupInstanceId("store-here"),
                db, registry, (articles, visits) -> {
                    writers.add(Thread.currentThread().getName());
                    stored.addAndGet(articles.size());
                });
        closeables.add(consumers);
        await().atMost(CATCH_UP).until(() -> {
            var g = admin.describeConsumerGroups(List.of(config.groupId())).all().get().get(config.groupId());
            return g.groupState() == org.apache.kafka.common.GroupState.STABLE && g.members().size() == 2;
        });
        send(records);
        awaitCaughtUp();

        var group = admin.describeConsumerGroups(List.of(config.groupId())).all().get().get(config.groupId());
        assertThat(group.members()).extracting(m -> m.groupInstanceId().orElse(null))
                .containsExactlyInAnyOrder("store-here", "store-here-2");
        assertThat(group.members()).allMatch(m -> m.assignment().topicPartitions().stream()
                .anyMatch(tp -> tp.topic().equals(topics.articlesEnriched().name())), "each has article partitions");
        assertThat(consumers.isRunning()).as("neither fenced the other").isTrue();
        assertThat(consumers.size()).isEqualTo(2);
        assertThat(writers).as("the listener was told by both consumers' threads").hasSize(2);
        assertThat(Infra.count(db, "SELECT count(*) FROM articles")).isEqualTo(N);
        assertThat(Infra.count(db, "SELECT count(*) FROM articles WHERE revision <> 1")).isZero();
        assertThat(stored.get()).as("rows written, each once").isEqualTo(N);
        assertThat(registry.get("newswire.store.paused").gauge().value()).isZero();
        assertThat(registry.get("newswire.store.records").tag("kind", "article").tag("outcome", "inserted")
                .counter().count()).as("both consumers count into one counter").isEqualTo(N);
    }
}
