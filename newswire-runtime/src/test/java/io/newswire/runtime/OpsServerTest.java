package io.newswire.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class OpsServerTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthFollowsTheChecksAndMetricsAreScrapeable() throws Exception {
        AtomicBoolean dbUp = new AtomicBoolean(true);
        PrometheusMeterRegistry registry = OpsEndpoints.newRegistry("test");
        registry.counter("newswire_things_total").increment(3);
        try (OpsServer server = OpsServer.start(0, registry, List.of(HealthCheck.of("database", dbUp::get),
                HealthCheck.of("kafka", () -> {
                    throw new IllegalStateException("no broker");
                })))) {
            var health = get(server.port(), "/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"database\":\"UP\"").contains("no broker");
            assertThat(get(server.port(), "/health/live").statusCode()).isEqualTo(200);
            var metrics = get(server.port(), "/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("newswire_things_total").contains("jvm_memory_used_bytes");
        }
    }
}
