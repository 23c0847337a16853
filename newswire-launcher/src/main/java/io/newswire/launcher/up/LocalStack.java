package io.newswire.launcher.up;

import io.newswire.embedded.kafka.EmbeddedKafka;
import io.newswire.embedded.postgres.EmbeddedPostgres;
import io.newswire.enrich.EnrichConfig;
import io.newswire.enrich.EnrichService;
import io.newswire.ingest.IngestConfig;
import io.newswire.ingest.IngestService;
import io.newswire.ingest.IngestTopics;
import io.newswire.ingest.poll.PollSettings;
import io.newswire.model.Topics;
import io.newswire.store.StoreConfig;
import io.newswire.store.StoreService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline in this process: a Kafka broker and PostgreSQL started here, the topics, and the three
 * services started through their embedding API. Data lives in a {@link DataDir} and survives a restart.
 * {@link #close} stops everything, services first, in a few seconds.
 */
public final class LocalStack implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    static final String DATABASE = "newswire";
    static final String STORE_GROUP = StoreConfig.DEFAULT_GROUP_ID;

    /**
     * @param kafkaPort            the broker's client port, 0 for a free one
     * @param httpPort             the store API's port, 0 for a free one
     * @param feedsFile            the feed list to poll (OPML or one URL per line), null for none
     * @param firstPoll            a feed is first polled within this time of the start
     * @param allowPrivateNetworks lets the fetcher reach loopback and private addresses (local feeds)
     */
    public record Options(DataDir data, int kafkaPort, int httpPort, int partitions, Path feedsFile,
            Duration firstPoll, boolean allowPrivateNetworks, Topics topics, IngestTopics ingestTopics) {
    }

    private final List<AutoCloseable> parts = new ArrayList<>(); // in start order; closed in reverse
    private final Options options;
    private EmbeddedKafka kafka;
    private EmbeddedPostgres postgres;
    private StoreService store;
    private EnrichService enrich;
    private IngestService ingest;

    private LocalStack(Options options) {
        this.options = options;
    }

    /**
     * Starts everything and returns once the services run.
     *
     * @param progress told what is ready, step by step
     */
    public static LocalStack start(Options options, Consumer<String> progress) throws IOException {
        LocalStack stack = new LocalStack(options);
        try {
            stack.startAll(progress);
            return stack;
        } catch (RuntimeException | IOException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll(Consumer<String> progress) throws IOException {
        requireFreePort(options.kafkaPort(), "Kafka", "--kafka-port");
        requireFreePort(options.httpPort(), "the HTTP API", "--http-port");
        DataDir data = options.data().prepare();
        long t0 = System.nanoTime();
        // the broker and the database start at the same time: each spends most of its start waiting
        ExecutorService starter = Executors.newFixedThreadPool(2, r -> new Thread(r, "newswire-up-start"));
        try {
            CompletableFuture<EmbeddedKafka> k = CompletableFuture.supplyAsync(() -> EmbeddedKafka.builder()
                    .port(options.kafkaPort()).dataDir(data.kafka()).defaultPartitions(options.partitions())
                    .start(), starter);
            CompletableFuture<EmbeddedPostgres> pg = CompletableFuture.supplyAsync(() -> EmbeddedPostgres.builder()
                    .dataDir(data.postgres()).start(), starter);
            kafka = join(k, "Kafka", pg);
            parts.add(kafka);
            postgres = join(pg, "PostgreSQL", null);
            parts.add(postgres);
        } finally {
            starter.shutdown();
        }
        progress.accept(String.format("Kafka at %s and PostgreSQL ready (%.1f s)", kafka.bootstrapServers(),
                seconds(t0)));

        TopicPlan plan = TopicPlan.of(options.topics(), options.ingestTopics(), options.partitions());
        for (TopicPlan.Entry t : plan.topics()) {
            kafka.createTopics(t.partitions(), t.configs(), List.of(t.name()));
        }
        createDatabase();

        store = StoreService.start(StoreConfig.defaults()
                .withKafka(kafka.bootstrapServers(), STORE_GROUP)
                .withTopics(options.topics())
                .withDatabase(jdbcUrl(), postgres.user(), postgres.password())
                .withHttpPort(options.httpPort()));
        parts.add(store);
        enrich = EnrichService.start(EnrichConfig.of(kafka.bootstrapServers(), options.topics())
                .withStateDir(data.streamsState())
                .withHttpPort(0));
        parts.add(enrich);
        PollSettings poll = PollSettings.defaults();
        IngestConfig ingestConfig = IngestConfig.defaults(kafka.bootstrapServers())
                .withTopics(options.topics(), options.ingestTopics())
                .withFeedsFile(options.feedsFile())
                .withHttpPort(0)
                .withPoll(new PollSettings(poll.interval(), poll.minInterval(), poll.maxInterval(),
                        poll.perHostConcurrency(), poll.hostGap(), poll.maxBackoff(), options.firstPoll()));
        ingest = IngestService.start(options.allowPrivateNetworks() ? ingestConfig.allowingPrivateNetworks()
                : ingestConfig);
        parts.add(ingest);
        progress.accept(String.format("services started (%.1f s)", seconds(t0)));
    }

    private static <T> T join(CompletableFuture<T> f, String what, CompletableFuture<? extends AutoCloseable> other) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (other != null) {
                // the other half may still come up: it must not outlive this failed start
                other.thenAccept(LocalStack::closeQuietly);
            }
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException re ? re
                    : new IllegalStateException(what + " did not start: " + cause.getMessage(), cause);
        }
    }

    private void createDatabase() {
        try (Connection c = postgres.dataSource().getConnection()) {
            try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                q.setString(1, DATABASE);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    private static void requireFreePort(int port, String what, String flag) {
        if (port == 0) {
            return;
        }
        try {
            // free when we can bind it: the broker or the API binds it again in a moment
            new ServerSocket(port, 1, InetAddress.getLoopbackAddress()).close();
        } catch (IOException e) {
            throw new UncheckedIOException("port " + port + " for " + what + " is taken (another newswire or Kafka "
                    + "running?): stop it or choose another with " + flag, e);
        }
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public int httpPort() {
        return store.httpPort();
    }

    public int ingestHttpPort() {
        return ingest.httpPort();
    }

    public int enrichHttpPort() {
        return enrich.httpPort();
    }

    public String jdbcUrl() {
        return postgres.jdbcUrl(DATABASE);
    }

    public String jdbcUser() {
        return postgres.user();
    }

    public Path dataDir() {
        return options.data().root();
    }

    /** The consumer groups of the pipeline, upstream first, with the topics each reads. */
    public List<PipelineDrain.Reader> readers() {
        Topics t = options.topics();
        return List.of(
                new PipelineDrain.Reader(EnrichConfig.DEFAULT_APPLICATION_ID, List.of(t.articlesRaw().name())),
                new PipelineDrain.Reader(STORE_GROUP, List.of(t.articlesEnriched().name(), t.visits().name())));
    }

    /** Stops the services, then the broker and the database. */
    @Override
    public void close() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            closeQuietly(parts.get(i));
        }
        parts.clear();
    }

    private static void closeQuietly(AutoCloseable part) {
        try {
            part.close();
        } catch (Exception e) {
            log.warn("stopping {}: {}", part.getClass().getSimpleName(), e.toString());
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
