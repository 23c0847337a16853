package io.newswire.embedded.junit;

import io.newswire.embedded.kafka.EmbeddedKafka;
import io.newswire.embedded.postgres.EmbeddedPostgres;
import io.newswire.embedded.postgres.ExternalPostgres;
import io.newswire.embedded.postgres.PostgresServer;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves the shared broker and database (see {@link WithInfra}). Both live in the root context's store, so they
 * are started once per test JVM, only if some test asks for them, and closed (they are {@code AutoCloseable})
 * when the run ends.
 */
public final class InfraExtension implements ParameterResolver {
    public static final String PG_URL_ENV = "NEWSWIRE_TEST_PG_URL";

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(InfraExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext ctx) {
        Class<?> type = p.getParameter().getType();
        return (type == String.class && p.isAnnotated(KafkaBootstrap.class))
                || type == EmbeddedKafka.class
                || type == DataSource.class
                || type == PostgresServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext ctx) {
        Class<?> type = p.getParameter().getType();
        if (type == String.class) {
            return kafka(ctx).bootstrapServers();
        }
        if (type == EmbeddedKafka.class) {
            return kafka(ctx);
        }
        if (type == DataSource.class) {
            return postgres(ctx).dataSource();
        }
        if (type == PostgresServer.class) {
            return postgres(ctx);
        }
        throw new ParameterResolutionException("cannot resolve " + p.getParameter());
    }

    /** The JVM's broker, started on first use. */
    public static EmbeddedKafka kafka(ExtensionContext ctx) {
        return store(ctx).getOrComputeIfAbsent("kafka", k -> EmbeddedKafka.start(), EmbeddedKafka.class);
    }

    /** The JVM's PostgreSQL: {@value #PG_URL_ENV} if set, else an embedded server, started on first use. */
    public static PostgresServer postgres(ExtensionContext ctx) {
        return store(ctx).getOrComputeIfAbsent("postgres", k -> startPostgres(), PostgresServer.class);
    }

    private static PostgresServer startPostgres() {
        String url = System.getenv(PG_URL_ENV);
        if (url != null && !url.isBlank()) {
            return new ExternalPostgres(url.trim(), System.getenv("NEWSWIRE_TEST_PG_USER"),
                    System.getenv("NEWSWIRE_TEST_PG_PASSWORD"));
        }
        return EmbeddedPostgres.start();
    }

    private static ExtensionContext.Store store(ExtensionContext ctx) {
        return ctx.getRoot().getStore(NS);
    }

}
