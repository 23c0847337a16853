package io.newswire.enrich.bench;

import io.newswire.embedded.kafka.EmbeddedKafka;
import io.newswire.enrich.EnrichConfig;
import io.newswire.enrich.EnrichTopics;
import io.newswire.enrich.stream.EnrichTopology;
import io.newswire.enrich.stream.MissingTopics;
import io.newswire.enrich.tag.SyntheticArticles;
import io.newswire.enrich.tagging.RuleTagger;
import io.newswire.enrich.tagging.Tagger;
import io.newswire.model.Article;
import io.newswire.model.Enrichment;
import io.newswire.model.Topics;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Articles per second through the whole enrich topology on the in-process broker, next to a raw exactly-once
 * consume→produce copy of the same records measured in the same run (a read_committed consumer and a transactional
 * producer committing offsets with each batch: the least any exactly-once stage costs).
 *
 * <p>Four passes over the same raw topic: the raw copy; the topology with tagging done in advance (so what is left
 * is Streams, the repeat filter, the repartition by country pair and the visit merge); the same with the visits taken
 * out (no merge work: the difference is what the merge costs); and the topology with the rule tagger.
 *
 * <pre>
 * ./mvnw -B -q -pl enrich-service -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.newswire.enrich.bench.TopologyBench -Dexec.args="5000 3"
 * </pre>
 * Arguments: articles (default 5000), rounds (default 3; medians are reported). The articles are the tagging
 * benchmark's generated wire stories (about 3,000 characters), published one every two hours over a year, so that a
 * country pair has several visits and each visit several reports.
 *
 * <p>To compare settings in one run (the machine's load then weighs on all of them alike), name them in
 * {@code -Dbench.variants}: variants separated by {@code ;}, each {@code name:key=value,key=value} of Kafka Streams
 * properties applied over the service's own ({@code default:} for none), e.g.
 * {@code -Dbench.variants="default:;two-threads:num.stream.threads=2"}. Each round then runs the raw copy and, per
 * variant, the topology with articles tagged in advance and with the rule tagger, each also as CPU milliseconds of
 * the whole process (broker included) per article: a figure the machine's other load disturbs much less.
 */
public final class TopologyBench {
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private TopologyBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Article> corpus = spreadOverAYear(SyntheticArticles.generate(n, 42));
        Tagger rules = RuleTagger.standard();
        Map<String, Enrichment> tagged = new HashMap<>();
        corpus.forEach(a -> tagged.put(a.id(), rules.tag(a)));
        long visits = tagged.values().stream().mapToLong(e -> e.visits().size()).sum();
        Tagger precomputed = a -> tagged.get(a.id());
        Tagger withoutVisits = a -> {
            Enrichment e = tagged.get(a.id());
            return new Enrichment(List.of(), e.topics(), e.countries(), e.people(), e.enricherVersion(),
                    e.enrichedAt());
        };

        Path state = Files.createTempDirectory("topology-bench-");
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            String raw = "bench.raw";
            kafka.createTopics(EnrichConfig.DEFAULT_PARTITIONS, Map.of(), List.of(raw));
            produce(kafka.bootstrapServers(), raw, corpus);
            System.out.printf(Locale.ROOT, "%d articles, %d visit reports, %d partitions%n", n, visits,
                    EnrichConfig.DEFAULT_PARTITIONS);

            double[] copy = new double[rounds];
            Map<String, Map<String, String>> variants = variants(System.getProperty("bench.variants", ""));
            if (!variants.isEmpty()) {
                compare(kafka, raw, n, rounds, variants, precomputed, rules, state);
                return;
            }
            double[] merge = new double[rounds];
            double[] noMerge = new double[rounds];
            double[] full = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                copy[r] = rawCopy(kafka, raw, n);
                merge[r] = topology(kafka, raw, n, precomputed, state);
                noMerge[r] = topology(kafka, raw, n, withoutVisits, state);
                full[r] = topology(kafka, raw, n, rules, state);
                System.out.printf(Locale.ROOT, "round %d: raw copy %,.0f/s; topology, tagged in advance %,.0f/s, "
                        + "same without visits %,.0f/s; topology with the rule tagger %,.0f/s%n", r + 1, copy[r],
                        merge[r], noMerge[r], full[r]);
            }
            double base = median(copy);
            System.out.printf(Locale.ROOT, "median articles/s: raw exactly-once copy %,.0f | topology (tagged in "
                    + "advance) %,.0f = %.2f x raw | without visits %,.0f = %.2f x raw (merge costs %.0f%%) | with "
                    + "the rule tagger %,.0f = %.2f x raw%n", base, median(merge), median(merge) / base,
                    median(noMerge), median(noMerge) / base, 100 * (1 - median(merge) / median(noMerge)),
                    median(full), median(full) / base);
        }
    }

    /** Each round: the raw copy, then every variant with tagging done in advance and with the rule tagger. */
    private static void compare(EmbeddedKafka kafka, String raw, int n, int rounds,
            Map<String, Map<String, String>> variants, Tagger precomputed, Tagger rules, Path state) {
        double[] copy = new double[rounds];
        double[] copyCpu = new double[rounds];
        Map<String, double[]> advance = new LinkedHashMap<>();
        Map<String, double[]> tagging = new LinkedHashMap<>();
        Map<String, double[]> advanceCpu = new LinkedHashMap<>();
        Map<String, double[]> taggingCpu = new LinkedHashMap<>();
        variants.keySet().forEach(v -> {
            advance.put(v, new double[rounds]);
            tagging.put(v, new double[rounds]);
            advanceCpu.put(v, new double[rounds]);
            taggingCpu.put(v, new double[rounds]);
        });
        for (int r = 0; r < rounds; r++) {
            copy[r] = rawCopy(kafka, raw, n);
            copyCpu[r] = lastCpuMsPerArticle;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "round %d: raw copy %,.0f/s (%.2f CPU ms/article)", r + 1, copy[r], copyCpu[r]));
            for (Map.Entry<String, Map<String, String>> v : variants.entrySet()) {
                String name = v.getKey();
                advance.get(name)[r] = topology(kafka, raw, n, precomputed, state, v.getValue());
                advanceCpu.get(name)[r] = lastCpuMsPerArticle;
                tagging.get(name)[r] = topology(kafka, raw, n, rules, state, v.getValue());
                taggingCpu.get(name)[r] = lastCpuMsPerArticle;
                line.append(String.format(Locale.ROOT, "; %s: tagged in advance %,.0f/s (%.2f), rule tagger %,.0f/s "
                        + "(%.2f)", name, advance.get(name)[r], advanceCpu.get(name)[r], tagging.get(name)[r],
                        taggingCpu.get(name)[r]));
            }
            System.out.println(line);
        }
        double base = median(copy);
        double baseCpu = median(copyCpu);
        System.out.printf(Locale.ROOT, "median articles/s: raw exactly-once copy %,.0f (%.2f CPU ms/article of the "
                + "whole process, broker included)%n", base, baseCpu);
        variants.keySet().forEach(v -> System.out.printf(Locale.ROOT,
                "  %-24s tagged in advance %,6.0f = %.2f x raw, CPU/article %.2f x raw | rule tagger %,6.0f = %.2f "
                        + "x raw, CPU/article %.2f x raw%n", v, median(advance.get(v)), median(advance.get(v)) / base,
                median(advanceCpu.get(v)) / baseCpu, median(tagging.get(v)), median(tagging.get(v)) / base,
                median(taggingCpu.get(v)) / baseCpu));
    }

    /** {@code name:key=value,key=value;name:...} in the order given. */
    private static Map<String, Map<String, String>> variants(String spec) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String variant : spec.split(";")) {
            if (variant.isBlank()) {
                continue;
            }
            int colon = variant.indexOf(':');
            String name = colon < 0 ? variant.strip() : variant.substring(0, colon).strip();
            Map<String, String> props = new LinkedHashMap<>();
            if (colon >= 0) {
                for (String kv : variant.substring(colon + 1).split(",")) {
                    if (!kv.isBlank()) {
                        int eq = kv.indexOf('=');
                        if (eq < 0) {
                            throw new IllegalArgumentException("not key=value in bench.variants: " + kv);
                        }
                        props.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
                    }
                }
            }
            out.put(name, props);
        }
        return out;
    }

    /** The same stories, published one every two hours from the start of 2025 (so dated visits spread out). */
    private static List<Article> spreadOverAYear(List<Article> articles) {
        List<Article> out = new ArrayList<>(articles.size());
        Instant start = Instant.parse("2025-01-01T08:00:00Z");
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            Instant at = start.plus(Duration.ofHours(2L * i));
            out.add(new Article(a.schemaVersion(), a.id(), "https://outlet" + (i % 7) + ".example/" + a.id(), null,
                    null, "Outlet " + (i % 7), a.title(), a.summary(), a.body(), a.language(), a.authors(),
                    a.categories(), at, at, "h-" + a.id()));
        }
        return out;
    }

    private static void produce(String bootstrap, String topic, List<Article> articles) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        var serializer = Topics.defaults().articlesRaw().valueSerde().serializer();
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            for (Article a : articles) {
                producer.send(new ProducerRecord<>(topic, a.id(), serializer.serialize(topic, a)));
            }
        }
    }

    /** Raw Kafka: every record copied to another topic under exactly-once, timed from the first read to the last. */
    private static double rawCopy(EmbeddedKafka kafka, String raw, int n) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String out = "bench.copy." + run;
        kafka.createTopics(EnrichConfig.DEFAULT_PARTITIONS, Map.of(), List.of(out));
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-copy-" + run);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "bench-copy-" + run);
        try (var consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer());
                var producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            consumer.subscribe(List.of(raw));
            int copied = 0;
            long first = 0;
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (copied < n && System.nanoTime() < deadline) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(100));
                if (records.isEmpty()) {
                    continue;
                }
                if (first == 0) {
                    first = System.nanoTime();
                    firstCpuNanos = processCpuNanos();
                }
                producer.beginTransaction();
                Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    producer.send(new ProducerRecord<>(out, r.key(), r.value()));
                    offsets.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
                    copied++;
                }
                producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
                producer.commitTransaction();
            }
            return rate(copied, n, first);
        }
    }

    /**
     * The enrich topology as the service runs it (exactly-once), from its first enriched article to its last, as a
     * read_committed consumer of the enriched topic sees them.
     */
    private static double topology(EmbeddedKafka kafka, String raw, int n, Tagger tagger, Path state) {
        return topology(kafka, raw, n, tagger, state, Map.of());
    }

    private static double topology(EmbeddedKafka kafka, String raw, int n, Tagger tagger, Path state,
            Map<String, String> overrides) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Topics topics = Topics.named(raw, "bench.enriched." + run, "bench.visits." + run, "bench.dlq." + run);
        EnrichTopics own = EnrichTopics.named("bench.actors." + run);
        try (var admin = kafka.admin()) {
            MissingTopics.create(admin, topics, own, EnrichConfig.DEFAULT_PARTITIONS);
        }
        EnrichConfig config = EnrichConfig.of(kafka.bootstrapServers(), topics).withEnrichTopics(own)
                .withApplicationId("bench-" + run).withStateDir(state.resolve(run)).withStreamsOverrides(overrides);
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-reader-" + run);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (var streams = new KafkaStreams(EnrichTopology.build(config, tagger), config.streamsProperties());
                var consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topics.articlesEnriched().name()));
            streams.start();
            int seen = 0;
            long first = 0;
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (seen < n && System.nanoTime() < deadline) {
                int got = consumer.poll(Duration.ofMillis(100)).count();
                if (got > 0 && first == 0) {
                    first = System.nanoTime();
                    firstCpuNanos = processCpuNanos();
                }
                seen += got;
            }
            return rate(seen, n, first);
        }
    }

    /** The process's CPU time when the pass timed saw its first record (the broker runs in this process too). */
    private static long firstCpuNanos;
    /** CPU milliseconds the whole process spent per article in the last pass: what load on the machine leaves alone. */
    private static double lastCpuMsPerArticle;

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double rate(int done, int n, long firstNanos) {
        if (done < n) {
            throw new IllegalStateException("only " + done + " of " + n + " records within " + TIMEOUT);
        }
        lastCpuMsPerArticle = (processCpuNanos() - firstCpuNanos) / 1e6 / n;
        return n / ((System.nanoTime() - firstNanos) / 1e9);
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
