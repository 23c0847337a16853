package io.newswire.ingest;

import io.newswire.model.Topics;
import io.newswire.runtime.cli.KafkaTopicsOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The Kafka flags the ingest commands share: the project-wide ones and ingest's own topics; defaults from the environment. */
final class KafkaOptions {
    @Mixin
    KafkaTopicsOptions shared = new KafkaTopicsOptions();

    @Option(names = "--topic-feeds", defaultValue = "${env:TOPIC_FEEDS:-" + IngestTopics.DEFAULT_FEEDS + "}",
            description = "The feed list, compacted (env TOPIC_FEEDS, default ${DEFAULT-VALUE}).")
    String topicFeeds;

    @Option(names = "--topic-ingest-state", defaultValue = "${env:TOPIC_INGEST_STATE:-" + IngestTopics.DEFAULT_STATE
            + "}", description = "Per-feed state, compacted (env TOPIC_INGEST_STATE, default ${DEFAULT-VALUE}).")
    String topicState;

    String bootstrapServers() {
        return shared.bootstrapServers();
    }

    Topics topics() {
        return shared.topics();
    }

    IngestTopics ingestTopics() {
        return IngestTopics.named(topicFeeds, topicState);
    }
}
