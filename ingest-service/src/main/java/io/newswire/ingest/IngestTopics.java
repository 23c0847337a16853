package io.newswire.ingest;

import io.newswire.ingest.feedlist.FeedEntry;
import io.newswire.ingest.state.FeedState;
import io.newswire.model.JsonSerde;
import io.newswire.model.Topic;
import io.newswire.model.TopicSpecs;
import io.newswire.model.Topics;
import java.util.Map;

/**
 * The topics only ingest-service uses, with their serdes (the shared ones are in {@link Topics}): the feed list
 * {@code news.feeds} (compacted, key = feed URL, value = {@link FeedEntry}, a tombstone removes the feed) and the
 * per-feed state {@code news.ingest.state} (compacted, key = feed URL, value = {@link FeedState}). Names are
 * overridden by {@code TOPIC_FEEDS} and {@code TOPIC_INGEST_STATE} or the matching flags.
 */
public record IngestTopics(Topic<String, FeedEntry> feeds, Topic<String, FeedState> state) {
    public static final String DEFAULT_FEEDS = TopicSpecs.DEFAULT_FEEDS;
    public static final String DEFAULT_STATE = TopicSpecs.DEFAULT_INGEST_STATE;
    public static final String ENV_FEEDS = "TOPIC_FEEDS";
    public static final String ENV_STATE = "TOPIC_INGEST_STATE";

    public static final JsonSerde<FeedEntry> FEED_ENTRY = new JsonSerde<>(FeedEntry.class);
    public static final JsonSerde<FeedState> FEED_STATE = new JsonSerde<>(FeedState.class);

    public static IngestTopics named(String feeds, String state) {
        return new IngestTopics(new Topic<>(feeds, Topics.KEYS, FEED_ENTRY), new Topic<>(state, Topics.KEYS, FEED_STATE));
    }

    public static IngestTopics defaults() {
        return named(DEFAULT_FEEDS, DEFAULT_STATE);
    }

    public static IngestTopics fromEnv(Map<String, String> env) {
        return named(orDefault(env.get(ENV_FEEDS), DEFAULT_FEEDS), orDefault(env.get(ENV_STATE), DEFAULT_STATE));
    }

    private static String orDefault(String v, String fallback) {
        return v == null || v.isBlank() ? fallback : v.strip();
    }
}
