package io.newswire.ingest.fetch;

import static io.newswire.ingest.testing.FeedServer.respond;
import static io.newswire.ingest.testing.FeedServer.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.ingest.testing.FeedServer;
import io.newswire.ingest.testing.Feeds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedFetcherTest {
    private FeedServer server;
    private FeedServer secret;
    private FeedFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = new FeedServer();
        secret = new FeedServer().serve("/secret", "text/plain", utf8("the secret"));
        fetcher = new FeedFetcher(settings(false, 1024 * 1024));
    }

    /** Private networks refused, except the test server's exact address and port. */
    private FetchSettings settings(boolean allowPrivate, long cap) {
        return FetchSettings.defaults().withRequestTimeout(Duration.ofSeconds(3)).withMaxBodyBytes(cap)
                .withEgress(new EgressPolicy(allowPrivate, Set.of(server.address())));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
        secret.close();
    }

    @Test
    void conditionalGetEchoesValidatorsExactlyAndA304IsNotModified() {
        String etag = "W/\"abc-123\"";
        String lastModified = "Wed, 21 Oct 2015 07:28:00 GMT";
        server.conditional("/feed", etag, lastModified, "public, max-age=600",
                utf8(Feeds.rss("F", "http://example.com", 0, 2)));

        FetchResult first = fetcher.fetch(server.uri("/feed"), Validators.NONE);
        assertThat(first).isInstanceOf(FetchResult.Fetched.class);
        FetchResult.Fetched fetched = (FetchResult.Fetched) first;
        assertThat(fetched.etag()).isEqualTo(etag);
        assertThat(fetched.lastModified()).isEqualTo(lastModified);
        assertThat(fetched.maxAge()).isEqualTo(Duration.ofMinutes(10));
        assertThat(new String(fetched.body())).contains("Item 1 of F");

        FetchResult second = fetcher.fetch(server.uri("/feed"), new Validators(fetched.etag(), fetched.lastModified()));
        assertThat(second).isInstanceOf(FetchResult.NotModified.class);
        var sent = server.requests("/feed").get(1);
        assertThat(sent.header("If-None-Match")).isEqualTo(etag);
        assertThat(sent.header("If-Modified-Since")).isEqualTo(lastModified);
        assertThat(sent.header("User-Agent")).startsWith("Newswire/");
        assertThat(sent.header("Accept-Encoding")).contains("gzip");
    }

    @Test
    void gzipBodiesAreDecompressed() {
        byte[] xml = utf8(Feeds.rss("Zipped", "http://example.com", 0, 50));
        server.route("/gz", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            respond(ex, 200, "application/rss+xml", gzip(xml));
        });
        FetchResult.Fetched r = (FetchResult.Fetched) fetcher.fetch(server.uri("/gz"), Validators.NONE);
        assertThat(r.body()).isEqualTo(xml);
        assertThat(r.wireBytes()).isLessThan(xml.length);
    }

    @Test
    void anEndlessBodyIsCutAtTheCapAndReported() {
        server.route("/endless", ex -> {
            ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, 0); // chunked, no length
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 1000; i++) { // 64 MB if nobody stops it
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the client hung up at the cap
            }
        });
        FetchResult r = fetcher.fetch(server.uri("/endless"), Validators.NONE);
        assertThat(r).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.reason()).isEqualTo("body_too_large"));
    }

    @Test
    void aGzipBombStopsAtTheCap() {
        byte[] bomb = gzip(new byte[50 * 1024 * 1024]); // 50 MB of zeros, about 50 kB on the wire
        server.route("/bomb", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            respond(ex, 200, "application/rss+xml", bomb);
        });
        FetchResult r = fetcher.fetch(server.uri("/bomb"), Validators.NONE);
        assertThat(r).isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
            assertThat(f.reason()).isEqualTo("body_too_large");
            assertThat(f.message()).contains("decompressed");
        });
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        server.route("/hang", ex -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        long t0 = System.nanoTime();
        FetchResult r = fetcher.fetch(server.uri("/hang"), Validators.NONE);
        assertThat(r).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.reason()).isEqualTo("timeout"));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void redirectsToLoopbackOrCloudMetadataAreRefused() {
        server.route("/to-loopback", ex -> redirect(ex, secret.uri("/secret").toString()));
        server.route("/to-metadata", ex -> redirect(ex, "http://169.254.169.254/latest/meta-data/"));
        server.route("/to-metadata-tls", ex -> redirect(ex, "https://169.254.169.254/latest/meta-data/"));

        assertThat(fetcher.fetch(server.uri("/to-loopback"), Validators.NONE))
                .isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
                    assertThat(f.reason()).isEqualTo("refused");
                    assertThat(f.message()).contains("loopback").contains("127.0.0.1");
                });
        assertThat(fetcher.fetch(server.uri("/to-metadata"), Validators.NONE))
                .isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
                    assertThat(f.reason()).isEqualTo("refused");
                    assertThat(f.message()).contains("169.254.169.254");
                });
        assertThat(fetcher.fetch(server.uri("/to-metadata-tls"), Validators.NONE))
                .isInstanceOfSatisfying(FetchResult.Failed.class, f -> assertThat(f.reason()).isEqualTo("refused"));
        assertThat(secret.totalRequests()).isZero();
    }

    @Test
    void aDirectRequestToAPrivateAddressIsRefusedToo() {
        assertThat(fetcher.fetch(secret.uri("/secret"), Validators.NONE))
                .isInstanceOfSatisfying(FetchResult.Failed.class, f -> assertThat(f.reason()).isEqualTo("refused"));
        assertThat(secret.totalRequests()).isZero();
    }

    @Test
    void privateNetworksCanBeAllowedExplicitly() {
        server.route("/to-loopback", ex -> redirect(ex, secret.uri("/secret").toString()));
        try (FeedFetcher open = new FeedFetcher(settings(true, 1024 * 1024))) {
            FetchResult r = open.fetch(server.uri("/to-loopback"), Validators.NONE);
            assertThat(r).isInstanceOfSatisfying(FetchResult.Fetched.class, f -> {
                assertThat(new String(f.body())).isEqualTo("the secret");
                assertThat(f.finalUrl()).isEqualTo(secret.uri("/secret"));
            });
        }
        assertThat(secret.totalRequests()).isEqualTo(1);
    }

    @Test
    void atMostFiveRedirectsAndOnlyHttpSchemes() {
        server.route("/loop", ex -> redirect(ex, "/loop"));
        server.route("/to-file", ex -> redirect(ex, "file:///etc/passwd"));
        assertThat(fetcher.fetch(server.uri("/loop"), Validators.NONE))
                .isInstanceOfSatisfying(FetchResult.Failed.class,
                        f -> assertThat(f.reason()).isEqualTo("too_many_redirects"));
        assertThat(server.count("/loop")).isEqualTo(6);
        assertThat(fetcher.fetch(server.uri("/to-file"), Validators.NONE))
                .isInstanceOfSatisfying(FetchResult.Failed.class, f -> assertThat(f.reason()).isEqualTo("scheme"));
        assertThat(fetcher.fetch(URI.create("ftp://example.com/feed"), Validators.NONE))
                .isInstanceOfSatisfying(FetchResult.Failed.class, f -> assertThat(f.reason()).isEqualTo("scheme"));
    }

    @Test
    void withPrivateNetworksAllowedARedirectToCloudMetadataIsStillRefused() {
        server.route("/to-metadata", ex -> redirect(ex, "http://169.254.169.254/latest/meta-data/"));
        try (FeedFetcher open = new FeedFetcher(settings(true, 1024 * 1024))) {
            assertThat(open.fetch(server.uri("/to-metadata"), Validators.NONE))
                    .isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
                        assertThat(f.reason()).isEqualTo("refused");
                        assertThat(f.message()).startsWith("cloud metadata address 169.254.169.254");
                        assertThat(io.newswire.ingest.ops.IngestMetrics.refusalKind(f.message()))
                                .isEqualTo("cloud_metadata");
                    });
        }
    }

    @Test
    void bytesOfFailedFetchesAreCountedEveryHopIncluded() {
        byte[] page = utf8("<html>" + "not here ".repeat(200) + "</html>");
        server.route("/gone", ex -> respond(ex, 404, "text/html", page));
        server.route("/moved", ex -> {
            byte[] note = utf8("moved to /gone");
            ex.getResponseHeaders().set("Location", "/gone");
            respond(ex, 301, "text/plain", note);
        });
        assertThat(fetcher.fetch(server.uri("/gone"), Validators.NONE))
                .isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
                    assertThat(f.reason()).isEqualTo("http_404");
                    assertThat(f.wireBytes()).isEqualTo(page.length);
                });
        assertThat(fetcher.fetch(server.uri("/moved"), Validators.NONE).wireBytes())
                .isEqualTo(page.length + "moved to /gone".length());
    }

    @Test
    void aRedirectWithoutAUsableLocationFails() {
        server.route("/nowhere", ex -> ex.sendResponseHeaders(302, -1));
        server.route("/broken", ex -> redirect(ex, "http://[oops/feed"));
        assertThat(fetcher.fetch(server.uri("/nowhere"), Validators.NONE))
                .isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
                    assertThat(f.reason()).isEqualTo("http_302");
                    assertThat(f.message()).isEqualTo("redirect without a Location");
                });
        assertThat(fetcher.fetch(server.uri("/broken"), Validators.NONE))
                .isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
                    assertThat(f.reason()).isEqualTo("http_302");
                    assertThat(f.message()).isEqualTo("bad redirect Location http://[oops/feed");
                });
    }

    @Test
    void anUnknownOrBrokenContentEncodingFails() {
        server.route("/brotli", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "br");
            respond(ex, 200, "application/rss+xml", utf8("not really brotli"));
        });
        server.route("/not-gzip", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            respond(ex, 200, "application/rss+xml", utf8("plain bytes, not gzip"));
        });
        server.route("/x-gzip", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", " X-GZIP ");
            respond(ex, 200, "application/rss+xml", gzip(utf8("<rss/>")));
        });
        assertThat(fetcher.fetch(server.uri("/brotli"), Validators.NONE))
                .isEqualTo(new FetchResult.Failed("encoding", "unsupported Content-Encoding br",
                        "not really brotli".length()));
        assertThat(fetcher.fetch(server.uri("/not-gzip"), Validators.NONE))
                .isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
                    assertThat(f.reason()).isEqualTo("encoding");
                    assertThat(f.message()).startsWith("bad gzip body: ");
                });
        assertThat(fetcher.fetch(server.uri("/x-gzip"), Validators.NONE))
                .isInstanceOfSatisfying(FetchResult.Fetched.class, f -> assertThat(f.body()).isEqualTo(utf8("<rss/>")));
    }

    @Test
    void aServerErrorFailsWithItsStatusAndA503IsThrottlingWithoutRetryAfter() {
        server.route("/broken", ex -> ex.sendResponseHeaders(500, -1));
        server.route("/down", ex -> ex.sendResponseHeaders(503, -1));
        assertThat(fetcher.fetch(server.uri("/broken"), Validators.NONE))
                .isEqualTo(new FetchResult.Failed("http_500", "HTTP 500 from " + server.uri("/broken")));
        assertThat(fetcher.fetch(server.uri("/down"), Validators.NONE))
                .isEqualTo(new FetchResult.Throttled(503, null));
    }

    @Test
    void throttlingAnswersCarryRetryAfter() {
        server.route("/busy", ex -> {
            ex.getResponseHeaders().set("Retry-After", "120");
            ex.sendResponseHeaders(429, -1);
        });
        assertThat(fetcher.fetch(server.uri("/busy"), Validators.NONE))
                .isEqualTo(new FetchResult.Throttled(429, Duration.ofSeconds(120)));
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
