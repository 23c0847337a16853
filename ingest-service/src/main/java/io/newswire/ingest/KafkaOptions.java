package io.newswire.ingest;

import io.newswire.model.Topics;
import java.util.Map;
import picocli.CommandLine.Option;

/** The Kafka flags the commands share; defaults come from the environment. */
final class KafkaOptions {
    @Option(names = "--bootstrap-servers", defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS:-localhost:9092}",
            description = "Kafka bootstrap servers (env KAFKA_BOOTSTRAP_SERVERS, default ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(names = "--topic-articles-raw", defaultValue = "${env:TOPIC_ARTICLES_RAW:-" + Topics.DEFAULT_ARTICLES_RAW
            + "}", description = "Where articles are published (env TOPIC_ARTICLES_RAW, default ${DEFAULT-VALUE}).")
    String topicArticlesRaw;

    @Option(names = "--topic-feeds", defaultValue = "${env:TOPIC_FEEDS:-" + IngestTopics.DEFAULT_FEEDS + "}",
            description = "The feed list, compacted (env TOPIC_FEEDS, default ${DEFAULT-VALUE}).")
    String topicFeeds;

    @Option(names = "--topic-ingest-state", defaultValue = "${env:TOPIC_INGEST_STATE:-" + IngestTopics.DEFAULT_STATE
            + "}", description = "Per-feed state, compacted (env TOPIC_INGEST_STATE, default ${DEFAULT-VALUE}).")
    String topicState;

    /** The shared topics from the environment, with the raw article topic from the flag. */
    Topics topics() {
        Topics env = Topics.fromEnv(Map.copyOf(System.getenv()));
        return Topics.named(topicArticlesRaw, env.articlesEnriched().name(), env.visits().name(),
                env.deadLetter().name());
    }

    IngestTopics ingestTopics() {
        return IngestTopics.named(topicFeeds, topicState);
    }
}
