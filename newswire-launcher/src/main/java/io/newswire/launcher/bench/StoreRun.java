package io.newswire.launcher.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.Json;
import io.newswire.store.StoreConfig;
import io.newswire.store.consume.StoreConsumer;
import io.newswire.store.write.ArticleRow;
import io.newswire.store.write.BatchWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The store path (the real {@link StoreConsumer}: Kafka consumer, decoding, version rule, idempotent upsert, offset
 * commit) next to a raw batched JDBC {@code INSERT} of the same rows into the same table, in batches of the store's
 * own size, without Kafka, decoding or conflict handling.
 */
final class StoreRun {
    private static final String INSERT = """
            INSERT INTO articles (id, url, guid, feed_url, feed_title, title, summary, body, language, authors,
                    categories, published_at, fetched_at, content_hash, topics, countries, enrichment,
                    enricher_version, enriched_at, listed_at, digest)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)
            """;

    private StoreRun() {
    }

    /** The baseline: plain batched INSERTs of the finished rows, one transaction per batch. */
    static StageResult rawJdbc(DataSource db, List<ArticleRow> rows, int batch) throws Exception {
        truncate(db);
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
                if (++inBatch == batch) {
                    ps.executeBatch();
                    c.commit();
                    inBatch = 0;
                }
            }
            ps.executeBatch();
            c.commit();
        }
        double s = RawKafka.seconds(t0);
        return new StageResult("jdbc", "the same article rows INSERTed by batched JDBC, " + batch + " a batch and "
                + "transaction", rows.size(), rows.size(), s, null, Map.of("batch", batch));
    }

    /** The store's row building and upserts ({@link BatchWriter}) without Kafka: where the store path's time goes. */
    static StageResult upsertOnly(DataSource db, List<EnrichedArticle> articles, int batch) throws Exception {
        truncate(db);
        BatchWriter<Integer> writer = new BatchWriter<>(db);
        long t0 = System.nanoTime();
        for (int from = 0; from < articles.size(); from += batch) {
            List<BatchWriter.Item<ArticleRow, Integer>> items = new ArrayList<>();
            for (int i = from; i < Math.min(articles.size(), from + batch); i++) {
                items.add(new BatchWriter.Item<>(ArticleRow.of(articles.get(i)), i));
            }
            writer.write(items, List.of(), List.of());
        }
        return new StageResult("upsert", "the store's row building and batched upserts alone, no Kafka",
                articles.size(), articles.size(), RawKafka.seconds(t0), "jdbc", Map.of("batch", batch));
    }

    /** The store consumer, from its start (group join included) until {@code n} articles are stored. */
    static StageResult store(StoreConfig config, DataSource db, long n, Duration timeout) throws Exception {
        truncate(db);
        AtomicLong stored = new AtomicLong();
        AtomicLong firstBatch = new AtomicLong();
        CountDownLatch done = new CountDownLatch(1);
        long t0 = System.nanoTime();
        StoreConsumer consumer = StoreConsumer.start(config, db, new SimpleMeterRegistry(), (a, v) -> {
            firstBatch.compareAndSet(0, System.nanoTime());
            if (stored.addAndGet(a.size()) >= n) {
                done.countDown();
            }
        });
        try {
            done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
            double s = RawKafka.seconds(t0);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("first batch stored after s", firstBatch.get() == 0 ? null
                    : TopologyRun.round((firstBatch.get() - t0) / 1e9));
            details.put("batch", config.batchSize());
            return new StageResult("store", "enriched articles stored by store-service's consumer, from its start "
                    + "(group join included) to the last row", Math.min(stored.get(), n), n, s, "jdbc", details);
        } finally {
            consumer.close();
        }
    }

    static long count(DataSource db) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT count(*) FROM articles")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void truncate(DataSource db) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE articles CASCADE");
            s.execute("VACUUM ANALYZE articles");
        }
    }

    private static Timestamp timestamp(Instant t) {
        return t == null ? null : Timestamp.from(t);
    }
}
