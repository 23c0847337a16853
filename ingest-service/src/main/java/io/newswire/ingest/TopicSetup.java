package io.newswire.ingest;

import io.newswire.model.TopicSpecs;
import io.newswire.model.TopicSpecs.Partitions;
import io.newswire.model.TopicSpecs.Spec;
import io.newswire.runtime.kafka.KafkaReachability;
import io.newswire.runtime.kafka.TopicAdmin;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Creates the topics ingest writes when they do not exist yet (existing ones are left as they are), as
 * {@link TopicSpecs} lays them out: the two compacted ingest topics and {@code news.articles.raw}.
 */
public final class TopicSetup {
    /** How long a command waits for Kafka to answer before it says it is not reachable. */
    public static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

    private TopicSetup() {
    }

    static void ensure(String bootstrapServers, IngestConfig config) {
        Partitions p = new Partitions(config.articlePartitions(), config.feedsPartitions());
        create(bootstrapServers, List.of(
                TopicSpecs.feeds(config.ingestTopics().feeds().name(), p),
                TopicSpecs.ingestState(config.ingestTopics().state().name(), p),
                TopicSpecs.articlesRaw(config.topics().articlesRaw().name(), p)),
                Optional.of(config.replicationFactor()));
    }

    /** The feed list topic alone, before {@code feeds add} writes to it. */
    static void ensureFeedList(String bootstrapServers, String topic, int partitions, short replicationFactor) {
        create(bootstrapServers, List.of(TopicSpecs.feeds(topic, Partitions.defaults().withFeeds(partitions))),
                Optional.of(replicationFactor));
    }

    /** The article topic alone, for a replay on its own ({@code TOPIC_PARTITIONS}, the broker's replication). */
    public static void ensureArticles(String bootstrapServers, String topic) {
        create(bootstrapServers, List.of(TopicSpecs.articlesRaw(topic, Partitions.fromEnv(System.getenv()))),
                Optional.empty());
    }

    static void create(String bootstrapServers, List<Spec> topics, Optional<Short> replicationFactor) {
        // the first thing a command does with Kafka: a closed port or unknown host is said at once, in one line,
        // before any Kafka client starts retrying (and logging) in vain
        KafkaReachability.require(bootstrapServers, PROBE_TIMEOUT);
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        // the first thing a command does with Kafka: when it is not there, say so within TopicAdmin's 30 s
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "30000");
        Admin admin = Admin.create(p);
        try {
            TopicAdmin.createMissing(admin, topics.stream().map(s -> s.newTopic(replicationFactor)).toList());
        } catch (IllegalStateException e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + ": " + e.getMessage()
                    + " (is the broker running? --bootstrap-servers or KAFKA_BOOTSTRAP_SERVERS names another)", e);
        } finally {
            // without a bound, closing waits out the calls still pending on an unreachable broker
            admin.close(Duration.ofSeconds(2));
        }
    }
}
