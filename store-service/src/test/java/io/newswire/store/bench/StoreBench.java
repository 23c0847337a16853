package io.newswire.store.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.embedded.kafka.EmbeddedKafka;
import io.newswire.embedded.postgres.EmbeddedPostgres;
import io.newswire.model.Article;
import io.newswire.model.CountryMention;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.Enrichment;
import io.newswire.model.Json;
import io.newswire.model.Official;
import io.newswire.model.TopicTag;
import io.newswire.model.Topics;
import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import io.newswire.store.StoreConfig;
import io.newswire.store.consume.StoreConsumer;
import io.newswire.store.schema.Database;
import io.newswire.store.write.ArticleRow;
import io.newswire.store.write.BatchWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Stored articles per second through the store path (Kafka consumer, decoding, version rule, idempotent upsert,
 * offset commit) against a raw batched JDBC insert of the same rows into the same table, in one run, on the
 * in-process broker and PostgreSQL.
 *
 * <pre>
 * ./mvnw -B -q -pl store-service test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.newswire.store.bench.StoreBench -Dexec.args="20000 3"
 * </pre>
 * Arguments: articles per round (default 20000), rounds (default 3). The medians are reported.
 */
public final class StoreBench {
    private static final int JDBC_BATCH = 500;
    private static final String INSERT = """
            INSERT INTO articles (id, url, guid, feed_url, feed_title, title, summary, body, language, authors,
                    categories, published_at, fetched_at, content_hash, topics, countries, enrichment,
                    enricher_version, enriched_at, listed_at, digest)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)
            """;

    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(); EmbeddedKafka kafka = EmbeddedKafka.start();
                HikariDataSource db = Database.pool(pg.jdbcUrl(EmbeddedPostgres.DATABASE), pg.user(),
                        pg.password(), 4)) {
            Database.migrate(db);
            Topics topics = Topics.named("bench.raw", "bench.enriched", "bench.visits", "bench.deadletter");
            kafka.createTopics(3, Map.of(), List.of(topics.articlesEnriched().name(), topics.visits().name(),
                    topics.deadLetter().name()));
            List<EnrichedArticle> articles = generate(n, new Random(7));
            produce(kafka.bootstrapServers(), topics, articles);
            List<ArticleRow> rows = articles.stream().map(ArticleRow::of).toList();
            System.out.printf("%d articles, %.0f bytes of JSON each on average%n", n, articles.stream()
                    .mapToInt(a -> Topics.ENRICHED_ARTICLE.serializer().serialize("t", a).length).average()
                    .orElse(0));

            double[] raw = new double[rounds];
            double[] upsert = new double[rounds];
            double[] store = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                truncate(db);
                raw[r] = rawInsert(db, rows);
                truncate(db);
                upsert[r] = upsertOnly(db, articles);
                truncate(db);
                StoreConfig config = StoreConfig.defaults().withKafka(kafka.bootstrapServers(), "bench-" + r)
                        .withTopics(topics).withDatabase(pg.jdbcUrl(EmbeddedPostgres.DATABASE), pg.user(),
                                pg.password());
                store[r] = storePath(config, db, n);
                System.out.printf("round %d: raw JDBC batch insert %,.0f articles/s, upserts alone %,.0f articles/s, "
                        + "store path %,.0f articles/s%n", r + 1, raw[r], upsert[r], store[r]);
            }
            double rawMedian = median(raw);
            double storeMedian = median(store);
            System.out.printf("median: raw JDBC batch insert %,.0f articles/s, store path %,.0f articles/s, "
                    + "ratio %.2f%n", rawMedian, storeMedian, storeMedian / rawMedian);
        }
    }

    /** The baseline: plain batched INSERTs of the finished rows, no Kafka, no JSON decoding, no conflict check. */
    private static double rawInsert(HikariDataSource db, List<ArticleRow> rows) throws Exception {
        long t0 = System.nanoTime();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            c.setAutoCommit(false);
            int inBatch = 0;
            for (ArticleRow r : rows) {
                int i = 1;
                ps.setString(i++, r.id());
                ps.setString(i++, r.url());
                ps.setString(i++, r.guid());
                ps.setString(i++, r.feedUrl());
                ps.setString(i++, r.feedTitle());
                ps.setString(i++, r.title());
                ps.setString(i++, r.summary());
                ps.setString(i++, r.body());
                ps.setString(i++, r.language());
                ps.setArray(i++, c.createArrayOf("text", r.authors().toArray()));
                ps.setArray(i++, c.createArrayOf("text", r.categories().toArray()));
                ps.setTimestamp(i++, timestamp(r.publishedAt()));
                ps.setTimestamp(i++, timestamp(r.fetchedAt()));
                ps.setString(i++, r.contentHash());
                ps.setArray(i++, c.createArrayOf("text", r.topics().toArray()));
                ps.setArray(i++, c.createArrayOf("text", r.countries().toArray()));
                ps.setString(i++, Json.mapper().writeValueAsString(r.enrichment()));
                ps.setString(i++, r.enricherVersion());
                ps.setTimestamp(i++, timestamp(r.enrichedAt()));
                ps.setTimestamp(i++, timestamp(r.listedAt()));
                ps.setString(i, r.digest());
                ps.addBatch();
                if (++inBatch == JDBC_BATCH) {
                    ps.executeBatch();
                    c.commit();
                    inBatch = 0;
                }
            }
            ps.executeBatch();
            c.commit();
        }
        return rows.size() / seconds(t0);
    }

    /** Where the store path's time goes: its row building and upserts without Kafka, in batches of 500. */
    private static double upsertOnly(HikariDataSource db, List<EnrichedArticle> articles) throws Exception {
        BatchWriter<Integer> writer = new BatchWriter<>(db);
        long t0 = System.nanoTime();
        for (int from = 0; from < articles.size(); from += JDBC_BATCH) {
            List<BatchWriter.Item<ArticleRow, Integer>> items = new ArrayList<>();
            for (int i = from; i < Math.min(articles.size(), from + JDBC_BATCH); i++) {
                items.add(new BatchWriter.Item<>(ArticleRow.of(articles.get(i)), i));
            }
            writer.write(items, List.of(), List.of());
        }
        return articles.size() / seconds(t0);
    }

    /** The store path, from a consumer's start (group join included) until every article is stored. */
    private static double storePath(StoreConfig config, HikariDataSource db, int n) throws Exception {
        AtomicInteger stored = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);
        long t0 = System.nanoTime();
        AtomicLong firstBatch = new AtomicLong();
        StoreConsumer consumer = StoreConsumer.start(config, db, new SimpleMeterRegistry(), (a, v) -> {
            firstBatch.compareAndSet(0, System.nanoTime());
            if (stored.addAndGet(a.size()) >= n) {
                done.countDown();
            }
        });
        try {
            if (!done.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("stored only " + stored.get() + " of " + n);
            }
            double total = seconds(t0);
            System.out.printf("  store path: first batch stored after %.2f s (group join, first fetch), all after "
                    + "%.2f s%n", (firstBatch.get() - t0) / 1e9, total);
            return n / total;
        } finally {
            consumer.close();
        }
    }

    private static void truncate(HikariDataSource db) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE articles");
            s.execute("VACUUM ANALYZE articles");
        }
    }

    private static void produce(String bootstrap, Topics topics, List<EnrichedArticle> articles) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        try (var producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            String t = topics.articlesEnriched().name();
            for (EnrichedArticle a : articles) {
                producer.send(new ProducerRecord<>(t, a.id().getBytes(), Topics.ENRICHED_ARTICLE.serializer()
                        .serialize(t, a)));
            }
            producer.flush();
        }
    }

    private static final String[] WORDS = ("minister president visit talks summit trade agreement security "
            + "council foreign affairs cooperation energy climate border capital delegation meeting official state "
            + "economy market bank election parliament government policy war peace treaty alliance region").split(" ");
    private static final String[] COUNTRIES = {"FR", "DE", "US", "CN", "JP", "BR", "IN", "GB", "IT", "ES", "RU",
        "TR", "EG", "ZA", "NG", "MX", "AR", "CA", "AU", "KR"};
    private static final String[] TOPICS = {"bilateral_relations", "trade_investment", "security", "armed_conflict",
        "energy", "climate_environment", "multilateral", "defense"};

    /** Articles shaped like real ones: a 1.5 kB body, a few topics and countries, a visit in one of four. */
    static List<EnrichedArticle> generate(int n, Random random) {
        Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
        List<EnrichedArticle> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String title = words(random, 8);
            Instant published = t0.plusSeconds(37L * i);
            Article a = new Article(Article.SCHEMA_VERSION, "bench-" + i, "https://news.example/a/" + i, "g" + i,
                    "https://news.example/feed", "Example News", title, words(random, 35), words(random, 220), "en",
                    List.of("Reporter " + random.nextInt(50)), List.of("world"), published,
                    published.plusSeconds(90), Integer.toHexString(random.nextInt()));
            List<String> countries = Arrays.asList(COUNTRIES).subList(0, 1 + random.nextInt(4));
            List<Visit> visits = i % 4 != 0 ? List.of() : List.of(new Visit("v-" + i, List.of(countries.get(0)),
                    "JP", List.of(new Official("Minister " + i, "foreign minister", countries.get(0))), List.of(),
                    LocalDate.of(2025, 1, 1).plusDays(i % 365), null, VisitStatus.PLANNED, Visit.CAMEO_MAKE_VISIT,
                    List.of(), List.of(a.id())));
            Enrichment e = new Enrichment(visits,
                    List.of(new TopicTag(TOPICS[i % TOPICS.length], "medtop:1", 0.8),
                            new TopicTag(TOPICS[(i + 3) % TOPICS.length], "medtop:2", 0.4)),
                    countries.stream().map(c -> new CountryMention(c, 1 + random.nextInt(3))).toList(),
                    List.of(), "bench", published.plusSeconds(120));
            out.add(EnrichedArticle.of(a, e));
        }
        return out;
    }

    private static String words(Random random, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static Timestamp timestamp(Instant t) {
        return t == null ? null : Timestamp.from(t);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
