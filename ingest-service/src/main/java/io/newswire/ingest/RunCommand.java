package io.newswire.ingest;

import io.newswire.ingest.fetch.EgressPolicy;
import io.newswire.ingest.fetch.FetchSettings;
import io.newswire.ingest.poll.PollSettings;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code ingest-service run}: the service until SIGTERM or Ctrl-C. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Poll the feeds this instance is assigned and publish their articles.")
final class RunCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--feeds", paramLabel = "FILE", defaultValue = "${env:FEEDS_FILE:-}",
            description = "OPML or text feed list (one URL per line) added to the feed list topic at start "
                    + "(env FEEDS_FILE).")
    String feedsFile;

    @Option(names = "--allow-private-networks", arity = "0..1", fallbackValue = "true",
            defaultValue = "${env:ALLOW_PRIVATE_NETWORKS:-false}",
            description = "Let feeds be fetched from loopback, private and link-local addresses "
                    + "(env ALLOW_PRIVATE_NETWORKS, default ${DEFAULT-VALUE}). For local use and tests only.")
    boolean allowPrivateNetworks;

    @Option(names = "--allow-endpoint", paramLabel = "HOST:PORT", split = ",",
            defaultValue = "${env:ALLOW_ENDPOINTS:-}",
            description = "An exact address and port exempt from the private-network refusal, e.g. an internal feed "
                    + "server; repeatable (env ALLOW_ENDPOINTS, comma-separated).")
    List<String> allowEndpoints;

    @Option(names = "--http-port", defaultValue = "${env:HTTP_PORT:-" + IngestConfig.DEFAULT_HTTP_PORT + "}",
            description = "Port of /health and /metrics, 0 for any free one (env HTTP_PORT, default ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--group-id", defaultValue = "${env:INGEST_GROUP_ID:-" + IngestConfig.DEFAULT_GROUP + "}",
            description = "Consumer group the instances share on the feed list (env INGEST_GROUP_ID, "
                    + "default ${DEFAULT-VALUE}).")
    String groupId;

    @Option(names = "--session-timeout", defaultValue = "${env:SESSION_TIMEOUT:-PT45S}",
            description = "How long the group waits for a silent instance before its feeds go to the others, "
                    + "ISO-8601 (env SESSION_TIMEOUT, default ${DEFAULT-VALUE}).")
    Duration sessionTimeout;

    @Option(names = "--interval", defaultValue = "${env:POLL_INTERVAL:-PT15M}",
            description = "Poll interval of a feed (env POLL_INTERVAL, default ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--min-interval", defaultValue = "${env:POLL_MIN_INTERVAL:-PT1M}",
            description = "Floor of the poll interval (env POLL_MIN_INTERVAL, default ${DEFAULT-VALUE}).")
    Duration minInterval;

    @Option(names = "--per-host", defaultValue = "${env:POLL_PER_HOST:-1}",
            description = "Requests at a time to one host:port (env POLL_PER_HOST, default ${DEFAULT-VALUE}).")
    int perHost;

    @Option(names = "--host-gap", defaultValue = "${env:POLL_HOST_GAP:-PT1S}",
            description = "Least time between two requests to one host:port (env POLL_HOST_GAP, "
                    + "default ${DEFAULT-VALUE}).")
    Duration hostGap;

    @Option(names = "--connect-timeout", defaultValue = "${env:FETCH_CONNECT_TIMEOUT:-PT10S}",
            description = "(env FETCH_CONNECT_TIMEOUT, default ${DEFAULT-VALUE}).")
    Duration connectTimeout;

    @Option(names = "--request-timeout", defaultValue = "${env:FETCH_REQUEST_TIMEOUT:-PT30S}",
            description = "Whole request, redirects and body included (env FETCH_REQUEST_TIMEOUT, "
                    + "default ${DEFAULT-VALUE}).")
    Duration requestTimeout;

    @Option(names = "--max-body-bytes", defaultValue = "${env:FETCH_MAX_BODY_BYTES:-15728640}",
            description = "Body cap, compressed and decompressed (env FETCH_MAX_BODY_BYTES, default ${DEFAULT-VALUE}).")
    long maxBodyBytes;

    @Option(names = "--max-redirects", defaultValue = "${env:FETCH_MAX_REDIRECTS:-5}",
            description = "(env FETCH_MAX_REDIRECTS, default ${DEFAULT-VALUE}).")
    int maxRedirects;

    @Option(names = "--user-agent", defaultValue = "${env:FETCH_USER_AGENT:-" + FetchSettings.DEFAULT_USER_AGENT + "}",
            description = "(env FETCH_USER_AGENT, default ${DEFAULT-VALUE}).")
    String userAgent;

    @Mixin
    TopicCreationOptions creation;

    @Mixin
    FeedLimitsOptions limits;

    IngestConfig config() {
        Set<InetSocketAddress> endpoints = EgressPolicy.endpoints(allowEndpoints);
        FetchSettings fetch = new FetchSettings(userAgent, connectTimeout, requestTimeout, maxBodyBytes, maxRedirects,
                new EgressPolicy(allowPrivateNetworks, endpoints));
        PollSettings poll = new PollSettings(interval, minInterval, PollSettings.defaults().maxInterval(), perHost,
                hostGap, PollSettings.defaults().maxBackoff(), PollSettings.defaults().startSpread());
        return new IngestConfig(kafka.bootstrapServers(), kafka.topics(), kafka.ingestTopics(),
                feedsFile == null || feedsFile.isBlank() ? null : Path.of(feedsFile), httpPort, groupId,
                sessionTimeout, creation.partitions, creation.topicPartitions,
                creation.replicationFactor, fetch, poll, limits.limits());
    }

    @Override
    public Integer call() throws InterruptedException {
        IngestConfig config;
        try {
            config = config();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        IngestService service;
        try {
            service = IngestService.start(config);
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println("ingest-service: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "ingest-service-shutdown"));
        stopped.await();
        return 0;
    }
}
