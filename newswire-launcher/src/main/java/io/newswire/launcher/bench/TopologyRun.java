package io.newswire.launcher.bench;

import io.newswire.embedded.kafka.EmbeddedKafka;
import io.newswire.enrich.EnrichConfig;
import io.newswire.enrich.EnrichTopics;
import io.newswire.enrich.stream.EnrichTopology;
import io.newswire.enrich.stream.MissingTopics;
import io.newswire.enrich.tagging.Tagger;
import io.newswire.model.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The enrich topology as the service runs it ({@code EnrichTopology.build} of the service's default
 * {@link EnrichConfig}: exactly-once, its stream threads and commit interval) over the raw topic, timed from the first
 * enriched article a read_committed consumer sees to the last.
 */
final class TopologyRun {
    private TopologyRun() {
    }

    /**
     * The configuration the service runs with, on {@code kafka}, reading {@code topics}, creating its topics with
     * {@code partitions}; state under {@code state}.
     */
    static EnrichConfig config(String bootstrap, Topics topics, String run, Path state, int partitions) {
        EnrichConfig c = EnrichConfig.of(bootstrap, topics).withEnrichTopics(EnrichTopics.named("bench.actors." + run))
                .withApplicationId("bench-" + run).withStateDir(state.resolve(run)).withHttpPort(0);
        return new EnrichConfig(c.bootstrapServers(), c.applicationId(), c.topics(), c.enrichTopics(), c.threads(),
                c.stateDir(), c.httpPort(), partitions, c.repeatRetention(), c.visitWindows(), c.streamsOverrides());
    }

    /** The commit interval the topology runs with: the copy baseline commits as often. */
    static Duration commitInterval(EnrichConfig config) {
        Object v = config.streamsProperties().get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG);
        return Duration.ofMillis(v == null ? 100 : Long.parseLong(v.toString())); // Streams' default under EOS
    }

    /** Topics of one run named {@code name} reading {@code raw}. */
    static Topics topics(String raw, String name) {
        return Topics.named(raw, "bench.enriched." + name, "bench.visits." + name, "bench.dlq." + name);
    }

    static StageResult run(String name, String measures, EmbeddedKafka kafka, Topics topics, int partitions, long n,
            Tagger tagger, Path state, Duration timeout) {
        String run = name + "-" + Long.toHexString(System.nanoTime());
        EnrichConfig config = config(kafka.bootstrapServers(), topics, run, state, partitions);
        createTopics(kafka, topics, config, run);
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-reader-" + run);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        long t0 = System.nanoTime();
        try (var streams = new KafkaStreams(EnrichTopology.build(config, tagger), config.streamsProperties());
                var consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topics.articlesEnriched().name(), topics.visits().name()));
            streams.start();
            long seen = 0;
            long visits = 0;
            long first = 0;
            long deadline = System.nanoTime() + timeout.toNanos();
            while (seen < n && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    if (r.topic().equals(topics.visits().name())) {
                        visits++;
                        continue;
                    }
                    if (first == 0) {
                        first = System.nanoTime();
                    }
                    seen++;
                }
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("first enriched after s", first == 0 ? null : round((first - t0) / 1e9));
            details.put("visit records", visits);
            details.put("stream threads", config.threads());
            details.put("commit interval ms", commitInterval(config).toMillis());
            details.put("partitions", config.topicPartitions());
            return new StageResult(name, measures, seen, n, RawKafka.since(first), "eos-copy", details);
        }
    }

    /**
     * The topology's topics, created and then awaited until the broker describes them all: a global store started
     * on a topic that the broker's metadata does not show yet fails ("no partitions available").
     */
    static void createTopics(EmbeddedKafka kafka, Topics topics, EnrichConfig config, String run) {
        List<String> names = new ArrayList<>(topics.all().stream().map(t -> t.name()).toList());
        names.add("bench.actors." + run);
        try (var admin = kafka.admin()) {
            MissingTopics.create(admin, topics, config.enrichTopics(), config.topicPartitions());
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (true) {
                try {
                    admin.describeTopics(names).allTopicNames().get(10, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException | TimeoutException e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("topics " + names + " not visible: " + e.getMessage(), e);
                    }
                    Thread.sleep(100);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
