package io.newswire.ingest.poll;

import java.time.Duration;

/** When to poll a feed next: pure arithmetic over the settings, what the server said, and a random number. */
public final class PollPlan {
    private static final double JITTER = 0.1;
    private static final Duration MAX_RETRY_AFTER = Duration.ofDays(7);

    private PollPlan() {
    }

    /**
     * After a successful poll (200 or 304): the interval, or longer if the feed's {@code ttl} or the response's
     * {@code max-age} asks for it (up to {@code maxInterval}); then ±10% jitter so feeds do not march in step.
     *
     * @param random uniform in [0, 1)
     */
    public static Duration afterSuccess(PollSettings s, Duration ttl, Duration maxAge, double random) {
        Duration wait = s.interval();
        for (Duration asked : new Duration[] {ttl, maxAge}) {
            if (asked != null && asked.compareTo(wait) > 0) {
                wait = asked.compareTo(s.maxInterval()) > 0 ? max(s.maxInterval(), s.interval()) : asked;
            }
        }
        return jitter(wait, random);
    }

    /**
     * After a failure: exponential backoff from the interval (interval × 2^(failures−1), at most {@code maxBackoff})
     * with jitter, and never before the server's {@code Retry-After}.
     */
    public static Duration afterFailure(PollSettings s, int failures, Duration retryAfter, double random) {
        int doublings = Math.min(Math.max(failures - 1, 0), 20);
        Duration backoff = s.interval().multipliedBy(1L << doublings);
        if (backoff.compareTo(s.maxBackoff()) > 0) {
            backoff = max(s.maxBackoff(), s.minInterval());
        }
        Duration wait = jitter(backoff, random);
        if (retryAfter != null) {
            Duration asked = retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter;
            wait = max(wait, asked);
        }
        return wait;
    }

    /** Within [0, spread): where a feed never polled before goes first. */
    public static Duration firstPoll(PollSettings s, double random) {
        Duration spread = s.startSpread().compareTo(s.interval()) > 0 ? s.interval() : s.startSpread();
        return Duration.ofMillis((long) (spread.toMillis() * random));
    }

    private static Duration jitter(Duration d, double random) {
        double factor = 1 - JITTER + 2 * JITTER * random;
        return Duration.ofMillis(Math.round(d.toMillis() * factor));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
