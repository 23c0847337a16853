package io.newswire.ingest.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A local HTTP server for fetch and poll tests: routes by path, counts and records the requests it gets. */
public final class FeedServer implements AutoCloseable {
    /** What a route answers; may block (to play a server that never answers). */
    public interface Route {
        void handle(HttpExchange exchange) throws IOException;
    }

    /** One request as received. */
    public record Request(String path, Map<String, List<String>> headers, java.time.Instant at) {
        public String header(String name) {
            for (var e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().isEmpty() ? null : e.getValue().get(0);
                }
            }
            return null;
        }
    }

    private final HttpServer server;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.add(new Request(path, Map.copyOf(exchange.getRequestHeaders()), java.time.Instant.now()));
            counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            Route route = routes.get(path);
            try {
                if (route == null) {
                    exchange.sendResponseHeaders(404, -1);
                } else {
                    route.handle(exchange);
                }
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public FeedServer route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    /** Serves {@code body} with the content type, 200. */
    public FeedServer serve(String path, String contentType, byte[] body) {
        return route(path, ex -> respond(ex, 200, contentType, body));
    }

    /**
     * Serves {@code body} with the validators, and 304 to a request that echoes the ETag in If-None-Match; may add
     * a {@code Cache-Control} value.
     */
    public FeedServer conditional(String path, String etag, String lastModified, String cacheControl, byte[] body) {
        return route(path, ex -> {
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().set("ETag", etag);
            ex.getResponseHeaders().set("Last-Modified", lastModified);
            if (cacheControl != null) {
                ex.getResponseHeaders().set("Cache-Control", cacheControl);
            }
            respond(ex, 200, "application/rss+xml", body);
        });
    }

    public static void respond(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port());
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    public int count(String path) {
        AtomicInteger c = counts.get(path);
        return c == null ? 0 : c.get();
    }

    public int totalRequests() {
        return requests.size();
    }

    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    public void resetCounts() {
        counts.clear();
        requests.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
