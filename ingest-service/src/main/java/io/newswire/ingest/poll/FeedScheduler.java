package io.newswire.ingest.poll;

import io.newswire.ingest.feedlist.FeedEntry;
import io.newswire.ingest.state.FeedState;
import io.newswire.ingest.state.FeedStateStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every assigned feed on its own schedule. One timer thread only hands due feeds to virtual threads, so a slow
 * or failing feed never delays another; the first poll of a feed taken over from another instance waits for the
 * {@code nextPollAt} that instance stored.
 */
public final class FeedScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FeedScheduler.class);

    private final FeedPoller poller;
    private final FeedStateStore states;
    private final PollSettings settings;
    private final Clock clock;
    private final Consumer<FeedPoller.Report> listener;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("ingest-scheduler").daemon().factory());
    private final ExecutorService polls = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    /** One assigned feed; replaced (not reused) when the feed is assigned again. */
    private static final class Slot {
        volatile FeedEntry entry;
        volatile ScheduledFuture<?> pending;
        volatile Instant nextPollAt;
        volatile boolean active = true;

        Slot(FeedEntry entry) {
            this.entry = entry;
        }
    }

    public FeedScheduler(FeedPoller poller, FeedStateStore states, PollSettings settings, Clock clock,
            Consumer<FeedPoller.Report> listener) {
        this.poller = poller;
        this.states = states;
        this.settings = settings;
        this.clock = clock;
        this.listener = listener;
    }

    /** Starts polling the feed, or updates its entry if already assigned. */
    public void assign(FeedEntry feed) {
        Slot existing = slots.get(feed.url());
        if (existing != null) {
            existing.entry = feed;
            return;
        }
        Slot slot = new Slot(feed);
        slots.put(feed.url(), slot);
        FeedState state = states.get(feed.url());
        // a feed this instance's egress policy refused (a private address) is not waited out: the refusal was ours,
        // not the server's, and the policy may allow it now (a restart with --allow-private-networks)
        Duration first = state != null && state.nextPollAt() != null && !state.refusedByEgressPolicy()
                ? Duration.between(clock.instant(), state.nextPollAt())
                : PollPlan.firstPoll(settings, ThreadLocalRandom.current().nextDouble());
        schedule(slot, first.isNegative() ? Duration.ZERO : first);
        log.debug("feed {} assigned; first poll in {}", feed.url(), first);
    }

    /** Stops polling the feed (a poll under way finishes). */
    public void unassign(String url) {
        Slot slot = slots.remove(url);
        if (slot != null) {
            slot.active = false;
            ScheduledFuture<?> p = slot.pending;
            if (p != null) {
                p.cancel(false);
            }
            log.debug("feed {} unassigned", url);
        }
    }

    public Set<String> assigned() {
        return Set.copyOf(slots.keySet());
    }

    /** When the feed is next due, null if it is not assigned here. */
    public Instant nextPollAt(String url) {
        Slot slot = slots.get(url);
        return slot == null ? null : slot.nextPollAt;
    }

    private void schedule(Slot slot, Duration delay) {
        slot.nextPollAt = clock.instant().plus(delay);
        try {
            slot.pending = timer.schedule(() -> polls.submit(() -> run(slot)), delay.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down
        }
    }

    private void run(Slot slot) {
        if (!slot.active) {
            return;
        }
        FeedPoller.Report report;
        try {
            report = poller.poll(slot.entry);
        } catch (RuntimeException e) {
            log.error("feed {}: poll failed unexpectedly", slot.entry.url(), e);
            report = new FeedPoller.Report(slot.entry.url(), "failed", 0, 0,
                    clock.instant().plus(settings.interval()), e.toString());
        }
        try {
            listener.accept(report);
        } catch (RuntimeException e) {
            log.warn("poll listener failed: {}", e.toString());
        }
        if (slot.active && slots.get(slot.entry.url()) == slot) {
            Duration delay = Duration.between(clock.instant(), report.nextPollAt());
            schedule(slot, delay.isNegative() ? Duration.ZERO : delay);
        }
    }

    @Override
    public void close() {
        slots.values().forEach(s -> s.active = false);
        timer.shutdownNow();
        polls.shutdownNow();
        try {
            polls.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
