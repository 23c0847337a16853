package io.newswire.embedded.postgres;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;

/**
 * An existing PostgreSQL server given by a JDBC URL such as
 * {@code jdbc:postgresql://db:5432/newswire?user=newswire&password=secret}; user and password may also come apart.
 */
public final class ExternalPostgres implements PostgresServer {
    private final String base;
    private final String database;
    private final String query;
    private final String user;
    private final String password;
    private final HikariDataSource dataSource;

    public ExternalPostgres(String jdbcUrl, String user, String password) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        this.base = "jdbc:postgresql://" + uri.getRawAuthority() + "/";
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        this.database = path.isEmpty() ? "postgres" : path;
        this.query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        this.user = user;
        this.password = password;
        this.dataSource = pool(database, 8);
    }

    @Override
    public String jdbcUrl(String db) {
        return base + db + query;
    }

    @Override
    public String defaultDatabase() {
        return database;
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public HikariDataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
