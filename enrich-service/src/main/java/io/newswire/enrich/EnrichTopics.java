package io.newswire.enrich;

import io.newswire.enrich.knowledge.ActorNames;
import io.newswire.enrich.knowledge.KnownActor;
import io.newswire.model.JsonSerde;
import io.newswire.model.Topic;
import io.newswire.model.TopicSpecs;
import io.newswire.model.Topics;
import java.util.List;
import java.util.Map;

/**
 * The topics only enrich-service uses, with their serdes (the shared ones are in {@link Topics}, as ingest's own are
 * in {@code IngestTopics}): the learned actors {@code news.actors} (compacted, key = {@link ActorNames#key} of the
 * person's name, value = {@link KnownActor}, a tombstone forgets the actor). The value type is the enrich-service
 * knowledge contract, which is why the topic is declared here and not in news-model. The name is overridden by
 * {@code TOPIC_ACTORS} or {@code --topic-actors}.
 */
public record EnrichTopics(Topic<String, KnownActor> actors) {
    public static final String DEFAULT_ACTORS = TopicSpecs.DEFAULT_ACTORS;
    public static final String ENV_ACTORS = "TOPIC_ACTORS";

    public static final JsonSerde<KnownActor> KNOWN_ACTOR = new JsonSerde<>(KnownActor.class);

    public static EnrichTopics named(String actors) {
        return new EnrichTopics(new Topic<>(actors, Topics.KEYS, KNOWN_ACTOR));
    }

    public static EnrichTopics defaults() {
        return named(DEFAULT_ACTORS);
    }

    public static EnrichTopics fromEnv(Map<String, String> env) {
        String v = env.get(ENV_ACTORS);
        return named(v == null || v.isBlank() ? DEFAULT_ACTORS : v.strip());
    }

    public List<Topic<?, ?>> all() {
        return List.of(actors);
    }
}
