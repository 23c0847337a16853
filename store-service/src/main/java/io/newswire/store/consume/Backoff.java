package io.newswire.store.consume;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff from 100 ms, doubling up to a ceiling, with jitter so that instances do not retry in step. */
final class Backoff {
    private static final long FIRST_MILLIS = 100;
    private final long maxMillis;
    private long nextMillis = FIRST_MILLIS;

    Backoff(Duration max) {
        this.maxMillis = Math.max(FIRST_MILLIS, max.toMillis());
    }

    Duration next() {
        long base = nextMillis;
        nextMillis = Math.min(maxMillis, nextMillis * 2);
        long jitter = ThreadLocalRandom.current().nextLong(base / 5 + 1);
        return Duration.ofMillis(Math.min(maxMillis, base - base / 10 + jitter));
    }
}
