package io.newswire.ingest.fetch;

import io.newswire.ingest.feed.FeedLimits;
import io.newswire.ingest.feed.InflationCap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches feeds with {@link HttpClient}: conditional GET, gzip, a body cap enforced while streaming (and again while
 * decompressing, so a gzip bomb stops at the cap), redirects followed by hand (at most {@code maxRedirects}, http and
 * https only), one deadline for the whole exchange, and every connection made through the {@link EgressGuardProxy}.
 */
public final class FeedFetcher implements AutoCloseable {
    static final String ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";

    private final FetchSettings settings;
    private final EgressGuardProxy proxy;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient client;
    private final int maxInflateRatio;

    public FeedFetcher(FetchSettings settings) {
        this(settings, FeedLimits.DEFAULT_MAX_INFLATE_RATIO);
    }

    /** @param maxInflateRatio how many times its compressed size a gzip body may inflate to (past the first 4 MiB) */
    public FeedFetcher(FetchSettings settings, int maxInflateRatio) {
        this.settings = settings;
        this.maxInflateRatio = maxInflateRatio;
        // the proxy's idle timeout only reaps abandoned tunnels; the client's deadline governs each exchange
        this.proxy = EgressGuardProxy.start(settings.egress(), settings.connectTimeout(),
                settings.requestTimeout().plusSeconds(5));
        this.client = HttpClient.newBuilder()
                .proxy(ProxySelector.of(proxy.address()))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .executor(executor)
                .build();
    }

    public FetchSettings settings() {
        return settings;
    }

    public FetchResult fetch(URI url, Validators validators) {
        Exchange exchange = new Exchange(url, validators);
        for (int hop = 0; ; hop++) {
            FetchResult result = exchange.hop(hop);
            if (result != null) {
                return result;
            }
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** One fetch: its request and redirect hops within one deadline, and the bytes received over all of them. */
    private final class Exchange {
        final URI url;
        final Validators validators;
        final long deadline = System.nanoTime() + settings.requestTimeout().toNanos();
        URI current;
        long received; // on the wire, every hop and error page included

        Exchange(URI url, Validators validators) {
            this.url = url;
            this.validators = validators;
            this.current = url;
        }

        /** One request to {@code current}: the fetch's result, or null when it was redirected to a new current. */
        FetchResult hop(int hop) {
            String scheme = current.getScheme() == null ? "" : current.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || current.getHost() == null) {
                return new FetchResult.Failed("scheme", "only http and https URLs are fetched, not " + current)
                        .received(received);
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return timeout().received(received);
            }
            CompletableFuture<HttpResponse<byte[]>> pending =
                    client.sendAsync(request(remaining), new CappedBody(settings.maxBodyBytes()));
            HttpResponse<byte[]> response;
            try {
                response = pending.get(remaining, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                pending.cancel(true);
                return timeout().received(received);
            } catch (InterruptedException e) {
                pending.cancel(true);
                Thread.currentThread().interrupt();
                return new FetchResult.Failed("interrupted", "interrupted").received(received);
            } catch (ExecutionException e) {
                return failure(current, e.getCause()).received(received);
            }
            received += response.body() == null ? 0 : response.body().length;
            return answer(response, hop);
        }

        private HttpRequest request(long remaining) {
            HttpRequest.Builder request = HttpRequest.newBuilder(current).GET()
                    .timeout(Duration.ofNanos(remaining))
                    .header("User-Agent", settings.userAgent())
                    .header("Accept", ACCEPT)
                    .header("Accept-Encoding", "gzip");
            if (validators.etag() != null) {
                request.header("If-None-Match", validators.etag());
            }
            if (validators.lastModified() != null) {
                request.header("If-Modified-Since", validators.lastModified());
            }
            return request.build();
        }

        /** The response by its status: refused by the egress guard, redirected, not modified, throttled, or not. */
        private FetchResult answer(HttpResponse<byte[]> response, int hop) {
            int status = response.statusCode();
            String refused = response.headers().firstValue(EgressGuardProxy.REFUSED_HEADER).orElse(null);
            if (refused != null) {
                return new FetchResult.Failed(status == 403 ? "refused" : "connect", refused).received(received);
            }
            if (isRedirect(status)) {
                return redirect(response, hop);
            }
            Duration maxAge = CachingHeaders.maxAge(response.headers());
            String etag = response.headers().firstValue("ETag").orElse(null);
            String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
            if (status == 304) {
                return new FetchResult.NotModified(etag, lastModified, maxAge, received);
            }
            if (status == 429 || status == 503) {
                return new FetchResult.Throttled(status, CachingHeaders.retryAfter(
                        response.headers().firstValue("Retry-After").orElse(null), Instant.now()), received);
            }
            if (status < 200 || status > 299) {
                return new FetchResult.Failed("http_" + status, "HTTP " + status + " from " + current)
                        .received(received);
            }
            return fetched(response, etag, lastModified, maxAge);
        }

        /** Follows a redirect (null: {@code current} moved on), unless it has no Location or is one too many. */
        private FetchResult redirect(HttpResponse<byte[]> response, int hop) {
            int status = response.statusCode();
            String location = response.headers().firstValue("Location").orElse(null);
            if (location == null) {
                return new FetchResult.Failed("http_" + status, "redirect without a Location").received(received);
            }
            if (hop >= settings.maxRedirects()) {
                return new FetchResult.Failed("too_many_redirects",
                        "more than " + settings.maxRedirects() + " redirects from " + url).received(received);
            }
            try {
                current = current.resolve(location.strip());
                return null;
            } catch (IllegalArgumentException e) {
                return new FetchResult.Failed("http_" + status, "bad redirect Location " + location)
                        .received(received);
            }
        }

        /** A 2xx: its body decoded by its Content-Encoding (gzip within the caps, or none). */
        private FetchResult fetched(HttpResponse<byte[]> response, String etag, String lastModified,
                Duration maxAge) {
            String encoding = response.headers().firstValue("Content-Encoding").orElse("identity")
                    .strip().toLowerCase(Locale.ROOT);
            byte[] body;
            try {
                body = switch (encoding) {
                    case "gzip", "x-gzip" -> gunzip(response.body());
                    case "identity", "" -> response.body();
                    default -> null;
                };
            } catch (InflationCap.Exceeded e) {
                return new FetchResult.Failed("body_too_large", "decompressed gzip body from " + current + " "
                        + e.getMessage()).received(received);
            } catch (IOException e) {
                return new FetchResult.Failed("encoding", "bad gzip body: " + e.getMessage()).received(received);
            }
            if (body == null) {
                return new FetchResult.Failed("encoding", "unsupported Content-Encoding " + encoding)
                        .received(received);
            }
            return new FetchResult.Fetched(current, body, response.headers().firstValue("Content-Type").orElse(null),
                    etag, lastModified, maxAge, received);
        }
    }

    private FetchResult.Failed failure(URI target, Throwable cause) {
        if (cause instanceof CappedBody.TooLarge) {
            // the body was read up to the cap before it was given up
            return new FetchResult.Failed("body_too_large", cause.getMessage(), settings.maxBodyBytes());
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new FetchResult.Failed("timeout", "connect timed out after " + settings.connectTimeout());
        }
        if (cause instanceof HttpTimeoutException) {
            return timeout();
        }
        int port = target.getPort() != -1 ? target.getPort() : target.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        String refusal = proxy.takeRefusal(target.getHost(), port);
        if (refusal != null) {
            return new FetchResult.Failed(refusal.contains("refused") ? "refused" : "connect", refusal);
        }
        return new FetchResult.Failed("io", cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
    }

    private FetchResult.Failed timeout() {
        return new FetchResult.Failed("timeout", "no complete answer within " + settings.requestTimeout());
    }

    /** Inflates within the body cap and the inflate ratio: a gzip bomb stops after a few megabytes. */
    private byte[] gunzip(byte[] compressed) throws IOException {
        try (InputStream in = InflationCap.gunzip(new ByteArrayInputStream(compressed), settings.maxBodyBytes(),
                "--max-body-bytes / FETCH_MAX_BODY_BYTES", maxInflateRatio)) {
            return in.readAllBytes();
        }
    }

    @Override
    public void close() {
        client.shutdownNow();
        proxy.close();
        executor.shutdownNow();
    }
}
