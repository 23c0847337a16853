package io.newswire.ingest.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The ingest meters, in Prometheus as {@code ingest_feeds_polled_total{outcome}},
 * {@code ingest_poll_failures_total{reason}}, {@code ingest_items_published_total},
 * {@code ingest_items_duplicate_total}, {@code ingest_fetched_bytes_total}, {@code ingest_poll_latency_seconds} and
 * {@code ingest_feeds_assigned}.
 */
public final class IngestMetrics {
    private final MeterRegistry registry;
    private final Counter published;
    private final Counter duplicates;
    private final Counter bytes;
    private final Timer latency;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.published = Counter.builder("ingest.items.published").description("articles published to Kafka")
                .register(registry);
        this.duplicates = Counter.builder("ingest.items.duplicate")
                .description("items skipped because they were published before unchanged").register(registry);
        this.bytes = Counter.builder("ingest.fetched").baseUnit("bytes")
                .description("feed bytes received (before decompression)").register(registry);
        this.latency = Timer.builder("ingest.poll.latency").description("time of one poll: fetch, parse, publish")
                .publishPercentileHistogram().register(registry);
    }

    public void polled(String outcome, Duration took) {
        Counter.builder("ingest.feeds.polled").description("feed polls by outcome").tag("outcome", outcome)
                .register(registry).increment();
        latency.record(took);
    }

    public void failed(String reason) {
        Counter.builder("ingest.poll.failures").description("failed polls by reason").tag("reason", reason)
                .register(registry).increment();
    }

    public void published(int n) {
        published.increment(n);
    }

    public void duplicates(int n) {
        duplicates.increment(n);
    }

    public void bytes(long n) {
        bytes.increment(n);
    }

    public void assignedFeeds(Supplier<Number> count) {
        Gauge.builder("ingest.feeds.assigned", count, s -> s.get().doubleValue())
                .description("feeds this instance polls now").strongReference(true).register(registry);
    }
}
