package io.newswire.ingest.fetch;

import java.net.URI;
import java.time.Duration;

/** What one fetch of a feed came to. */
public sealed interface FetchResult {

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
    record NotModified(String etag, String lastModified, Duration maxAge) implements FetchResult {
    }

    /** 429 or 503: asked to come back later, after {@code retryAfter} (null when it did not say). */
    record Throttled(int status, Duration retryAfter) implements FetchResult {
    }

    /**
     * Anything else.
     *
     * @param reason a short, metric-friendly code: {@code timeout}, {@code refused}, {@code body_too_large},
     *        {@code too_many_redirects}, {@code http_404}, {@code connect}, {@code scheme}, {@code encoding}, {@code io}
     */
    record Failed(String reason, String message) implements FetchResult {
    }
}
