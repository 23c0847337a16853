package io.newswire.ingest.poll;

import java.time.Duration;

/**
 * How often and how politely feeds are polled.
 *
 * @param interval the schedule of a feed (default 15 min), never below {@code minInterval} (default 1 min)
 * @param maxInterval how far {@code ttl} or {@code max-age} may push the next poll (default 24 h)
 * @param perHostConcurrency requests at a time to one host:port (default 1)
 * @param hostGap least time between the starts of two requests to one host:port (default 1 s)
 * @param maxBackoff the longest wait after repeated failures (default 6 h)
 * @param startSpread a feed never polled before is first polled within this much of being assigned (default 30 s)
 */
public record PollSettings(
        Duration interval,
        Duration minInterval,
        Duration maxInterval,
        int perHostConcurrency,
        Duration hostGap,
        Duration maxBackoff,
        Duration startSpread) {

    public PollSettings {
        if (interval.compareTo(minInterval) < 0) {
            interval = minInterval;
        }
        if (perHostConcurrency < 1) {
            throw new IllegalArgumentException("perHostConcurrency must be at least 1");
        }
    }

    public static PollSettings defaults() {
        return new PollSettings(Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofHours(24), 1,
                Duration.ofSeconds(1), Duration.ofHours(6), Duration.ofSeconds(30));
    }
}
