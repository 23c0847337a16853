package io.newswire.store;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.runtime.HealthCheck;
import io.newswire.runtime.OpsEndpoints;
import io.newswire.runtime.kafka.KafkaWatch;
import io.newswire.store.api.StoreApi;
import io.newswire.store.consume.StoreConsumers;
import io.newswire.store.schema.Database;
import io.newswire.store.stream.StreamHub;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running store-service: schema migrated, consumer storing, HTTP API serving. {@link #start} returns once all of
 * it runs in the background; {@link #close} stops it within seconds (the API, then the consumer, which finishes or
 * abandons its batch before the pool closes).
 */
public final class StoreService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StoreService.class);

    private final List<AutoCloseable> parts;
    private final StoreApi api;
    private final StoreConsumers consumers;

    private StoreService(List<AutoCloseable> parts, StoreApi api, StoreConsumers consumers) {
        this.parts = parts;
        this.api = api;
        this.consumers = consumers;
    }

    public static StoreService start(StoreConfig config) {
        List<AutoCloseable> started = new ArrayList<>(); // in start order; closed in reverse
        try {
            HikariDataSource db = Database.pool(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword(),
                    config.dbPoolSize());
            started.add(db);
            Database.migrate(db);
            PrometheusMeterRegistry registry = OpsEndpoints.newRegistry("store-service");
            started.add(registry::close);
            // the consumer retries an unreachable broker silently, and the API serves without it: say so in the log
            started.add(KafkaWatch.start("store-service", config.bootstrapServers(), log));
            Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                    AdminClientConfig.CLIENT_ID_CONFIG, "newswire-store-health"));
            started.add(admin);
            StreamHub hub = new StreamHub();
            StoreConsumers consumers = StoreConsumers.start(config, db, registry, hub);
            started.add(consumers);
            List<HealthCheck> checks = List.of(
                    HealthCheck.of("database", () -> {
                        try (Connection c = db.getConnection()) {
                            return c.isValid(2);
                        }
                    }),
                    HealthCheck.of("kafka", () -> !admin.describeCluster(new DescribeClusterOptions()
                            .timeoutMs(3_000)).nodes().get(3, TimeUnit.SECONDS).isEmpty()),
                    HealthCheck.of("consumer", consumers::isRunning));
            StoreApi api = StoreApi.start(config.httpPort(), db, hub, registry, checks);
            started.add(api);
            started.add(hub); // closed first: open streams would otherwise hold up the HTTP server's stop
            log.info("store-service serving on port {}: {}", api.port(), config);
            return new StoreService(started, api, consumers);
        } catch (RuntimeException e) {
            closeAll(started);
            throw e;
        }
    }

    /** The HTTP API's port (the configured one, or the one picked for port 0). */
    public int httpPort() {
        return api.port();
    }

    /** False once a consumer stopped on a failure it could not recover from. */
    public boolean isConsuming() {
        return consumers.isRunning();
    }

    @Override
    public void close() {
        closeAll(parts);
        log.info("store-service stopped");
    }

    private static void closeAll(List<AutoCloseable> parts) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            try {
                parts.get(i).close();
            } catch (Exception e) {
                log.warn("stopping {}: {}", parts.get(i).getClass().getSimpleName(), e.toString());
            }
        }
    }
}
