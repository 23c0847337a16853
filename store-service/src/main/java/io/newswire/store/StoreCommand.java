package io.newswire.store;

import io.newswire.runtime.cli.CommandGroup;
import io.newswire.runtime.cli.KafkaTopicsOptions;
import io.newswire.store.schema.Database;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The store-service command line: {@code run} (consume and serve) and {@code migrate} (schema only). */
@Command(name = "store-service", mixinStandardHelpOptions = true, version = "newswire store-service 0.1.0",
        description = "Stores enriched articles and visits from Kafka in PostgreSQL and serves them over HTTP.",
        subcommands = {StoreCommand.Run.class, StoreCommand.Migrate.class})
public final class StoreCommand extends CommandGroup {
    public static void main(String[] args) {
        CommandGroup.execute(new StoreCommand(), args);
    }

    /** The database options, shared by every subcommand. */
    static final class DatabaseOptions {
        @Option(names = "--jdbc-url", defaultValue = "${env:JDBC_URL:-" + StoreConfig.DEFAULT_JDBC_URL + "}",
                description = "PostgreSQL JDBC URL (env JDBC_URL; default ${DEFAULT-VALUE})")
        String jdbcUrl;

        @Option(names = "--jdbc-user", defaultValue = "${env:JDBC_USER:-" + StoreConfig.DEFAULT_JDBC_USER + "}",
                description = "database user (env JDBC_USER; default ${DEFAULT-VALUE})")
        String jdbcUser;

        @Option(names = "--jdbc-password", defaultValue = "${env:JDBC_PASSWORD:-}",
                description = "database password (env JDBC_PASSWORD; default empty)")
        String jdbcPassword;
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Consume news.articles.enriched and news.visits into PostgreSQL and serve the HTTP API "
                    + "until SIGTERM or Ctrl-C.")
    static final class Run implements Callable<Integer> {
        @Mixin
        KafkaTopicsOptions kafka = new KafkaTopicsOptions();

        @Option(names = "--group-id", defaultValue = "${env:GROUP_ID:-" + StoreConfig.DEFAULT_GROUP_ID + "}",
                description = "consumer group; instances sharing it share the work (env GROUP_ID; "
                        + "default ${DEFAULT-VALUE})")
        String groupId;

        @Mixin
        DatabaseOptions db = new DatabaseOptions();

        @Option(names = "--http-port", defaultValue = "${env:HTTP_PORT:-" + StoreConfig.DEFAULT_HTTP_PORT + "}",
                description = "HTTP API port, 0 for any free one (env HTTP_PORT; default ${DEFAULT-VALUE})")
        int httpPort;

        @Option(names = "--batch-size", defaultValue = "${env:BATCH_SIZE:-" + StoreConfig.DEFAULT_BATCH_SIZE + "}",
                description = "records per database transaction at most (env BATCH_SIZE; default ${DEFAULT-VALUE})")
        int batchSize;

        @Option(names = "--db-pool-size",
                defaultValue = "${env:DB_POOL_SIZE:-" + StoreConfig.DEFAULT_DB_POOL_SIZE + "}",
                description = "database connections (env DB_POOL_SIZE; default ${DEFAULT-VALUE})")
        int dbPoolSize;

        @Option(names = "--consumers",
                defaultValue = "${env:CONSUMERS:-" + StoreConfig.DEFAULT_CONSUMERS + "}",
                description = "consumers in this process, each with its own database connection and share of the "
                        + "partitions (env CONSUMERS; default ${DEFAULT-VALUE})")
        int consumers;

        @Option(names = "--max-retry-backoff", defaultValue = "${env:MAX_RETRY_BACKOFF:-PT5S}",
                converter = DurationConverter.class,
                description = "longest wait between retries while the database is away, ISO-8601 "
                        + "(env MAX_RETRY_BACKOFF; default ${DEFAULT-VALUE})")
        Duration maxRetryBackoff;

        @Option(names = "--group-instance-id", defaultValue = "${env:GROUP_INSTANCE_ID:-}",
                description = "static group membership: an id of this instance's own, kept across its restarts, so "
                        + "a restart resumes at once (env GROUP_INSTANCE_ID; default none, a dynamic member)")
        String groupInstanceId;

        StoreConfig config() {
            return new StoreConfig(kafka.bootstrapServers(), groupId, kafka.topics(),
                    db.jdbcUrl, db.jdbcUser, db.jdbcPassword, httpPort, batchSize, dbPoolSize, maxRetryBackoff,
                    groupInstanceId, consumers);
        }

        @Override
        public Integer call() throws InterruptedException {
            CountDownLatch stopped = new CountDownLatch(1);
            StoreService service = StoreService.start(config());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                service.close();
                stopped.countDown();
            }, "store-service-shutdown"));
            stopped.await();
            return 0;
        }
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true,
            description = "Create or update the database schema, then exit.")
    static final class Migrate implements Callable<Integer> {
        @Mixin
        DatabaseOptions db = new DatabaseOptions();

        @Override
        public Integer call() {
            try (var pool = Database.pool(db.jdbcUrl, db.jdbcUser, db.jdbcPassword, 2)) {
                Database.migrate(pool);
            }
            return 0;
        }
    }

    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return Duration.parse(value);
        }
    }
}
