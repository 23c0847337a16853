package io.newswire.embedded.kafka;

import io.newswire.embedded.Ports;
import io.newswire.embedded.TempDirs;
import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Apache Kafka broker in KRaft mode (broker and controller in one), run in this JVM from Kafka's own
 * server classes. Storage is formatted on first start; a data directory that was formatted before is reused, so a
 * broker started again on it keeps its topics and offsets.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final int NODE_ID = 1;

    private final Path dataDir;
    private final boolean deleteOnClose;
    private final int port;
    private final int controllerPort;
    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private EmbeddedKafka(Builder b) throws IOException {
        this.deleteOnClose = b.dataDir == null;
        this.dataDir = b.dataDir == null ? Files.createTempDirectory("newswire-kafka-") : b.dataDir;
        Files.createDirectories(dataDir);
        this.port = b.port == 0 ? Ports.free() : b.port;
        this.controllerPort = Ports.free();
        this.bootstrapServers = b.host + ":" + port;

        Map<String, Object> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", Integer.toString(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://" + b.bindHost + ":" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://" + b.host + ":" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", dataDir.resolve("logs").toString());
        props.put("num.partitions", Integer.toString(b.defaultPartitions));
        props.put("auto.create.topics.enable", "true");
        // one node: every internal topic has replication factor 1, and few partitions keep start-up fast
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "4");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "4");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // the log cleaner reserves its dedupe buffer up front (128 MB by default): compacted topics are small here
        props.put("log.cleaner.dedupe.buffer.size", Integer.toString(4 * 1024 * 1024));
        props.put("log.cleaner.threads", "1");
        props.put("num.network.threads", "2");
        props.put("num.io.threads", "2");
        props.put("background.threads", "2");
        props.put("log.flush.interval.messages", Long.toString(Long.MAX_VALUE));
        props.put("server.max.startup.time.ms", Long.toString(TimeUnit.MINUTES.toMillis(2)));
        props.putAll(b.overrides);
        KafkaConfig config = new KafkaConfig(props, false);

        format(config);
        this.server = new KafkaRaftServer(config, Time.SYSTEM);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A broker on a free port in a temporary directory that is deleted on close. */
    public static EmbeddedKafka start() {
        return builder().start();
    }

    private void format(KafkaConfig config) throws IOException {
        if (Files.exists(dataDir.resolve("logs").resolve("meta.properties"))) {
            return;
        }
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .setDirectories(List.of(dataDir.resolve("logs").toString()))
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setIgnoreFormatted(true)
                    .run();
        } catch (Exception e) {
            throw new IOException("cannot format Kafka storage in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private EmbeddedKafka startServer(Duration timeout) {
        Instant t0 = Instant.now();
        server.startup();
        awaitReady(timeout);
        log.info("Kafka broker ready at {} in {} ms (data {})", bootstrapServers,
                Duration.between(t0, Instant.now()).toMillis(), dataDir);
        return this;
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = admin()) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("Kafka broker at " + bootstrapServers + " not ready", e);
                    }
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return Admin.create(p);
    }

    /** Creates the topics that do not exist yet, with the given partitions, replication factor 1 and configs. */
    public void createTopics(int partitions, Map<String, String> configs, Collection<String> names) {
        createTopics(bootstrapServers, partitions, configs, names);
    }

    /** Creates the topics that do not exist yet on any cluster; existing topics are left as they are. */
    public static void createTopics(String bootstrapServers, int partitions, Map<String, String> configs,
            Collection<String> names) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(p)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> wanted = names.stream().distinct().filter(n -> !existing.contains(n))
                    .map(n -> new NewTopic(n, partitions, (short) 1).configs(configs))
                    .collect(Collectors.toList());
            if (wanted.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(wanted).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot create topics " + names + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            if (deleteOnClose) {
                TempDirs.deleteQuietly(dataDir);
            }
        }
    }

    public static final class Builder {
        private int port;
        private Path dataDir;
        private String host = "localhost";
        private String bindHost = "localhost";
        private int defaultPartitions = 1;
        private Duration startTimeout = Duration.ofSeconds(60);
        private final Map<String, Object> overrides = new HashMap<>();

        /** The client port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Where the broker keeps its logs; kept across restarts. Null (the default): a temporary directory. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /** The host name clients are told to connect to (advertised listener). */
        public Builder advertisedHost(String host) {
            this.host = host;
            return this;
        }

        /** The interface to listen on: localhost by default; 0.0.0.0 to accept other machines' clients. */
        public Builder bindHost(String bindHost) {
            this.bindHost = bindHost;
            return this;
        }

        /** Partitions of auto-created topics. */
        public Builder defaultPartitions(int partitions) {
            this.defaultPartitions = partitions;
            return this;
        }

        public Builder startTimeout(Duration timeout) {
            this.startTimeout = timeout;
            return this;
        }

        /** Any other broker setting, e.g. {@code log.retention.hours}. */
        public Builder config(String key, Object value) {
            overrides.put(key, value);
            return this;
        }

        public EmbeddedKafka start() {
            try {
                return new EmbeddedKafka(this).startServer(startTimeout);
            } catch (IOException e) {
                throw new IllegalStateException("cannot start the embedded Kafka broker: " + e.getMessage(), e);
            }
        }
    }
}
