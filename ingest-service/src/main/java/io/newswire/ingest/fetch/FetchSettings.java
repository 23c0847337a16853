package io.newswire.ingest.fetch;

import java.time.Duration;

/**
 * How feeds are fetched. Defaults: connect timeout 10 s, whole request 30 s, body cap 15 MiB (compressed and
 * decompressed alike), at most 5 redirects, public addresses only.
 */
public record FetchSettings(
        String userAgent,
        Duration connectTimeout,
        Duration requestTimeout,
        long maxBodyBytes,
        int maxRedirects,
        EgressPolicy egress) {

    public static final String DEFAULT_USER_AGENT =
            "Newswire/0.1 (feed ingester; +https://github.com/newswire/newswire)";
    public static final long DEFAULT_MAX_BODY = 15L * 1024 * 1024;

    public FetchSettings {
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
        if (maxBodyBytes <= 0 || maxRedirects < 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive and maxRedirects not negative");
        }
        if (egress == null) {
            egress = EgressPolicy.publicOnly();
        }
    }

    public static FetchSettings defaults() {
        return new FetchSettings(DEFAULT_USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(30), DEFAULT_MAX_BODY,
                5, EgressPolicy.publicOnly());
    }

    public FetchSettings withEgress(EgressPolicy policy) {
        return new FetchSettings(userAgent, connectTimeout, requestTimeout, maxBodyBytes, maxRedirects, policy);
    }

    public FetchSettings withRequestTimeout(Duration timeout) {
        return new FetchSettings(userAgent, connectTimeout, timeout, maxBodyBytes, maxRedirects, egress);
    }

    public FetchSettings withMaxBodyBytes(long bytes) {
        return new FetchSettings(userAgent, connectTimeout, requestTimeout, bytes, maxRedirects, egress);
    }
}
