package io.newswire.enrich.stream;

import io.newswire.model.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the topics enrich-service reads and writes when they do not exist yet: Kafka Streams refuses to start on a
 * missing source topic, and a sink topic auto-created by the broker would get the broker's defaults, which for the
 * visit table means a topic that is never compacted.
 */
public final class MissingTopics {
    private static final long TIMEOUT_SECONDS = 30;

    private MissingTopics() {
    }

    /** The topics to have: the visit table compacted, the rare dead letters in one partition so they keep order. */
    static List<NewTopic> wanted(Topics topics, int partitions) {
        return List.of(
                new NewTopic(topics.articlesRaw().name(), Optional.of(partitions), Optional.empty()),
                new NewTopic(topics.articlesEnriched().name(), Optional.of(partitions), Optional.empty()),
                new NewTopic(topics.visits().name(), Optional.of(partitions), Optional.empty())
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)),
                new NewTopic(topics.deadLetter().name(), Optional.of(1), Optional.empty()));
    }

    /** Creates whichever of the topics are missing (replication: the broker's default) and returns their names. */
    public static List<String> create(Admin admin, Topics topics, int partitions) {
        try {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<NewTopic> missing = wanted(topics, partitions).stream()
                    .filter(t -> !existing.contains(t.name())).toList();
            List<String> created = new ArrayList<>();
            var results = admin.createTopics(missing).values();
            for (NewTopic t : missing) {
                try {
                    results.get(t.name()).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    created.add(t.name());
                } catch (ExecutionException e) {
                    // another service (or instance) created it in the meantime: what we wanted
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            return created;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create the topics " + topics.all() + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer from Kafka within " + TIMEOUT_SECONDS
                    + " s while creating the topics " + topics.all(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }
}
