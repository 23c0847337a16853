package io.newswire.runtime;

import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;

/** A small HTTP server with only the {@link OpsEndpoints}, for services that serve no API of their own. */
public final class OpsServer implements AutoCloseable {
    private final Javalin app;

    private OpsServer(Javalin app) {
        this.app = app;
    }

    /** Starts on {@code port} (0 picks a free one) on all interfaces. */
    public static OpsServer start(int port, PrometheusMeterRegistry registry, List<HealthCheck> checks) {
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.concurrency.useVirtualThreads = true;
            OpsEndpoints.install(cfg.routes, registry, checks);
        });
        app.start(port);
        return new OpsServer(app);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
