package io.newswire.embedded.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;

/** A PostgreSQL server to connect to: started here ({@link EmbeddedPostgres}) or given by URL ({@link ExternalPostgres}). */
public interface PostgresServer extends AutoCloseable {

    /** The JDBC URL of one database on this server. */
    String jdbcUrl(String database);

    /** The database that {@link #dataSource()} connects to. */
    String defaultDatabase();

    String user();

    String password();

    /** A pooled connection to the default database, owned (and closed) by the server. */
    DataSource dataSource();

    /** A new empty database with a unique name, for a test or a component that wants one of its own. */
    default String createDatabase(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        return name;
    }

    /** A small pool on one database of this server; the caller closes it. */
    default HikariDataSource pool(String database, int maxSize) {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(jdbcUrl(database));
        cfg.setUsername(user());
        cfg.setPassword(password());
        cfg.setMaximumPoolSize(maxSize);
        cfg.setMinimumIdle(0);
        cfg.setPoolName("newswire-" + database);
        return new HikariDataSource(cfg);
    }

    @Override
    void close();
}
