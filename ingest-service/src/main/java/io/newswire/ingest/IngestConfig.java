package io.newswire.ingest;

import io.newswire.ingest.feed.FeedLimits;
import io.newswire.ingest.fetch.EgressPolicy;
import io.newswire.ingest.fetch.FetchSettings;
import io.newswire.ingest.poll.PollSettings;
import io.newswire.model.TopicSpecs;
import io.newswire.model.Topics;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything {@link IngestService} needs, as plain values. The {@code run} command builds it from flags and
 * environment variables; an embedding launcher builds it with {@link #defaults(String)} and the {@code with}
 * methods.
 *
 * @param feedsFile an OPML or text feed list synchronised into {@code news.feeds} at start; null for none
 * @param httpPort the port of {@code /health} and {@code /metrics}; 0 picks a free one
 * @param groupId the consumer group the instances share on {@code news.feeds}
 * @param sessionTimeout how long the group waits for a silent instance before handing its feeds to the others
 * @param feedsPartitions partitions of {@code news.feeds} and {@code news.ingest.state} when ingest creates them;
 *        more partitions than instances lets the feeds spread
 * @param articlePartitions partitions of {@code news.articles.raw} when ingest creates it
 * @param limits caps of what one fetched feed may cost (items, fields, inflation)
 */
public record IngestConfig(
        String bootstrapServers,
        Topics topics,
        IngestTopics ingestTopics,
        Path feedsFile,
        int httpPort,
        String groupId,
        Duration sessionTimeout,
        int feedsPartitions,
        int articlePartitions,
        short replicationFactor,
        FetchSettings fetch,
        PollSettings poll,
        FeedLimits limits) {

    public static final int DEFAULT_HTTP_PORT = 8081;
    public static final String DEFAULT_GROUP = "newswire-ingest";

    public IngestConfig {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("bootstrapServers must not be blank");
        }
        if (feedsPartitions < 1 || articlePartitions < 1 || replicationFactor < 1) {
            throw new IllegalArgumentException("partitions and replication factor must be at least 1");
        }
        if (limits == null) {
            limits = FeedLimits.defaults();
        }
    }

    public static IngestConfig defaults(String bootstrapServers) {
        return new IngestConfig(bootstrapServers, Topics.defaults(), IngestTopics.defaults(), null, DEFAULT_HTTP_PORT,
                DEFAULT_GROUP, Duration.ofSeconds(45), TopicSpecs.DEFAULT_FEEDS_PARTITIONS,
                TopicSpecs.DEFAULT_PARTITIONS, (short) 1, FetchSettings.defaults(),
                PollSettings.defaults(), FeedLimits.defaults());
    }

    public IngestConfig withTopics(Topics t, IngestTopics it) {
        return new IngestConfig(bootstrapServers, t, it, feedsFile, httpPort, groupId, sessionTimeout, feedsPartitions,
                articlePartitions, replicationFactor, fetch, poll, limits);
    }

    public IngestConfig withFeedsFile(Path file) {
        return new IngestConfig(bootstrapServers, topics, ingestTopics, file, httpPort, groupId, sessionTimeout,
                feedsPartitions, articlePartitions, replicationFactor, fetch, poll, limits);
    }

    public IngestConfig withHttpPort(int port) {
        return new IngestConfig(bootstrapServers, topics, ingestTopics, feedsFile, port, groupId, sessionTimeout,
                feedsPartitions, articlePartitions, replicationFactor, fetch, poll, limits);
    }

    public IngestConfig withGroup(String group, Duration session) {
        return new IngestConfig(bootstrapServers, topics, ingestTopics, feedsFile, httpPort, group, session,
                feedsPartitions, articlePartitions, replicationFactor, fetch, poll, limits);
    }

    public IngestConfig withFetch(FetchSettings f) {
        return new IngestConfig(bootstrapServers, topics, ingestTopics, feedsFile, httpPort, groupId, sessionTimeout,
                feedsPartitions, articlePartitions, replicationFactor, f, poll, limits);
    }

    public IngestConfig withPoll(PollSettings p) {
        return new IngestConfig(bootstrapServers, topics, ingestTopics, feedsFile, httpPort, groupId, sessionTimeout,
                feedsPartitions, articlePartitions, replicationFactor, fetch, p, limits);
    }

    public IngestConfig withLimits(FeedLimits l) {
        return new IngestConfig(bootstrapServers, topics, ingestTopics, feedsFile, httpPort, groupId, sessionTimeout,
                feedsPartitions, articlePartitions, replicationFactor, fetch, poll, l);
    }

    /** Lets the fetcher reach these exact addresses and ports (local or internal feed servers). */
    public IngestConfig allowingEndpoints(java.util.Set<java.net.InetSocketAddress> endpoints) {
        return withFetch(fetch.withEgress(fetch.egress().allowing(endpoints)));
    }

    /** Opens loopback and private networks to the fetcher (local use and tests). */
    public IngestConfig allowingPrivateNetworks() {
        return withFetch(fetch.withEgress(new EgressPolicy(true, fetch.egress().allowedEndpoints())));
    }
}
