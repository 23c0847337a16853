package io.newswire.ingest;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.ingest.feedlist.FeedListFile;
import io.newswire.ingest.feedlist.FeedListTopic;
import io.newswire.ingest.fetch.FeedFetcher;
import io.newswire.ingest.ops.IngestMetrics;
import io.newswire.ingest.poll.FeedAssignment;
import io.newswire.ingest.poll.FeedPoller;
import io.newswire.ingest.poll.FeedScheduler;
import io.newswire.ingest.poll.HostGate;
import io.newswire.ingest.publish.ArticlePublisher;
import io.newswire.ingest.state.FeedStateStore;
import io.newswire.runtime.HealthCheck;
import io.newswire.runtime.OpsEndpoints;
import io.newswire.runtime.OpsServer;
import io.newswire.runtime.kafka.KafkaWatch;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running ingest service: syncs the feed list file (if any) into {@code news.feeds}, joins the ingest consumer
 * group, polls the feeds of the partitions it is assigned and publishes their articles, and serves {@code /health}
 * and {@code /metrics}. Everything runs on background threads; {@link #close()} stops it.
 */
public final class IngestService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private final List<AutoCloseable> resources;
    private final FeedScheduler scheduler;
    private final FeedAssignment assignment;
    private final OpsServer ops;
    private final PrometheusMeterRegistry registry;

    private IngestService(List<AutoCloseable> resources, FeedScheduler scheduler, FeedAssignment assignment,
            OpsServer ops, PrometheusMeterRegistry registry) {
        this.resources = resources;
        this.scheduler = scheduler;
        this.assignment = assignment;
        this.ops = ops;
        this.registry = registry;
    }

    public static IngestService start(IngestConfig config) {
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            // until Kafka answers, the log says why ingest waits (the clients would retry in silence), and later too
            KafkaWatch watch = add(opened, KafkaWatch.start("ingest-service", config.bootstrapServers(), log));
            awaitKafka(watch, config.bootstrapServers());
            TopicSetup.ensure(config.bootstrapServers(), config);
            if (config.feedsFile() != null) {
                syncFeedsFile(config);
            }
            PrometheusMeterRegistry registry = OpsEndpoints.newRegistry("ingest-service");
            IngestMetrics metrics = new IngestMetrics(registry);
            FeedStateStore states = add(opened, new FeedStateStore(config.bootstrapServers(),
                    config.ingestTopics().state()));
            if (!states.awaitCaughtUp(Duration.ofSeconds(60))) {
                log.warn("feed state not fully read within 60 s; continuing");
            }
            ArticlePublisher publisher = add(opened, new ArticlePublisher(config.bootstrapServers(),
                    config.topics().articlesRaw(), "newswire-ingest"));
            FeedFetcher fetcher = add(opened, new FeedFetcher(config.fetch(), config.limits().maxInflateRatio()));
            HostGate gate = new HostGate(config.poll().perHostConcurrency(), config.poll().hostGap());
            FeedPoller poller = new FeedPoller(fetcher, states, publisher, metrics, config.poll(), gate,
                    Clock.systemUTC(), config.limits());
            FeedScheduler scheduler = add(opened, new FeedScheduler(poller, states, config.poll(), Clock.systemUTC(),
                    report -> { }));
            metrics.assignedFeeds(() -> scheduler.assigned().size());
            FeedAssignment assignment = add(opened, new FeedAssignment(config.bootstrapServers(),
                    config.ingestTopics().feeds(), config.groupId(), config.sessionTimeout(), scheduler, states)
                    .start());
            Properties adminProps = new Properties();
            adminProps.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
            Admin admin = add(opened, Admin.create(adminProps));
            OpsServer ops = add(opened, OpsServer.start(config.httpPort(), registry, List.of(
                    HealthCheck.of("kafka", () -> !admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty()),
                    HealthCheck.of("feed-state", states::healthy),
                    HealthCheck.of("feed-assignment", assignment::healthy))));
            log.info("ingest-service started: Kafka {}, group {}, HTTP port {}", config.bootstrapServers(),
                    config.groupId(), ops.port());
            // closed in reverse: HTTP first, then the group (its feeds stop), scheduler, fetcher, producers
            return new IngestService(opened, scheduler, assignment, ops, registry);
        } catch (RuntimeException e) {
            closeAll(opened);
            throw e;
        }
    }

    private static void awaitKafka(KafkaWatch watch, String bootstrapServers) {
        try {
            watch.awaitReachable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka at " + bootstrapServers, e);
        }
    }

    private static void syncFeedsFile(IngestConfig config) {
        FeedListFile.Result read;
        try {
            read = FeedListFile.read(config.feedsFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the feed list " + config.feedsFile() + ": " + e.getMessage(),
                    e);
        }
        read.problems().forEach(p -> log.warn("feed list {}: {}", config.feedsFile(), p));
        int written = new FeedListTopic(config.bootstrapServers(), config.ingestTopics().feeds()).sync(read.feeds());
        log.info("feed list {}: {} feeds, {} added or updated in {}", config.feedsFile(), read.feeds().size(), written,
                config.ingestTopics().feeds().name());
    }

    private static <T extends AutoCloseable> T add(List<AutoCloseable> opened, T resource) {
        opened.add(resource);
        return resource;
    }

    public int httpPort() {
        return ops.port();
    }

    /** The feeds this instance polls now. */
    public Set<String> assignedFeeds() {
        return scheduler.assigned();
    }

    /** The partitions of {@code news.feeds} this instance holds now. */
    public Set<Integer> assignedPartitions() {
        return assignment.partitions();
    }

    /** When this instance polls the feed next; null when it does not poll it. */
    public Instant nextPollAt(String feedUrl) {
        return scheduler.nextPollAt(feedUrl);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        closeAll(resources);
        log.info("ingest-service stopped");
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                log.warn("closing {}: {}", resources.get(i).getClass().getSimpleName(), e.toString());
            }
        }
    }
}
