package io.newswire.enrich.stream;

import io.newswire.enrich.EnrichTopics;
import io.newswire.model.TopicSpecs;
import io.newswire.model.TopicSpecs.Partitions;
import io.newswire.model.Topics;
import io.newswire.runtime.kafka.TopicAdmin;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Creates the topics enrich-service reads and writes when they do not exist yet, as {@link TopicSpecs} lays them out
 * (the same as docker-compose.yml and {@code newswire up}): Kafka Streams refuses to start on a missing source topic,
 * and a topic auto-created by the broker would get the broker's defaults, time retention for records that carry
 * event times years old and a visit table that is never compacted.
 */
public final class MissingTopics {
    private MissingTopics() {
    }

    static List<NewTopic> wanted(Topics topics, EnrichTopics own, int partitions) {
        return TopicSpecs.enrich(topics, own.actors().name(), Partitions.defaults().withData(partitions)).stream()
                .map(s -> s.newTopic(Optional.empty())).toList();
    }

    /** Creates whichever of the topics are missing (replication: the broker's default) and returns their names. */
    public static List<String> create(Admin admin, Topics topics, EnrichTopics own, int partitions) {
        return TopicAdmin.createMissing(admin, wanted(topics, own, partitions));
    }
}
