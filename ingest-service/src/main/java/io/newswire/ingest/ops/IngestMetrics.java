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
 * {@code ingest_items_duplicate_total}, {@code ingest_fetched_bytes_total} (every byte received, failed fetches
 * included), {@code ingest_fetch_refused_total{kind}} (connections the egress policy refused, by the kind of address:
 * loopback, private, cloud_metadata, ...), {@code ingest_poll_latency_seconds} and {@code ingest_feeds_assigned}.
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
                .description("feed bytes received before decompression, failed fetches included").register(registry);
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

    /**
     * A connection the egress policy refused, counted by the kind of address its reason names ("loopback address
     * 127.0.0.1:80 refused (...)" is {@code loopback}); a redirect hop refused counts the same.
     */
    public void refused(String reason) {
        Counter.builder("ingest.fetch.refused").description("connections refused by the egress policy, by address kind")
                .tag("kind", refusalKind(reason)).register(registry).increment();
    }

    public static String refusalKind(String reason) {
        int at = reason == null ? -1 : reason.indexOf(" address ");
        String kind = at < 1 ? "other" : reason.substring(0, at).strip().toLowerCase(java.util.Locale.ROOT);
        return kind.matches("[a-z0-9 -]{1,40}") ? kind.replaceAll("[ -]", "_") : "other";
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
