package io.newswire.ingest;

import picocli.CommandLine.Option;

/** How the topics ingest creates when they are missing are laid out. */
final class TopicCreationOptions {
    @Option(names = "--partitions", defaultValue = "${env:FEEDS_PARTITIONS:-12}",
            description = "Partitions of the feed list and state topics when created; the most instances that "
                    + "can share the feeds (env FEEDS_PARTITIONS, default ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--topic-partitions", defaultValue = "${env:TOPIC_PARTITIONS:-6}",
            description = "Partitions of the article topic when created (env TOPIC_PARTITIONS, default "
                    + "${DEFAULT-VALUE}).")
    int topicPartitions;

    @Option(names = "--replication-factor", defaultValue = "${env:REPLICATION_FACTOR:-1}",
            description = "Replication of the topics created (env REPLICATION_FACTOR, default ${DEFAULT-VALUE}).")
    short replicationFactor;
}
