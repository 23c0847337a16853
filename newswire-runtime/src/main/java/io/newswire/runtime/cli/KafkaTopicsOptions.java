package io.newswire.runtime.cli;

import io.newswire.model.Topics;
import picocli.CommandLine.Option;

/**
 * The Kafka connection and the four shared topic names as picocli flags, defaults from the environment; use it with
 * {@code @Mixin} so every command spells these flags, env names and defaults the same way.
 */
public final class KafkaTopicsOptions {
    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS:-localhost:9092}",
            description = "Kafka bootstrap servers (env KAFKA_BOOTSTRAP_SERVERS, default ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(names = "--topic-articles-raw", paramLabel = "TOPIC",
            defaultValue = "${env:TOPIC_ARTICLES_RAW:-" + Topics.DEFAULT_ARTICLES_RAW + "}",
            description = "Raw articles topic (env TOPIC_ARTICLES_RAW, default ${DEFAULT-VALUE}).")
    String articlesRaw;

    @Option(names = "--topic-articles-enriched", paramLabel = "TOPIC",
            defaultValue = "${env:TOPIC_ARTICLES_ENRICHED:-" + Topics.DEFAULT_ARTICLES_ENRICHED + "}",
            description = "Enriched articles topic (env TOPIC_ARTICLES_ENRICHED, default ${DEFAULT-VALUE}).")
    String articlesEnriched;

    @Option(names = "--topic-visits", paramLabel = "TOPIC",
            defaultValue = "${env:TOPIC_VISITS:-" + Topics.DEFAULT_VISITS + "}",
            description = "Merged visits topic, compacted (env TOPIC_VISITS, default ${DEFAULT-VALUE}).")
    String visits;

    @Option(names = "--topic-deadletter", paramLabel = "TOPIC",
            defaultValue = "${env:TOPIC_DEADLETTER:-" + Topics.DEFAULT_DEAD_LETTER + "}",
            description = "Dead-letter topic (env TOPIC_DEADLETTER, default ${DEFAULT-VALUE}).")
    String deadLetter;

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The topics named by the flags; a blank name (an env variable set but empty) means the default, as in {@link Topics#fromEnv}. */
    public Topics topics() {
        return Topics.named(orDefault(articlesRaw, Topics.DEFAULT_ARTICLES_RAW),
                orDefault(articlesEnriched, Topics.DEFAULT_ARTICLES_ENRICHED),
                orDefault(visits, Topics.DEFAULT_VISITS), orDefault(deadLetter, Topics.DEFAULT_DEAD_LETTER));
    }

    private static String orDefault(String name, String fallback) {
        return name == null || name.isBlank() ? fallback : name.strip();
    }
}
