package io.newswire.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * How every Newswire topic is created: partitions, cleanup policy, retention, compaction lag and largest record, in
 * this one place. The services create the topics they need from it when missing, {@code newswire up} creates them
 * all from it, and the {@code kafka-topics} job of docker-compose.yml is checked against it by a test.
 *
 * <p>Two partition counts, one environment variable each: {@value #ENV_PARTITIONS} for the data topics (the articles
 * and the visits: the parallelism of enrich and store) and {@value #ENV_FEEDS_PARTITIONS} for the feed list and the
 * feed state (the unit by which ingest instances share the feeds). The dead-letter topic has one partition, so its
 * rare records keep their order.
 */
public final class TopicSpecs {
    public static final String ENV_PARTITIONS = "TOPIC_PARTITIONS";
    public static final String ENV_FEEDS_PARTITIONS = "FEEDS_PARTITIONS";
    public static final int DEFAULT_PARTITIONS = 6;
    public static final int DEFAULT_FEEDS_PARTITIONS = 12;

    public static final String DEFAULT_FEEDS = "news.feeds";
    public static final String DEFAULT_INGEST_STATE = "news.ingest.state";
    /** enrich-service's learned actors (its registry, {@code EnrichTopics}, pairs the name with the serdes). */
    public static final String DEFAULT_ACTORS = "news.actors";

    /** Size bound of one partition of a topic whose records carry event time: 1 GiB. */
    public static final long PARTITION_BYTES = 1L << 30;
    /** The largest record of the article topics: Kafka's own default, stated so that a broker's setting cannot shift it. */
    public static final int RECORD_BYTES = 1_048_588;
    /** The largest record of the feed list and the feed state: a feed's state carries its seen-item ids. */
    public static final int STATE_RECORD_BYTES = 8 * 1024 * 1024;
    /** How long a visit's older values stay readable after a newer one, for consumers a little behind. */
    public static final long VISITS_COMPACTION_LAG_MS = 60_000;

    /**
     * Records carry the articles' publication times, years old after a replay: time-based retention would delete
     * them as soon as their segment rolls, so these topics are bounded by size only.
     */
    private static final Map<String, String> EVENT_TIME_LOG = ordered(
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
            TopicConfig.RETENTION_MS_CONFIG, "-1",
            TopicConfig.RETENTION_BYTES_CONFIG, Long.toString(PARTITION_BYTES),
            TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(RECORD_BYTES));

    /** One record per visit id: the latest value is the visit. */
    private static final Map<String, String> VISIT_TABLE = ordered(
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
            TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, Long.toString(VISITS_COMPACTION_LAG_MS),
            TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(RECORD_BYTES));

    /** One record per feed URL, rewritten at every poll: compacted early so a restart reads little. */
    private static final Map<String, String> FEED_TABLE = ordered(
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
            TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG, "0.1",
            TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(STATE_RECORD_BYTES));

    /**
     * One record per person's normalised name, rewritten when they are named again: every enrich instance reads the
     * whole topic into a global store, so one partition.
     */
    private static final Map<String, String> ACTOR_TABLE = ordered(
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
            TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(RECORD_BYTES));

    private TopicSpecs() {
    }

    /** One topic as it is created. */
    public record Spec(String name, int partitions, Map<String, String> configs) {
        public Spec {
            Require.nonBlank(name, "topic name");
            if (partitions < 1) {
                throw new IllegalArgumentException("partitions of " + name + " must be at least 1, not " + partitions);
            }
            configs = Map.copyOf(configs);
        }

        /** The admin request; an empty replication factor takes the broker's default. */
        public NewTopic newTopic(Optional<Short> replicationFactor) {
            return new NewTopic(name, Optional.of(partitions), replicationFactor).configs(configs);
        }
    }

    /** The two partition counts, from {@value #ENV_PARTITIONS} and {@value #ENV_FEEDS_PARTITIONS}. */
    public record Partitions(int data, int feeds) {
        public Partitions {
            if (data < 1 || feeds < 1) {
                throw new IllegalArgumentException("partitions must be at least 1, not " + data + "/" + feeds);
            }
        }

        public static Partitions defaults() {
            return new Partitions(DEFAULT_PARTITIONS, DEFAULT_FEEDS_PARTITIONS);
        }

        public static Partitions fromEnv(Map<String, String> env) {
            return new Partitions(number(env, ENV_PARTITIONS, DEFAULT_PARTITIONS),
                    number(env, ENV_FEEDS_PARTITIONS, DEFAULT_FEEDS_PARTITIONS));
        }

        public Partitions withData(int data) {
            return new Partitions(data, feeds);
        }

        public Partitions withFeeds(int feeds) {
            return new Partitions(data, feeds);
        }

        private static int number(Map<String, String> env, String name, int fallback) {
            String v = env.get(name);
            if (v == null || v.isBlank()) {
                return fallback;
            }
            try {
                return Integer.parseInt(v.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a whole number, not '" + v + "'");
            }
        }
    }

    public static Spec articlesRaw(String name, Partitions p) {
        return new Spec(name, p.data(), EVENT_TIME_LOG);
    }

    public static Spec articlesEnriched(String name, Partitions p) {
        return new Spec(name, p.data(), EVENT_TIME_LOG);
    }

    public static Spec visits(String name, Partitions p) {
        return new Spec(name, p.data(), VISIT_TABLE);
    }

    public static Spec deadLetter(String name) {
        return new Spec(name, 1, EVENT_TIME_LOG);
    }

    public static Spec actors(String name) {
        return new Spec(name, 1, ACTOR_TABLE);
    }

    public static Spec feeds(String name, Partitions p) {
        return new Spec(name, p.feeds(), FEED_TABLE);
    }

    public static Spec ingestState(String name, Partitions p) {
        return new Spec(name, p.feeds(), FEED_TABLE);
    }

    /** The topics enrich-service reads and writes (Kafka Streams creates its internal ones itself). */
    public static List<Spec> enrich(Topics topics, String actors, Partitions p) {
        return List.of(articlesRaw(topics.articlesRaw().name(), p), articlesEnriched(topics.articlesEnriched().name(), p),
                visits(topics.visits().name(), p), deadLetter(topics.deadLetter().name()), actors(actors));
    }

    /** Every topic of a stack, in the order docker-compose.yml creates them; the actors topic under its default name. */
    public static List<Spec> all(Topics topics, String feeds, String ingestState, Partitions p) {
        List<Spec> all = new ArrayList<>(enrich(topics, DEFAULT_ACTORS, p));
        all.add(feeds(feeds, p));
        all.add(ingestState(ingestState, p));
        return List.copyOf(all);
    }

    /** Every topic of a stack under the default names. */
    public static List<Spec> all(Partitions p) {
        return all(Topics.defaults(), DEFAULT_FEEDS, DEFAULT_INGEST_STATE, p);
    }

    private static Map<String, String> ordered(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
