package io.newswire.launcher.up;

import io.newswire.ingest.IngestTopics;
import io.newswire.ingest.fetch.EgressPolicy;
import io.newswire.model.TopicSpecs;
import io.newswire.model.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newswire up}: the whole pipeline in this process until Ctrl-C. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline in this process: a Kafka broker, PostgreSQL and the three services.",
                "Replays the sample archive (or --archive), polls the --feeds, and serves the API until Ctrl-C.",
                "Data is kept under --data and survives restarts; --fresh starts from nothing."})
public final class UpCommand implements Callable<Integer> {
    /** How long {@code up} waits for what it replayed to be tagged and stored before it says it is ready. */
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(30);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--feeds", paramLabel = "FILE", defaultValue = "${env:FEEDS_FILE}",
            description = "Feed list to poll: OPML, or one feed URL per line (env FEEDS_FILE). Default: none.")
    Path feeds;

    @Option(names = "--archive", paramLabel = "DIR",
            description = "Archived feed files to replay at start (repeatable). Default: the sample archive, "
                    + "samples/archive.")
    List<Path> archives = new ArrayList<>();

    @Option(names = "--no-archive", description = "Replay nothing at start.")
    boolean noArchive;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:NEWSWIRE_DATA:-.newswire}",
            description = "Where the broker, the database and the stream state keep their data. Default: ${DEFAULT-VALUE}.")
    Path data;

    @Option(names = "--fresh", description = "Delete the data under --data first.")
    boolean fresh;

    @Option(names = "--kafka-port", paramLabel = "PORT", defaultValue = "9092",
            description = "The broker's port on localhost, for any Kafka client. Default: ${DEFAULT-VALUE}.")
    int kafkaPort;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "8080",
            description = "The API's port. Default: ${DEFAULT-VALUE}.")
    int httpPort;

    @Option(names = "--partitions", paramLabel = "N",
            defaultValue = "${env:TOPIC_PARTITIONS:-" + TopicSpecs.DEFAULT_PARTITIONS + "}",
            description = "Partitions of the article and visit topics created on the first start "
                    + "(env TOPIC_PARTITIONS). Default: ${DEFAULT-VALUE}.")
    int partitions;

    @Option(names = "--feeds-partitions", paramLabel = "N",
            defaultValue = "${env:FEEDS_PARTITIONS:-" + TopicSpecs.DEFAULT_FEEDS_PARTITIONS + "}",
            description = "Partitions of the feed list and feed state topics created on the first start "
                    + "(env FEEDS_PARTITIONS). Default: ${DEFAULT-VALUE}.")
    int feedsPartitions;

    @Option(names = "--allow-private-networks", defaultValue = "${env:ALLOW_PRIVATE_NETWORKS:-false}",
            description = "Let the poller fetch feeds from localhost and private networks (env ALLOW_PRIVATE_NETWORKS).")
    boolean allowPrivateNetworks;

    @Option(names = "--allow-endpoint", paramLabel = "HOST:PORT", split = ",",
            defaultValue = "${env:ALLOW_ENDPOINTS:-}",
            description = {"Let the poller fetch from this exact address and port although it is local or private, "
                    + "e.g. a feed served on this machine; repeatable (env ALLOW_ENDPOINTS, comma-separated).",
                    "Narrower than --allow-private-networks; checked on every redirect too."})
    List<String> allowEndpoints = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        validate();
        List<Path> toReplay = noArchive ? List.of() : archives.isEmpty() ? SampleArchive.locate().stream().toList()
                : archives;

        DataDir dataDir = new DataDir(data);
        if (fresh) {
            dataDir.wipe();
            err.println("newswire: wiped " + dataDir.root());
        }
        LocalStack.Options options = new LocalStack.Options(dataDir, kafkaPort, httpPort,
                new TopicSpecs.Partitions(partitions, feedsPartitions), feeds, Duration.ofSeconds(5),
                allowPrivateNetworks, allowEndpoints == null ? List.of() : allowEndpoints, toReplay, Topics.fromEnv(System.getenv()),
                IngestTopics.fromEnv(System.getenv()));
        LocalStack stack = LocalStack.start(options, msg -> err.println("newswire: " + msg));

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long t0 = System.nanoTime();
            err.println("newswire: stopping...");
            stack.close();
            err.printf("newswire: stopped in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            stopped.countDown();
        }, "newswire-up-stop"));

        stack.replaySummary().ifPresent(summary -> err.print("newswire: replayed " + toReplay.stream()
                .map(Path::toString).collect(Collectors.joining(", ")) + ": " + summary.describe()));
        boolean drained = stack.awaitProcessing(DRAIN_TIMEOUT);
        try (PipelineDrain drain = new PipelineDrain(stack.bootstrapServers())) {
            DrainProgress progress = DrainProgress.forConsole(err);
            drained = drained && drain.await(stack.readers(), DRAIN_TIMEOUT, progress);
            progress.finish();
        }
        double ready = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        out.printf("%nNewswire is up, ready in %.1f s%s%n", ready,
                drained ? "" : " (still tagging and storing what was replayed)");
        out.printf("  Dashboard   http://localhost:%d/       visits on a map, over time, live%n", stack.httpPort());
        out.printf("  API         http://localhost:%d        e.g. curl localhost:%d/api/visits%n", stack.httpPort(),
                stack.httpPort());
        out.printf("  Kafka       %-28s e.g. ./newswire subscribe --stream visits --from-beginning%n",
                stack.bootstrapServers());
        out.printf("  PostgreSQL  %s (user %s)%n", stack.jdbcUrl(), stack.jdbcUser());
        out.printf("  Metrics     ingest http://localhost:%d/metrics, enrich http://localhost:%d/metrics%n",
                stack.ingestHttpPort(), stack.enrichHttpPort());
        out.printf("  Data        %s (--fresh wipes it)%n", stack.dataDir());
        List<String> polled = stack.polledFeeds();
        out.printf("  Feeds       %s%n", polled.isEmpty() ? "none (--feeds FILE, or ./newswire feeds add URL)"
                : polled.size() + " polled: " + String.join(", ", polled.subList(0, Math.min(5, polled.size())))
                        + (polled.size() > 5 ? ", ..." : "") + (feeds == null ? "" : " (from " + feeds + " and earlier)"));
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
        return 0;
    }

    private void validate() throws IOException {
        if (feeds != null && !Files.isReadable(feeds)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--feeds " + feeds + ": no such readable file");
        }
        for (Path a : archives) {
            if (!Files.exists(a)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--archive " + a + ": no such file or folder");
            }
        }
        if (partitions < 1 || feedsPartitions < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--partitions and --feeds-partitions must be at least 1");
        }
        try {
            EgressPolicy.endpoints(allowEndpoints);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        for (int port : new int[] {kafkaPort, httpPort}) {
            if (port < 1 || port > 65535) {
                throw new CommandLine.ParameterException(spec.commandLine(), "ports must be 1..65535, not " + port);
            }
        }
    }
}
