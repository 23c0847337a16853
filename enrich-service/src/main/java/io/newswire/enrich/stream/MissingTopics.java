package io.newswire.enrich.stream;

import io.newswire.enrich.EnrichTopics;
import io.newswire.model.Topics;
import io.newswire.runtime.kafka.TopicAdmin;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Creates the topics enrich-service reads and writes when they do not exist yet: Kafka Streams refuses to start on a
 * missing source topic, and a sink topic auto-created by the broker would get the broker's defaults, which for the
 * visit table means a topic that is never compacted.
 */
public final class MissingTopics {
    private MissingTopics() {
    }

    /**
     * The topics to have: the visit table and the learned actors compacted (the actors in one partition: every
     * instance reads all of it into its global store), the rare dead letters in one partition so they keep order.
     */
    static List<NewTopic> wanted(Topics topics, EnrichTopics own, int partitions) {
        return List.of(
                new NewTopic(own.actors().name(), Optional.of(1), Optional.empty())
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)),
                new NewTopic(topics.articlesRaw().name(), Optional.of(partitions), Optional.empty()),
                new NewTopic(topics.articlesEnriched().name(), Optional.of(partitions), Optional.empty()),
                new NewTopic(topics.visits().name(), Optional.of(partitions), Optional.empty())
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)),
                new NewTopic(topics.deadLetter().name(), Optional.of(1), Optional.empty()));
    }

    /** Creates whichever of the topics are missing (replication: the broker's default) and returns their names. */
    public static List<String> create(Admin admin, Topics topics, EnrichTopics own, int partitions) {
        return TopicAdmin.createMissing(admin, wanted(topics, own, partitions));
    }
}
