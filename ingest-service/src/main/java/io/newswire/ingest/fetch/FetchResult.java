package io.newswire.ingest.fetch;

import java.net.URI;
import java.time.Duration;

/** What one fetch of a feed came to. */
public sealed interface FetchResult {

    /** Bytes received before decompression, every redirect hop and error page included. */
    long wireBytes();

    /**
     * A 2xx with its (decompressed) body.
     *
     * @param maxAge {@code Cache-Control: max-age}, null when absent
     * @param wireBytes bytes received before decompression
     */
    record Fetched(URI finalUrl, byte[] body, String contentType, String etag, String lastModified, Duration maxAge,
            long wireBytes) implements FetchResult {
    }

    /** 304: the validators still hold; the server may have sent fresh ones. */
    record NotModified(String etag, String lastModified, Duration maxAge, long wireBytes) implements FetchResult {
        public NotModified(String etag, String lastModified, Duration maxAge) {
            this(etag, lastModified, maxAge, 0);
        }
    }

    /** 429 or 503: asked to come back later, after {@code retryAfter} (null when it did not say). */
    record Throttled(int status, Duration retryAfter, long wireBytes) implements FetchResult {
        public Throttled(int status, Duration retryAfter) {
            this(status, retryAfter, 0);
        }
    }

    /**
     * Anything else.
     *
     * @param reason a short, metric-friendly code: {@code timeout}, {@code refused}, {@code body_too_large},
     *        {@code too_many_redirects}, {@code http_404}, {@code connect}, {@code scheme}, {@code encoding}, {@code io}
     */
    record Failed(String reason, String message, long wireBytes) implements FetchResult {
        public Failed(String reason, String message) {
            this(reason, message, 0);
        }

        /** The same failure with the bytes received before it. */
        public Failed received(long bytes) {
            return new Failed(reason, message, wireBytes + bytes);
        }
    }
}
