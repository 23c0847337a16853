package io.newswire.launcher.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.embedded.kafka.EmbeddedKafka;
import io.newswire.enrich.EnrichConfig;
import io.newswire.enrich.stream.EnrichTopology;
import io.newswire.enrich.tagging.RuleTagger;
import io.newswire.model.Article;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.Topics;
import io.newswire.store.StoreConfig;
import io.newswire.store.consume.StoreConsumers;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Latency from publish to stored at a fixed offered rate: the enrich topology and the store consumer run as the
 * services run them; articles are published one at a time on a fixed schedule, and each one's latency is from just
 * before its send to the store's report that its row is committed. A warm-up of two seconds' worth is published and
 * stored first (group joins, first transactions), and not counted.
 */
final class LatencyRun {
    private static final Duration DRAIN = Duration.ofSeconds(30);

    private LatencyRun() {
    }

    static StageResult run(EmbeddedKafka kafka, String jdbcUrl, String user, String password, DataSource db,
            BenchCorpus corpus, int partitions, int rate, Duration duration, Path state, int consumers)
            throws Exception {
        String raw = "bench.latency.raw";
        RawKafka.createArticleTopics(kafka, partitions, raw);
        Topics topics = TopologyRun.topics(raw, "latency");
        EnrichConfig config = TopologyRun.config(kafka.bootstrapServers(), topics, "latency", state, partitions);
        TopologyRun.createTopics(kafka, topics, config, "latency");
        StoreConfig store = StoreConfig.defaults().withKafka(kafka.bootstrapServers(),
                "bench-latency-store").withTopics(topics).withDatabase(jdbcUrl, user, password)
                .withConsumers(consumers);
        int warm = Math.max(1, 2 * rate);
        int total = (int) Math.max(1, Math.round(rate * duration.toMillis() / 1000.0));
        long[] sent = new long[total];
        AtomicLongArray stored = new AtomicLongArray(total);
        AtomicLong warmStored = new AtomicLong();
        AtomicLong measuredStored = new AtomicLong();
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (var streams = new KafkaStreams(EnrichTopology.build(config, RuleTagger.standard()),
                        config.streamsProperties());
                var producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            streams.start();
            StoreConsumers consumer = StoreConsumers.start(store, db, new SimpleMeterRegistry(), (articles, v) -> {
                long now = System.nanoTime();
                for (EnrichedArticle a : articles) {
                    if (a.id().startsWith("warm-")) {
                        warmStored.incrementAndGet();
                    } else if (a.id().startsWith("lat-")) {
                        int i = Integer.parseInt(a.id().substring(4));
                        if (stored.compareAndSet(i, 0, now)) {
                            measuredStored.incrementAndGet();
                        }
                    }
                }
            });
            try {
                publish(producer, raw, corpus, "warm-", warm, rate, null, corpus.size() - warm);
                await(warmStored, warm, DRAIN);
                long t0 = System.nanoTime();
                publish(producer, raw, corpus, "lat-", total, rate, sent, 0);
                double sending = RawKafka.seconds(t0);
                await(measuredStored, total, DRAIN);
                long[] ms = new long[(int) measuredStored.get()];
                int k = 0;
                for (int i = 0; i < total && k < ms.length; i++) {
                    if (stored.get(i) != 0) {
                        ms[k++] = (stored.get(i) - sent[i]) / 1_000_000;
                    }
                }
                Arrays.sort(ms, 0, k);
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("offered per s", rate);
                details.put("sent per s", Math.round(total / sending));
                details.put("p50 ms", percentile(ms, k, 0.50));
                details.put("p99 ms", percentile(ms, k, 0.99));
                details.put("max ms", k == 0 ? null : ms[k - 1]);
                details.put("warm-up articles", warm);
                return new StageResult("latency", "publish → stored, one article at a time at the offered rate, "
                        + "through the topology and the store consumer", k, total, sending, null, details);
            } finally {
                consumer.close();
            }
        }
    }

    /** Sends {@code count} articles named {@code prefix + i} on a fixed schedule of {@code rate} a second. */
    private static void publish(KafkaProducer<String, byte[]> producer, String topic, BenchCorpus corpus,
            String prefix, int count, int rate, long[] sentAt, int offset) {
        var serializer = Topics.ARTICLE.serializer();
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = t0 + (long) (i * 1e9 / rate);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int story = Math.floorMod(offset + i, corpus.size());
            Article a = BenchCorpus.dated(corpus.articles().get(story), prefix + i, story, Instant.now());
            byte[] value = serializer.serialize(topic, a);
            if (sentAt != null) {
                sentAt[i] = System.nanoTime();
            }
            producer.send(new ProducerRecord<>(topic, a.id(), value));
        }
        producer.flush();
    }

    private static void await(AtomicLong counter, long target, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (counter.get() < target && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static Long percentile(long[] sorted, int n, double q) {
        if (n == 0) {
            return null;
        }
        return sorted[Math.min(n - 1, (int) Math.ceil(q * n) - 1)];
    }
}
