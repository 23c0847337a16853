package io.newswire.launcher.up;

import io.newswire.embedded.kafka.EmbeddedKafka;
import io.newswire.embedded.postgres.EmbeddedPostgres;
import io.newswire.enrich.EnrichConfig;
import io.newswire.enrich.EnrichService;
import io.newswire.ingest.IngestConfig;
import io.newswire.ingest.IngestService;
import io.newswire.ingest.IngestTopics;
import io.newswire.ingest.fetch.EgressPolicy;
import io.newswire.ingest.poll.PollSettings;
import io.newswire.ingest.replay.ReplaySummary;
import io.newswire.ingest.replay.Replayer;
import io.newswire.model.TopicSpecs;
import io.newswire.model.Topics;
import io.newswire.runtime.kafka.TopicAdmin;
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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.KafkaStreams;
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
     * @param partitions           partitions of the topics created on the first start
     * @param allowPrivateNetworks lets the fetcher reach loopback and private addresses (local feeds)
     * @param allowEndpoints       exact HOST:PORT endpoints the fetcher may reach although private (a local feed)
     * @param replay               archived feed files or folders to publish while the services start
     */
    public record Options(DataDir data, int kafkaPort, int httpPort, TopicSpecs.Partitions partitions, Path feedsFile,
            Duration firstPoll, boolean allowPrivateNetworks, List<String> allowEndpoints, List<Path> replay,
            Topics topics, IngestTopics ingestTopics) {
        public Options {
            allowEndpoints = List.copyOf(allowEndpoints);
            replay = List.copyOf(replay);
        }
    }

    private final List<AutoCloseable> parts = new ArrayList<>(); // in start order; closed in reverse
    private final Options options;
    private EmbeddedKafka kafka;
    private EmbeddedPostgres postgres;
    private StoreService store;
    private EnrichService enrich;
    private IngestService ingest;
    private ReplaySummary replaySummary;

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
        // each part spends most of its start waiting (for a disk, a port, a group): starting them together is faster
        // daemon threads: should a part fail to start, a replay already under way does not hold the JVM
        ExecutorService starter = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "newswire-up-start");
            t.setDaemon(true);
            return t;
        });
        try {
            var k = CompletableFuture.supplyAsync(() -> EmbeddedKafka.builder().port(options.kafkaPort())
                    .dataDir(data.kafka()).defaultPartitions(options.partitions().data()).start(), starter);
            var pg = CompletableFuture.supplyAsync(() -> EmbeddedPostgres.builder().dataDir(data.postgres())
                    .restartIfItDies(true).start(),
                    starter);
            kafka = k.handle((v, x) -> v).join();
            // the replay needs only Kafka: it starts publishing while PostgreSQL and the services start
            CompletableFuture<ReplaySummary> replay = CompletableFuture.completedFuture(null);
            RuntimeException topicsFailed = null;
            if (kafka != null) {
                try {
                    createTopics();
                    replay = CompletableFuture.supplyAsync(this::replay, starter);
                } catch (RuntimeException x) {
                    topicsFailed = x; // thrown once both parts are kept, so that both are closed
                }
            }
            postgres = pg.handle((v, x) -> v).join();
            started(List.of(k, pg));
            if (topicsFailed != null) {
                throw topicsFailed;
            }
            progress.accept(String.format("Kafka at %s and PostgreSQL ready (%.1f s)", kafka.bootstrapServers(),
                    seconds(t0)));

            createDatabase();

            var s = CompletableFuture.supplyAsync(() -> StoreService.start(storeConfig()), starter);
            var e = CompletableFuture.supplyAsync(() -> EnrichService.start(enrichConfig(data)), starter);
            var i = CompletableFuture.supplyAsync(() -> IngestService.start(ingestConfig()), starter);
            store = s.handle((v, x) -> v).join();
            enrich = e.handle((v, x) -> v).join();
            ingest = i.handle((v, x) -> v).join();
            started(List.of(s, e, i));
            progress.accept(String.format("services started (%.1f s)", seconds(t0)));
            replaySummary = replay.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        } finally {
            starter.shutdown();
        }
    }

    /** Keeps the parts that started (to close them later, or now when another failed); throws the first failure. */
    private void started(List<CompletableFuture<? extends AutoCloseable>> starts) {
        RuntimeException failure = null;
        for (var f : starts) {
            try {
                parts.add(f.join());
            } catch (CompletionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException re ? re
                            : new IllegalStateException(e.getCause().getMessage(), e.getCause());
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Every topic of the stack as {@link TopicSpecs} lays it out, the same as docker-compose.yml. */
    private void createTopics() {
        List<TopicSpecs.Spec> specs = TopicSpecs.all(options.topics(), options.ingestTopics().feeds().name(),
                options.ingestTopics().state().name(), options.partitions());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            TopicAdmin.createMissing(admin, specs.stream().map(s -> s.newTopic(Optional.of((short) 1))).toList());
        }
    }

    private ReplaySummary replay() {
        if (options.replay().isEmpty()) {
            return null;
        }
        try {
            // the same replay as `ingest-service replay`: what is on the topic already is skipped
            // the same progress as `replay` (a bar on a terminal): a large archive takes a while
            var progress = io.newswire.ingest.replay.ReplayProgress.forConsole(
                    new java.io.PrintWriter(System.err, true), false);
            try {
                return new Replayer(kafka.bootstrapServers(), options.topics().articlesRaw(), Replayer.Options.ALL,
                        progress::message).onProgress(progress).replay(options.replay());
            } finally {
                progress.finish();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replay " + options.replay() + ": " + e.getMessage(), e);
        }
    }

    private StoreConfig storeConfig() {
        return StoreConfig.defaults()
                .withKafka(kafka.bootstrapServers(), STORE_GROUP)
                .withTopics(options.topics())
                .withDatabase(jdbcUrl(), postgres.user(), postgres.password())
                .withHttpPort(options.httpPort())
                // like enrich: a restarted stack takes the store's partitions back at once
                .withGroupInstanceId("newswire-up-store");
    }

    private EnrichConfig enrichConfig(DataDir data) {
        return EnrichConfig.of(kafka.bootstrapServers(), options.topics())
                .withStateDir(data.streamsState())
                .withHttpPort(0)
                // Kafka Streams does not leave its group on close, so a restarted stack would wait for its own past
                // member to time out before it gets partitions; a static member takes its old place at once
                .withStreamsOverrides(Map.of("main.consumer.group.instance.id", "newswire-up-enrich",
                        "consumer.session.timeout.ms", "10000"));
    }

    private IngestConfig ingestConfig() {
        PollSettings poll = PollSettings.defaults();
        IngestConfig config = IngestConfig.defaults(kafka.bootstrapServers())
                .withTopics(options.topics(), options.ingestTopics())
                .withFeedsFile(options.feedsFile())
                .withHttpPort(0)
                .withPoll(new PollSettings(poll.interval(), poll.minInterval(), poll.maxInterval(),
                        poll.perHostConcurrency(), poll.hostGap(), poll.maxBackoff(), options.firstPoll()));
        config = config.allowingEndpoints(EgressPolicy.endpoints(options.allowEndpoints()));
        return options.allowPrivateNetworks() ? config.allowingPrivateNetworks() : config;
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

    /** Waits until the stream processor has its partitions and processes; false if it did not within timeout. */
    public boolean awaitProcessing(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (enrich.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    /** What the replay at start did; empty when there was nothing to replay. */
    public Optional<ReplaySummary> replaySummary() {
        return Optional.ofNullable(replaySummary);
    }

    public String jdbcUrl() {
        return postgres.jdbcUrl(DATABASE);
    }

    public String jdbcUser() {
        return postgres.user();
    }

    /** The PostgreSQL server's process (its postmaster), while it runs: the bench reads its CPU time. */
    public Optional<ProcessHandle> postgresProcess() {
        return postgres == null ? Optional.empty() : postgres.process();
    }

    public Path dataDir() {
        return options.data().root();
    }

    /** The feeds on the shared feed list now, in URL order: what ingest polls (from --feeds, or added earlier). */
    public List<String> polledFeeds() {
        return List.copyOf(new io.newswire.ingest.feedlist.FeedListTopic(kafka.bootstrapServers(),
                options.ingestTopics().feeds()).list().keySet());
    }

    /** The consumer groups of the pipeline, upstream first, with the topics each reads. */
    public List<PipelineDrain.Reader> readers() {
        Topics t = options.topics();
        return List.of(
                new PipelineDrain.Reader(EnrichConfig.DEFAULT_APPLICATION_ID, List.of(t.articlesRaw().name())),
                new PipelineDrain.Reader(STORE_GROUP, List.of(t.articlesEnriched().name(), t.visits().name())));
    }

    /** Stops the services (together: each takes a few seconds), then the broker and the database. */
    @Override
    public void close() {
        List<AutoCloseable> services = parts.stream()
                .filter(p -> p instanceof StoreService || p instanceof EnrichService || p instanceof IngestService)
                .toList();
        List<Thread> stopping = services.stream()
                .map(p -> Thread.ofPlatform().name("newswire-stop").start(() -> closeQuietly(p))).toList();
        for (Thread t : stopping) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (int i = parts.size() - 1; i >= 0; i--) {
            if (!services.contains(parts.get(i))) {
                closeQuietly(parts.get(i));
            }
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
