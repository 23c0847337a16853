package io.newswire.store.schema;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The store's database: its connection pool and its schema, migrated by Flyway from {@code db/migration}. */
public final class Database {
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private Database() {
    }

    /**
     * A pool that gives up on a connection after 3 s, so that while PostgreSQL is away the consumer's retries and
     * the API's 503s come quickly instead of hanging.
     */
    public static HikariDataSource pool(String jdbcUrl, String user, String password, int size) {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(jdbcUrl);
        cfg.setUsername(user);
        cfg.setPassword(password);
        cfg.setMaximumPoolSize(size);
        cfg.setMinimumIdle(1);
        cfg.setConnectionTimeout(3_000);
        cfg.setValidationTimeout(2_000);
        cfg.setPoolName("newswire-store");
        cfg.addDataSourceProperty("ApplicationName", "newswire-store");
        cfg.addDataSourceProperty("reWriteBatchedInserts", "true");
        // a server that stops answering (rather than closing the connection) must not hang a batch forever
        cfg.addDataSourceProperty("socketTimeout", "120");
        return new HikariDataSource(cfg);
    }

    /** Brings the schema up to date; safe to run on every start and from several instances at once. */
    public static void migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            log.info("database schema migrated to version {} ({} migrations)", result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
    }
}
