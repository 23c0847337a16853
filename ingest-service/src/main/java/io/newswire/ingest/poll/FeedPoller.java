package io.newswire.ingest.poll;

import io.newswire.ingest.feed.FeedFormatException;
import io.newswire.ingest.feed.FeedLimits;
import io.newswire.ingest.feed.FeedParser;
import io.newswire.ingest.feed.ParsedFeed;
import io.newswire.ingest.feed.ParsedItem;
import io.newswire.ingest.feedlist.FeedEntry;
import io.newswire.ingest.fetch.FeedFetcher;
import io.newswire.ingest.fetch.FetchResult;
import io.newswire.ingest.ops.IngestMetrics;
import io.newswire.ingest.publish.ArticlePublisher;
import io.newswire.ingest.publish.SourceCountries;
import io.newswire.ingest.state.FeedState;
import io.newswire.ingest.state.FeedStateStore;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of one feed: conditional fetch (through the host gate), parse, publish what is new or changed, and store
 * the feed's new state with the time of its next poll. A failure of any kind is logged with the feed and the reason,
 * counted, and answered with backoff; it never escapes to the scheduler.
 */
public final class FeedPoller {
    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

    /** What a poll did, and when the feed is due again. */
    public record Report(String feedUrl, String outcome, int published, int duplicates, Instant nextPollAt,
            String error) {
    }

    private final FeedFetcher fetcher;
    private final FeedStateStore states;
    private final ArticlePublisher publisher;
    private final IngestMetrics metrics;
    private final PollSettings settings;
    private final HostGate gate;
    private final Clock clock;
    private final FeedLimits limits;

    public FeedPoller(FeedFetcher fetcher, FeedStateStore states, ArticlePublisher publisher, IngestMetrics metrics,
            PollSettings settings, HostGate gate, Clock clock) {
        this(fetcher, states, publisher, metrics, settings, gate, clock, FeedLimits.defaults());
    }

    /** @param limits the per-item caps and the cap of items read from one fetch */
    public FeedPoller(FeedFetcher fetcher, FeedStateStore states, ArticlePublisher publisher, IngestMetrics metrics,
            PollSettings settings, HostGate gate, Clock clock, FeedLimits limits) {
        this.limits = limits;
        this.fetcher = fetcher;
        this.states = states;
        this.publisher = publisher;
        this.metrics = metrics;
        this.settings = settings;
        this.gate = gate;
        this.clock = clock;
    }

    public Report poll(FeedEntry feed) {
        long t0 = System.nanoTime();
        Instant now = clock.instant();
        URI uri = feed.uri();
        FeedState held = states.get(feed.url());
        FeedState state = held != null ? held : FeedState.initial(feed.url());
        FetchResult result;
        // the schedule counts from when the request went out, not from when the poll queued at the host gate
        Instant[] started = {now};
        try {
            result = gate.call(uri, () -> {
                started[0] = clock.instant();
                return fetcher.fetch(uri, state.validators());
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Report(feed.url(), "interrupted", 0, 0, now, "interrupted");
        } catch (Exception e) {
            result = new FetchResult.Failed("io", e.toString());
        }
        Instant fetchedAt = started[0];
        // every byte received counts, those of redirects, error pages and refused or failed fetches too
        metrics.bytes(result.wireBytes());
        if (result instanceof FetchResult.Failed f && f.reason().equals("refused")) {
            metrics.refused(f.message());
        }
        Report report = switch (result) {
            case FetchResult.Fetched f -> fetched(feed, state, f, fetchedAt);
            case FetchResult.NotModified n -> {
                Instant next = fetchedAt.plus(PollPlan.afterSuccess(settings, null, n.maxAge(), random()));
                store(state.succeeded(n.etag() != null ? n.etag() : state.etag(),
                        n.lastModified() != null ? n.lastModified() : state.lastModified(), state.recent(), fetchedAt,
                        next));
                log.debug("feed {}: not modified; next poll {}", feed.url(), next);
                yield new Report(feed.url(), "not_modified", 0, 0, next, null);
            }
            case FetchResult.Throttled t -> failed(feed, state, "http_" + t.status(),
                    "HTTP " + t.status() + (t.retryAfter() == null ? "" : ", Retry-After " + t.retryAfter()),
                    t.retryAfter(), fetchedAt);
            case FetchResult.Failed f -> failed(feed, state, f.reason(), f.message(), null, fetchedAt);
        };
        metrics.polled(report.outcome(), Duration.ofNanos(System.nanoTime() - t0));
        return report;
    }

    private Report fetched(FeedEntry feed, FeedState state, FetchResult.Fetched f, Instant now) {
        ParsedFeed parsed;
        try {
            parsed = FeedParser.parse(f.body(), f.contentType(), feed.uri(), now, limits);
        } catch (FeedFormatException e) {
            return failed(feed, state, "parse", e.getMessage(), null, now);
        }
        parsed.refused().forEach(message -> log.warn("{}", message));
        if (parsed.dropped() > 0) {
            log.warn("feed {}: {} items, only the first {} read (cap --max-items-per-fetch / FETCH_MAX_ITEMS)",
                    feed.url(), parsed.items().size() + parsed.dropped(), limits.maxItemsPerFetch());
        }
        List<ParsedItem> fresh = SourceCountries.stamp(state.unseen(parsed.items()), feed.country());
        try {
            publisher.publishAll(fresh);
        } catch (ArticlePublisher.PublishException e) {
            return failed(feed, state, "publish", e.getMessage(), null, now);
        }
        int duplicates = parsed.items().size() - fresh.size();
        metrics.published(fresh.size());
        metrics.duplicates(duplicates);
        Instant next = now.plus(PollPlan.afterSuccess(settings, parsed.ttl(), f.maxAge(), random()));
        store(state.succeeded(f.etag(), f.lastModified(), state.remember(parsed.items()), now, next));
        log.info("feed {}: {} items, {} published, {} unchanged; next poll {}", feed.url(), parsed.items().size(),
                fresh.size(), duplicates, next);
        return new Report(feed.url(), "fetched", fresh.size(), duplicates, next, null);
    }

    private Report failed(FeedEntry feed, FeedState state, String reason, String message, Duration retryAfter,
            Instant now) {
        Instant next = now.plus(PollPlan.afterFailure(settings, state.failures() + 1, retryAfter, random()));
        metrics.failed(reason);
        log.warn("feed {}: {} ({}); failure {} in a row, next poll {}", feed.url(), message, reason,
                state.failures() + 1, next);
        store(state.failed(reason + ": " + message, now, next));
        return new Report(feed.url(), "failed", 0, 0, next, reason);
    }

    private void store(FeedState state) {
        try {
            states.put(state);
        } catch (Exception e) {
            // the schedule still holds in memory; the next successful write carries the state
            log.error("feed {}: cannot store its state: {}", state.feedUrl(), e.toString());
        }
    }

    private static double random() {
        return ThreadLocalRandom.current().nextDouble();
    }
}
