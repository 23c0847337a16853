package io.newswire.runtime;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The operations endpoints every Newswire service serves:
 * {@code /health} and {@code /health/ready} (200 when every check passes, else 503, with each check's state),
 * {@code /health/live} (200 while the process serves HTTP) and {@code /metrics} in Prometheus text format.
 */
public final class OpsEndpoints {
    private OpsEndpoints() {
    }

    /** A Prometheus registry with the JVM and process meters bound. */
    public static PrometheusMeterRegistry newRegistry(String service) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("service", service);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return registry;
    }

    public static void install(RoutesConfig routes, PrometheusMeterRegistry registry, List<HealthCheck> checks) {
        routes.get("/health", ctx -> ready(ctx, checks));
        routes.get("/health/ready", ctx -> ready(ctx, checks));
        routes.get("/health/live", ctx -> ctx.json(Map.of("status", "UP")));
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(registry.scrape()));
    }

    private static void ready(Context ctx, List<HealthCheck> checks) {
        Map<String, String> states = new LinkedHashMap<>();
        boolean up = true;
        for (HealthCheck c : checks) {
            String state;
            try {
                state = c.check() ? "UP" : "DOWN";
            } catch (Exception e) {
                state = "DOWN: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
            up &= state.equals("UP");
            states.put(c.name(), state);
        }
        ctx.status(up ? 200 : 503).json(Map.of("status", up ? "UP" : "DOWN", "checks", states));
    }
}
