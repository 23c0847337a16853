package io.newswire.enrich.stream;

import io.newswire.enrich.EnrichTopics;
import io.newswire.enrich.knowledge.ActorMemory;
import io.newswire.enrich.knowledge.KnownActor;
import java.util.Optional;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The tag processor's view of learned actors: the global store of {@code news.actors} (what every instance has
 * learned and committed), overlaid with what this task learned and has not yet seen come back through that topic.
 * Of two entries for one name the newer wins.
 *
 * <p>The tagger asks for every name an article mentions, so the same few actors are read again and again; the global
 * store holds the topic's JSON as bytes, and an actor is decoded again only when its bytes changed (decoding was most
 * of what a lookup cost in the stream threads' profile).
 */
final class ActorStoreMemory implements ActorMemory {
    /** Decoded actors kept per task: the names the articles of a period mention. */
    static final int DECODED_ACTORS = 4096;

    private final ReadOnlyKeyValueStore<String, byte[]> shared;
    private final KeyValueStore<String, KnownActor> pending;
    private final DecodedRows<KnownActor> decoded =
            new DecodedRows<>(EnrichTopics.KNOWN_ACTOR.deserializer(), DECODED_ACTORS);

    ActorStoreMemory(ReadOnlyKeyValueStore<String, byte[]> shared, KeyValueStore<String, KnownActor> pending) {
        this.shared = shared;
        this.pending = pending;
    }

    @Override
    public Optional<KnownActor> recall(String key) {
        KnownActor mine = pending.get(key);
        KnownActor theirs = shared(key);
        if (mine == null) {
            return Optional.ofNullable(theirs);
        }
        return Optional.of(theirs != null && theirs.lastSeen().isAfter(mine.lastSeen()) ? theirs : mine);
    }

    /** The committed entry; none if the stored bytes no longer read (the updater never stores such, but be safe). */
    KnownActor shared(String key) {
        try {
            return decoded.decode(key, shared.get(key));
        } catch (SerializationException e) {
            return null;
        }
    }
}
