package io.newswire.enrich;

import io.newswire.enrich.visits.VisitWindows;
import io.newswire.model.TopicSpecs;
import io.newswire.model.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Everything enrich-service needs to run, as plain values: the {@code run} command builds it from flags and
 * environment, the one-process launcher and the tests build it directly.
 *
 * @param enrichTopics       the topics only enrich-service uses ({@code news.actors})
 * @param stateDir           where Kafka Streams keeps its local stores; {@code null} for Kafka's default
 * @param httpPort           port of {@code /health} and {@code /metrics}; 0 picks a free one
 * @param topicPartitions    partitions of the topics the service creates when they are missing
 * @param repeatRetention    how long the repeat filter remembers an article; zero keeps it forever
 * @param visitWindows       how far apart reports of one country pair may be and still tell of one visit
 * @param streamsOverrides   further Kafka Streams / client properties, applied last
 */
public record EnrichConfig(
        String bootstrapServers,
        String applicationId,
        Topics topics,
        EnrichTopics enrichTopics,
        int threads,
        Path stateDir,
        int httpPort,
        int topicPartitions,
        Duration repeatRetention,
        VisitWindows visitWindows,
        Map<String, String> streamsOverrides) {

    public static final String DEFAULT_APPLICATION_ID = "newswire-enrich";
    public static final int DEFAULT_HTTP_PORT = 8082;
    public static final int DEFAULT_PARTITIONS = TopicSpecs.DEFAULT_PARTITIONS;
    public static final Duration DEFAULT_REPEAT_RETENTION = Duration.ofDays(30);
    /**
     * Two stream threads: tagging is CPU work on the stream thread, and with one thread a 2-core machine tags on one
     * core while the other idles (measured with the topology bench: 0.18 vs 0.08 of the raw exactly-once copy; see the README).
     */
    public static final int DEFAULT_THREADS = 2;

    public EnrichConfig {
        requireText(bootstrapServers, "bootstrapServers");
        requireText(applicationId, "applicationId");
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(enrichTopics, "enrichTopics");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (httpPort < 0 || httpPort > 65535) {
            throw new IllegalArgumentException("httpPort must be 0..65535, not " + httpPort);
        }
        if (topicPartitions < 1) {
            throw new IllegalArgumentException("topicPartitions must be at least 1, not " + topicPartitions);
        }
        Objects.requireNonNull(repeatRetention, "repeatRetention");
        if (repeatRetention.isNegative()) {
            throw new IllegalArgumentException("repeatRetention must not be negative");
        }
        Objects.requireNonNull(visitWindows, "visitWindows");
        streamsOverrides = streamsOverrides == null ? Map.of() : Map.copyOf(streamsOverrides);
    }

    /** The defaults for every setting but where the brokers are and which topics to use. */
    public static EnrichConfig of(String bootstrapServers, Topics topics) {
        return new EnrichConfig(bootstrapServers, DEFAULT_APPLICATION_ID, topics, EnrichTopics.defaults(), DEFAULT_THREADS, null,
                DEFAULT_HTTP_PORT, DEFAULT_PARTITIONS, DEFAULT_REPEAT_RETENTION, VisitWindows.DEFAULTS, Map.of());
    }

    public EnrichConfig withApplicationId(String id) {
        return new EnrichConfig(bootstrapServers, id, topics, enrichTopics, threads, stateDir, httpPort,
                topicPartitions, repeatRetention, visitWindows, streamsOverrides);
    }

    public EnrichConfig withEnrichTopics(EnrichTopics own) {
        return new EnrichConfig(bootstrapServers, applicationId, topics, own, threads, stateDir, httpPort,
                topicPartitions, repeatRetention, visitWindows, streamsOverrides);
    }

    public EnrichConfig withStateDir(Path dir) {
        return new EnrichConfig(bootstrapServers, applicationId, topics, enrichTopics, threads, dir, httpPort,
                topicPartitions, repeatRetention, visitWindows, streamsOverrides);
    }

    public EnrichConfig withHttpPort(int port) {
        return new EnrichConfig(bootstrapServers, applicationId, topics, enrichTopics, threads, stateDir, port,
                topicPartitions, repeatRetention, visitWindows, streamsOverrides);
    }

    public EnrichConfig withRepeatRetention(Duration retention) {
        return new EnrichConfig(bootstrapServers, applicationId, topics, enrichTopics, threads, stateDir, httpPort,
                topicPartitions, retention, visitWindows, streamsOverrides);
    }

    public EnrichConfig withVisitWindows(VisitWindows windows) {
        return new EnrichConfig(bootstrapServers, applicationId, topics, enrichTopics, threads, stateDir, httpPort,
                topicPartitions, repeatRetention, windows, streamsOverrides);
    }

    public EnrichConfig withStreamsOverrides(Map<String, String> overrides) {
        return new EnrichConfig(bootstrapServers, applicationId, topics, enrichTopics, threads, stateDir, httpPort,
                topicPartitions, repeatRetention, visitWindows, overrides);
    }

    /** The Kafka Streams configuration: exactly-once v2, records read from the start of the raw topic. */
    @SuppressWarnings("deprecation") // the global-handler switch: deprecated because 5.0 makes its value the only one
    public Properties streamsProperties() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        if (stateDir != null) {
            p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        }
        // a new application must tag the articles already waiting, not only those that come after it
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION), 1);
        // the actors global store's thread uses the processing exception handler as the stream threads do (the
        // default, log and fail, so no change in what happens); 5.0 makes it the only behaviour. Streams 4.4 warns
        // when it is off: no longer for this configuration, still (two lines a start) for internal copies of it
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        p.putAll(streamsOverrides);
        return p;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
