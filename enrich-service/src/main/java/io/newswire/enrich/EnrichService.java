package io.newswire.enrich;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.enrich.stream.EnrichCounters;
import io.newswire.enrich.stream.EnrichTopology;
import io.newswire.enrich.stream.MissingTopics;
import io.newswire.enrich.tagging.RuleTagger;
import io.newswire.enrich.tagging.Tagger;
import io.newswire.runtime.HealthCheck;
import io.newswire.runtime.OpsEndpoints;
import io.newswire.runtime.OpsServer;
import io.newswire.runtime.kafka.KafkaWatch;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * enrich-service running: the enrich topology on Kafka Streams, and {@code /health} and {@code /metrics} over HTTP.
 * {@link #start} returns once everything runs on background threads; {@link #close} stops it.
 */
public final class EnrichService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EnrichService.class);
    static final String SERVICE = "enrich-service";
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final KafkaStreams streams;
    private final KafkaStreamsMetrics streamsMetrics;
    private final PrometheusMeterRegistry registry;
    private final OpsServer ops;
    private final CountDownLatch stopped;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final KafkaWatch watch;

    private EnrichService(KafkaStreams streams, KafkaStreamsMetrics streamsMetrics, PrometheusMeterRegistry registry,
            OpsServer ops, CountDownLatch stopped, KafkaWatch watch) {
        this.watch = watch;
        this.streams = streams;
        this.streamsMetrics = streamsMetrics;
        this.registry = registry;
        this.ops = ops;
        this.stopped = stopped;
    }

    /** Starts with the standard, rule-based tagger. */
    public static EnrichService start(EnrichConfig config) {
        return start(config, RuleTagger.standard());
    }

    /**
     * Waits until Kafka answers (the log says why, within {@link KafkaWatch#FIRST_WARNING}, and again every
     * {@link KafkaWatch#REMINDER}), creates the missing topics, starts the HTTP endpoints and the topology with
     * {@code tagger}.
     *
     * @throws IllegalStateException when the topics cannot be created
     */
    public static EnrichService start(EnrichConfig config, Tagger tagger) {
        // until Kafka answers, the log says why enrich waits (the clients would retry in silence), and later too
        KafkaWatch watch = KafkaWatch.start(SERVICE, config.bootstrapServers(), log);
        try {
            watch.awaitReachable();
            return start(config, tagger, watch);
        } catch (InterruptedException e) {
            watch.close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka at " + config.bootstrapServers(), e);
        } catch (RuntimeException e) {
            watch.close();
            throw e;
        }
    }

    private static EnrichService start(EnrichConfig config, Tagger tagger, KafkaWatch watch) {
        Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers()));
        try {
            List<String> created = MissingTopics.create(admin, config.topics(), config.enrichTopics(),
                    config.topicPartitions());
            if (!created.isEmpty()) {
                log.info("created topics {}", created);
            }
        } finally {
            // without a bound, closing waits out the calls still pending when Kafka is unreachable
            admin.close(Duration.ofSeconds(2));
        }
        PrometheusMeterRegistry registry = OpsEndpoints.newRegistry(SERVICE);
        registry.config().meterFilter(new StoreMetricTags());
        KafkaStreams streams = new KafkaStreams(
                EnrichTopology.build(config, tagger, EnrichCounters.register(registry)), config.streamsProperties());
        CountDownLatch stopped = new CountDownLatch(1);
        streams.setStateListener((now, before) -> {
            log.info("streams {} -> {}", before, now);
            if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.NOT_RUNNING) {
                stopped.countDown();
            }
        });
        // per-record failures are dead-lettered in the topology; what reaches here is not one record's fault, and
        // replacing the thread would only loop on it: stop, report DOWN, let the supervisor restart us
        streams.setUncaughtExceptionHandler(e -> {
            log.error("a stream thread failed; stopping the topology", e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
        OpsServer ops;
        try {
            ops = OpsServer.start(config.httpPort(), registry, List.of(HealthCheck.of("kafka-streams", () -> {
                KafkaStreams.State state = streams.state();
                if (state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING) {
                    return true;
                }
                throw new IllegalStateException("streams " + state);
            })));
        } catch (RuntimeException e) {
            streams.close(CLOSE_TIMEOUT);
            streamsMetrics.close();
            registry.close();
            throw e;
        }
        streams.start();
        log.info("{} started: application {}, reading {}, HTTP port {}", SERVICE, config.applicationId(),
                config.topics().articlesRaw(), ops.port());
        return new EnrichService(streams, streamsMetrics, registry, ops, stopped, watch);
    }

    /** The actual HTTP port (the configured one, or the free one picked for 0). */
    public int httpPort() {
        return ops.port();
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /**
     * Blocks until the topology stops: after {@link #close}, or on its own after an error it cannot recover from.
     *
     * @return whether it stopped because of an error
     */
    public boolean awaitStop() throws InterruptedException {
        stopped.await();
        return streams.state() == KafkaStreams.State.ERROR;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        log.info("{} stopping", SERVICE);
        streams.close(CLOSE_TIMEOUT);
        streamsMetrics.close();
        ops.close();
        registry.close();
        watch.close();
        stopped.countDown();
    }
}
