package io.newswire.enrich;

import io.newswire.enrich.knowledge.World;
import io.newswire.enrich.tagging.RuleTagger;
import io.newswire.runtime.cli.KafkaTopicsOptions;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code enrich-service run}: the service until SIGTERM or Ctrl-C; exit status 1 if the topology fails on its own. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Tag the raw articles with Kafka Streams: enriched articles, merged visits, dead letters.")
final class RunCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    KafkaTopicsOptions kafka;

    @Option(names = "--application-id",
            defaultValue = "${env:APPLICATION_ID:-" + EnrichConfig.DEFAULT_APPLICATION_ID + "}",
            description = "Kafka Streams application id: consumer group and state prefix (env APPLICATION_ID, "
                    + "default ${DEFAULT-VALUE}).")
    String applicationId;

    @Option(names = "--threads", defaultValue = "${env:STREAMS_THREADS:-2}",
            description = "Stream threads (env STREAMS_THREADS, default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--state-dir", defaultValue = "${env:STATE_DIR:-}",
            description = "Directory of the local state stores (env STATE_DIR; default: Kafka Streams' own, "
                    + "under the temp directory).")
    String stateDir;

    @Option(names = "--http-port", defaultValue = "${env:HTTP_PORT:-" + EnrichConfig.DEFAULT_HTTP_PORT + "}",
            description = "Port of /health and /metrics, 0 for any free one (env HTTP_PORT, default ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--partitions", defaultValue = "${env:TOPIC_PARTITIONS:-" + EnrichConfig.DEFAULT_PARTITIONS + "}",
            description = "Partitions of the topics created when missing (env TOPIC_PARTITIONS, "
                    + "default ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--repeat-retention", defaultValue = "${env:REPEAT_RETENTION:-P30D}",
            description = "How long an article is remembered to drop exact repeats, ISO-8601 (env REPEAT_RETENTION, "
                    + "default ${DEFAULT-VALUE}; PT0S = forever).")
    Duration repeatRetention;

    @Option(names = "--actors", paramLabel = "FILE", split = ",", defaultValue = "${env:ACTORS_FILES}",
            description = "Your own list of officials, in the format of the bundled officials.tsv, read beside it; "
                    + "repeatable (env ACTORS_FILES, comma-separated).")
    List<Path> actors;

    @Option(names = "--topic-actors", paramLabel = "TOPIC",
            defaultValue = "${env:TOPIC_ACTORS:-" + EnrichTopics.DEFAULT_ACTORS + "}",
            description = "Learned actors, compacted; shared by every instance (env TOPIC_ACTORS, "
                    + "default ${DEFAULT-VALUE}).")
    String topicActors;

    @Mixin
    VisitWindowsOptions visitWindows;

    @Option(names = "--streams-property", paramLabel = "KEY=VALUE",
            description = "A further Kafka Streams or client property; repeatable.")
    Map<String, String> streamsProperties = new LinkedHashMap<>();

    EnrichConfig config() {
        return new EnrichConfig(kafka.bootstrapServers(), applicationId, kafka.topics(),
                EnrichTopics.named(topicActors == null || topicActors.isBlank() ? EnrichTopics.DEFAULT_ACTORS
                        : topicActors.strip()), threads,
                stateDir == null || stateDir.isBlank() ? null : Path.of(stateDir), httpPort, partitions,
                repeatRetention, visitWindows.windows(),
                streamsProperties);
    }

    @Override
    public Integer call() throws InterruptedException {
        EnrichConfig config;
        try {
            config = config();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        RuleTagger tagger;
        try {
            tagger = actors == null || actors.isEmpty() ? RuleTagger.standard()
                    : RuleTagger.withWorld(World.bundledWithActors(actors));
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new ParameterException(spec.commandLine(), "--actors: " + e.getMessage(), e);
        }
        EnrichService service;
        try {
            service = EnrichService.start(config, tagger);
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println("enrich-service: " + e.getMessage());
            return 1;
        }
        Thread hook = new Thread(service::close, "enrich-service-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        boolean failed = service.awaitStop();
        if (failed) {
            Runtime.getRuntime().removeShutdownHook(hook);
            service.close();
            return 1;
        }
        return 0;
    }
}
