package io.newswire.launcher.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.Json;
import io.newswire.store.StoreConfig;
import io.newswire.store.consume.StoreConsumer;
import io.newswire.store.consume.StoreConsumers;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The store path (the real {@link StoreConsumer}s: Kafka consumer, decoding, version rule, idempotent upsert, offset
 * commit) next to a raw batched JDBC {@code INSERT} of the same rows into the same table, in batches of the store's
 * own size and on as many connections as it has consumers, without Kafka, decoding or conflict handling.
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

    /**
     * The baseline: plain batched INSERTs of the finished rows, one transaction per batch, on as many connections
     * as the store has consumers (each its share of the rows, split by id as Kafka splits them by key), so that the
     * store is compared with raw inserts using the same cores.
     */
    static StageResult rawJdbc(DataSource db, List<ArticleRow> rows, int batch, int connections) throws Exception {
        truncate(db);
        long t0 = System.nanoTime();
        inParallel(split(rows, ArticleRow::id, connections), share -> insert(db, share, batch));
        double s = RawKafka.seconds(t0);
        return new StageResult("jdbc", "the same article rows INSERTed by batched JDBC, " + batch + " a batch and "
                + "transaction, on " + connections + " connection(s)", rows.size(), rows.size(), s, null,
                Map.of("batch", batch, "connections", connections));
    }

    private static void insert(DataSource db, List<ArticleRow> rows, int batch) throws Exception {
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
    }

    /** The rows in {@code n} shares by the hash of their id, each in its original order. */
    static <T> List<List<T>> split(List<T> rows, Function<T, String> id, int n) {
        List<List<T>> shares = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            shares.add(new ArrayList<>());
        }
        for (T r : rows) {
            shares.get(Math.floorMod(id.apply(r).hashCode(), n)).add(r);
        }
        return shares;
    }

    @FunctionalInterface
    interface Work<T> {
        void run(T share) throws Exception;
    }

    /** Runs {@code work} on every share at once, one thread each, and waits for all. */
    static <T> void inParallel(List<T> shares, Work<T> work) throws Exception {
        List<Future<?>> running = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(shares.size());
        try {
            for (T share : shares) {
                running.add(pool.submit(() -> {
                    work.run(share);
                    return null;
                }));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception x ? x : e;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The store's row building and upserts ({@link BatchWriter}) without Kafka, on as many connections as the store
     * has consumers: where the store path's time goes.
     */
    static StageResult upsertOnly(DataSource db, List<EnrichedArticle> articles, int batch, int connections)
            throws Exception {
        truncate(db);
        BatchWriter<Integer> writer = new BatchWriter<>(db);
        long t0 = System.nanoTime();
        inParallel(split(articles, EnrichedArticle::id, connections), share -> {
            for (int from = 0; from < share.size(); from += batch) {
                List<BatchWriter.Item<ArticleRow, Integer>> items = new ArrayList<>();
                for (int i = from; i < Math.min(share.size(), from + batch); i++) {
                    items.add(new BatchWriter.Item<>(ArticleRow.of(share.get(i)), i));
                }
                writer.write(items, List.of(), List.of());
            }
        });
        return new StageResult("upsert", "the store's row building and batched upserts alone, no Kafka, on "
                + connections + " connection(s)", articles.size(), articles.size(), RawKafka.seconds(t0), "jdbc",
                Map.of("batch", batch, "connections", connections));
    }

    /** The store consumer, from its start (group join included) until {@code n} articles are stored. */
    static StageResult store(StoreConfig config, DataSource db, long n, Duration timeout) throws Exception {
        truncate(db);
        AtomicLong stored = new AtomicLong();
        AtomicLong firstBatch = new AtomicLong();
        CountDownLatch done = new CountDownLatch(1);
        long t0 = System.nanoTime();
        StoreConsumers consumer = StoreConsumers.start(config, db, new SimpleMeterRegistry(), (a, v) -> {
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
            details.put("consumers", config.consumers());
            return new StageResult("store", "enriched articles stored by store-service's consumers ("
                    + config.consumers() + "), from their start (group join included) to the last row", Math.min(stored.get(), n), n, s, "jdbc", details);
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
