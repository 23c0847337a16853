package io.newswire.launcher.up;

import io.newswire.model.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The topics a stack needs, with their partitions and settings: the same as the {@code kafka-topics} job of
 * docker-compose.yml. Kafka Streams creates its own internal topics.
 */
public record TopicPlan(List<Entry> topics) {

    /** One topic to create when it is missing. */
    public record Entry(String name, int partitions, Map<String, String> configs) {
    }

    public static final String FEEDS = "news.feeds";
    public static final String INGEST_STATE = "news.ingest.state";

    private static final Map<String, String> COMPACTED = Map.of("cleanup.policy", "compact");

    public static TopicPlan of(Topics topics, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, not " + partitions);
        }
        return new TopicPlan(List.of(
                // raw articles: a replay brings older ones back, so two weeks is plenty
                new Entry(topics.articlesRaw().name(), partitions, retention(Duration.ofDays(14))),
                // enriched articles stay a month for subscribers that read from the beginning
                new Entry(topics.articlesEnriched().name(), partitions, retention(Duration.ofDays(30))),
                // one record per visit id, per feed, per feed's state: only the latest value counts
                new Entry(topics.visits().name(), partitions, Map.of("cleanup.policy", "compact",
                        "min.compaction.lag.ms", "60000")),
                new Entry(FEEDS, partitions, COMPACTED),
                new Entry(INGEST_STATE, partitions, COMPACTED),
                new Entry(topics.deadLetter().name(), 1, retention(Duration.ofDays(30)))));
    }

    private static Map<String, String> retention(Duration d) {
        return Map.of("retention.ms", Long.toString(d.toMillis()));
    }
}
