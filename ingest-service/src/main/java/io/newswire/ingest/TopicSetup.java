package io.newswire.ingest;

import io.newswire.runtime.kafka.TopicAdmin;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Creates the topics ingest writes when they do not exist yet (existing ones are left as they are): the two compacted
 * ingest topics, and {@code news.articles.raw} with unlimited time retention, since replayed records carry event
 * times years old and time-based retention would delete them as soon as their segment rolls.
 */
public final class TopicSetup {
    private TopicSetup() {
    }

    private static final Map<String, String> COMPACTED = Map.of("cleanup.policy", "compact", "max.message.bytes",
            Integer.toString(8 * 1024 * 1024), "min.cleanable.dirty.ratio", "0.1");

    static void ensure(String bootstrapServers, IngestConfig config) {
        short rf = config.replicationFactor();
        create(bootstrapServers, List.of(
                new NewTopic(config.ingestTopics().feeds().name(), config.feedsPartitions(), rf).configs(COMPACTED),
                new NewTopic(config.ingestTopics().state().name(), config.feedsPartitions(), rf).configs(COMPACTED),
                new NewTopic(config.topics().articlesRaw().name(), config.articlePartitions(), rf)
                        .configs(Map.of("retention.ms", "-1"))));
    }

    /** The feed list topic alone (compacted), before {@code feeds add} writes to it. */
    static void ensureFeedList(String bootstrapServers, String topic, int partitions, short replicationFactor) {
        create(bootstrapServers, List.of(new NewTopic(topic, partitions, replicationFactor).configs(COMPACTED)));
    }

    /** The article topic alone, with the broker's default partitions and replication, for a replay on its own. */
    public static void ensureArticles(String bootstrapServers, String topic) {
        create(bootstrapServers, List.of(new NewTopic(topic, java.util.Optional.empty(), java.util.Optional.empty())
                .configs(Map.of("retention.ms", "-1"))));
    }

    static void create(String bootstrapServers, List<NewTopic> topics) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(p)) {
            TopicAdmin.createMissing(admin, topics);
        }
    }
}
