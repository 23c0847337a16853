package io.newswire.enrich.stream;

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
 */
final class ActorStoreMemory implements ActorMemory {
    private final ReadOnlyKeyValueStore<String, KnownActor> shared;
    private final KeyValueStore<String, KnownActor> pending;

    ActorStoreMemory(ReadOnlyKeyValueStore<String, KnownActor> shared, KeyValueStore<String, KnownActor> pending) {
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
            return shared.get(key);
        } catch (SerializationException e) {
            return null;
        }
    }
}
