package io.newswire.launcher.up;

import io.newswire.ingest.IngestTopics;
import io.newswire.model.Topics;
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

    private static final Map<String, String> COMPACTED = Map.of("cleanup.policy", "compact");
    /**
     * Records carry the articles' publication times, years old after a replay, so time-based retention would drop
     * them as soon as their segment rolls: these topics are bounded by size instead (1 GiB per partition).
     */
    private static final Map<String, String> SIZE_BOUNDED = Map.of("retention.ms", "-1",
            "retention.bytes", Long.toString(1L << 30));

    public static TopicPlan of(Topics topics, IngestTopics ingestTopics, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, not " + partitions);
        }
        return new TopicPlan(List.of(
                new Entry(topics.articlesRaw().name(), partitions, SIZE_BOUNDED),
                new Entry(topics.articlesEnriched().name(), partitions, SIZE_BOUNDED),
                // one record per visit id, per feed, per feed's state: only the latest value counts
                new Entry(topics.visits().name(), partitions, Map.of("cleanup.policy", "compact",
                        "min.compaction.lag.ms", "60000")),
                new Entry(ingestTopics.feeds().name(), partitions, COMPACTED),
                new Entry(ingestTopics.state().name(), partitions, COMPACTED),
                new Entry(topics.deadLetter().name(), 1, SIZE_BOUNDED)));
    }

}
